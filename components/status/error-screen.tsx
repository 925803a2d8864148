"use client";
import Link from "@/components/ui/link";
import { useSyncExternalStore } from "react";
import { errorId, statusMessages } from "./messages";

const noSubscription = () => () => {};

/**
 * What an error boundary shows: a title, the error's id (Next's digest, which the server logs next to the
 * error, as actions log `[action name] error <id>`), a retry button and a way home.
 */
export function ErrorScreen({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The page's language as the root layout wrote it into <html lang>; Indonesian while rendering on the server.
  const lang = useSyncExternalStore(noSubscription, () => document.documentElement.lang, () => "id");
  const m = statusMessages(lang);
  const id = errorId(error);
  return (
    <main className="flex min-h-[60vh] items-center justify-center px-4" data-testid="error-screen">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-red-700">500</p>
        <h1 className="mt-1 text-xl font-semibold text-slate-900">{m.errorTitle}</h1>
        <p className="mt-2 text-sm text-slate-600">{id ? m.errorBody.replace("{id}", id) : m.errorBodyNoId}</p>
        {id ? <p className="mt-2 font-mono text-sm text-slate-800" data-testid="error-id">{id}</p> : null}
        <div className="mt-5 flex justify-center gap-3">
          <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            {m.retry}
          </button>
          <Link href="/" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
            {m.home}
          </Link>
        </div>
      </div>
    </main>
  );
}
