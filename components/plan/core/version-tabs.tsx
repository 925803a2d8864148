import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { PlanYearView } from "@/lib/plan/plans-queries";
import { StatusBadge, versionLabel } from "./labels";

/** The versions of a plan as tabs, and the stamps (who and when) of the chosen one. */
export function VersionTabs({ view, t, locale }: { view: PlanYearView; t: Messages["planCore"]; locale: Locale }) {
  const { version } = view;
  const name = (id: string | null) => (id ? (view.userName.get(id) ?? "—") : "—");
  const stamps = [
    interpolate(t.year.created, { date: formatDate(version.createdAt, locale), name: name(version.createdById) }),
    version.submittedAt ? interpolate(t.year.submittedBy, { date: formatDate(version.submittedAt, locale), name: name(version.submittedById) }) : null,
    version.approvedAt ? interpolate(t.year.approvedBy, { date: formatDate(version.approvedAt, locale), name: name(version.approvedById) }) : null,
    version.reason ? interpolate(t.year.reason, { reason: version.reason }) : null,
  ].filter((s): s is string => !!s);
  return (
    <div className="space-y-3">
      <nav aria-label={t.year.versions} className="flex flex-wrap gap-2">
        {view.versions.map((v) => (
          <Link
            key={v.id}
            href={`/admin/rencana/${view.plan.year}?versi=${v.number}`}
            aria-current={v.id === version.id ? "page" : undefined}
            className={cn(
              "inline-flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm",
              v.id === version.id ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
            )}
            data-testid="version-tab"
          >
            {versionLabel(t, v.number)} <StatusBadge t={t} status={v.status} />
          </Link>
        ))}
      </nav>
      <ul className="space-y-0.5 text-sm text-slate-600" data-testid="version-stamps">
        {stamps.map((s) => <li key={s} className="break-words">{s}</li>)}
      </ul>
    </div>
  );
}
