"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";

export type Credentials = { userId: string; name: string; nip: string | null; email: string | null; temporaryPassword: string };

/** Copies text to the clipboard; returns whether it worked (a page over plain http may not allow it). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A copy button that says "Tersalin" for a moment after copying. */
export function CopyButton({ text, label, done, testId }: { text: string; label: string; done: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      className="px-3 py-1.5"
      data-testid={testId}
      onClick={async () => {
        if (await copyText(text)) {
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        }
      }}
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </Button>
  );
}

/**
 * A new or reset account's temporary password, shown once: who it is for, what they sign in with, the password in
 * a large readable face, and a copy button. Nothing keeps it: leaving the page loses it (a reset makes a new one).
 */
export function TemporaryPassword({ credentials, t }: { credentials: Credentials; t: Messages["accounts"]["temporary"] }) {
  const login = credentials.nip ? formatNip(credentials.nip) : credentials.email ?? "";
  return (
    <div className="min-w-64 space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4" data-testid="temporary-credentials">
      <p className="text-sm font-semibold text-amber-900">{t.title}</p>
      <p className="text-sm text-amber-900">{interpolate(t.intro, { name: credentials.name })}</p>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-amber-900">{t.loginWith}</dt>
        <dd className="whitespace-nowrap font-mono text-slate-900" data-testid="temporary-login">{login}</dd>
      </dl>
      <div className="flex flex-wrap items-center gap-3">
        <output className="select-all whitespace-nowrap rounded-md border border-amber-300 bg-white px-3 py-2 font-mono text-lg tracking-wider text-slate-900" data-testid="temporary-password">
          {credentials.temporaryPassword}
        </output>
        <CopyButton text={credentials.temporaryPassword} label={t.copy} done={t.copied} testId="copy-password" />
      </div>
    </div>
  );
}
