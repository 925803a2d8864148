import Link from "@/components/ui/link";
import { getMessages } from "@/lib/i18n/server";

export default async function Forbidden() {
  const m = await getMessages();
  return (
    <main className="flex min-h-[60vh] items-center justify-center px-4">
      <div className="max-w-md text-center" data-testid="forbidden">
        <p className="text-sm font-semibold text-red-700">403</p>
        <h1 className="mt-1 text-xl font-semibold text-slate-900">{m.forbiddenPage.title}</h1>
        <p className="mt-2 text-sm text-slate-600">{m.forbiddenPage.body}</p>
        <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">{m.nav.home}</Link>
      </div>
    </main>
  );
}
