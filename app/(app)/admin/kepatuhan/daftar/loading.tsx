import { getMessages } from "@/lib/i18n/server";

/** Shown while a filter, status chip or page link loads the next list. */
export default async function Loading() {
  const m = await getMessages();
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">{m.complianceAdmin.list.loading}</span>
      <div className="h-8 w-64 rounded bg-slate-200" />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="mb-4 h-10 rounded bg-slate-100" />
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="mb-2 h-9 rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
