import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "404" };

export default async function NotFound() {
  const m = await getMessages();
  return (
    <main className="flex min-h-[60vh] items-center justify-center px-4">
      <div className="max-w-md text-center" data-testid="not-found">
        <p className="text-sm font-semibold text-slate-500">404</p>
        <h1 className="mt-1 text-xl font-semibold text-slate-900">{m.statusPages.notFoundTitle}</h1>
        <p className="mt-2 text-sm text-slate-600">{m.statusPages.notFoundBody}</p>
        <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">{m.statusPages.home}</Link>
      </div>
    </main>
  );
}
