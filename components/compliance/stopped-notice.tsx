import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

/**
 * What a compliance page shows when its statement was stopped (the statement timeout, or the client left):
 * a plain message with a way to try again, instead of an error trace.
 */
export function StoppedNotice({
  reason,
  scope,
  year,
  seconds,
  retryHref,
  other,
  m,
}: {
  reason: "timeout" | "abandoned";
  scope: string;
  year: number;
  seconds: number;
  retryHref: string;
  other?: { href: string; label: string };
  m: Messages;
}) {
  const t = m.complianceAdmin.stopped;
  return (
    <Card className="mb-6">
      <div className="px-6 py-10" role="status" data-testid="compliance-stopped">
        <p className="font-medium text-slate-900">{t.title}</p>
        <p className="mt-2 text-sm text-slate-600">{reason === "timeout" ? interpolate(t.timeout, { scope, year, seconds }) : t.abandoned}</p>
        <p className="mt-4 flex flex-wrap gap-4 text-sm font-medium">
          <Link href={retryHref} className="text-brand-700 hover:underline">{t.retry}</Link>
          {other ? <Link href={other.href} className="text-brand-700 hover:underline">{other.label} →</Link> : null}
        </p>
      </div>
    </Card>
  );
}
