import { getMessages } from "@/lib/i18n/server";

// Shown inside the signed-in shell while a page waits on the database (every page of the segment does).
export default async function Loading() {
  const m = await getMessages();
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4" data-testid="page-loading">
      <span className="sr-only">{m.statusPages.loading}</span>
      <div className="h-7 w-64 max-w-full rounded bg-slate-200" />
      <div className="h-4 w-96 max-w-full rounded bg-slate-100" />
      <div className="grid gap-4 sm:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-24 rounded-lg border border-slate-200 bg-white" />
        ))}
      </div>
      <div className="h-64 rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
