import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";

export default async function NotFound() {
  const m = await getMessages();
  return (
    <main className="flex min-h-[60vh] items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-slate-500">404</p>
        <p className="mt-2 text-slate-700">{m.common.notFound}</p>
        <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">{m.nav.home}</Link>
      </div>
    </main>
  );
}
