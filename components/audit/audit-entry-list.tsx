import Link from "@/components/ui/link";
import type { AuditEntryView } from "@/lib/audit/present";
import type { ReadableChange } from "@/lib/audit/readable";
import type { Messages } from "@/lib/i18n/messages/id";

type Texts = Messages["audit"];

/** One changed field: "Tempat: Gedung Diklat BKPP → Hotel Santika", or the value recorded on one side. */
function ChangeLine({ change, arrow }: { change: ReadableChange; arrow: string }) {
  return (
    <li className="break-words text-sm text-slate-700" data-testid="audit-change">
      <span className="font-medium text-slate-900">{change.label}:</span>{" "}
      {change.mode === "changed" ? (
        <>
          <span className="text-slate-500 line-through decoration-slate-300">{change.before}</span>
          {` ${arrow} `}
          <span className="text-slate-900">{change.after}</span>
        </>
      ) : (
        <span className={change.side === "before" ? "text-slate-500" : undefined}>{change.value}</span>
      )}
    </li>
  );
}

/**
 * Audit entries, newest first, as a list that reads the same at 1366 and 390 px: who, when, what, on which record,
 * then each changed field on a line of its own. `historyLinks` adds "Riwayat data ini" (the audit page filtered to
 * the record); `recordLinks` links records to their pages (only for viewers who may open them).
 */
export function AuditEntryList({
  entries,
  t,
  historyLinks = true,
  recordLinks = true,
}: {
  entries: readonly AuditEntryView[];
  t: Texts;
  historyLinks?: boolean;
  recordLinks?: boolean;
}) {
  return (
    <ol className="divide-y divide-slate-100" data-testid="audit-list">
      {entries.map((entry) => {
        const recordName = entry.record ?? entry.entityId;
        return (
          <li key={entry.id} className="px-4 py-3 sm:px-5" data-testid="audit-entry" data-action={entry.actionKey} data-entity={entry.entityKey}>
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <time dateTime={entry.atIso} className="text-xs tabular-nums text-slate-500">{entry.at}</time>
              <span className="min-w-0 break-words text-sm font-medium text-slate-900">
                {entry.actor ? entry.actor.name : t.list.system}
                {entry.actor?.detail ? <span className="ml-1 font-normal text-slate-500">({entry.actor.detail})</span> : null}
              </span>
              <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">{entry.action}</span>
              <span className="min-w-0 break-words text-sm text-slate-700">
                {entry.entity}
                {": "}
                {recordLinks && entry.recordHref ? (
                  <Link href={entry.recordHref} className="text-brand-700 hover:underline">{recordName}</Link>
                ) : (
                  <span className={entry.record ? undefined : "font-mono text-xs text-slate-500"}>{recordName}</span>
                )}
              </span>
              {historyLinks ? (
                <Link
                  href={`/admin/audit?${new URLSearchParams({ entity: entry.entityKey, entityId: entry.entityId }).toString()}`}
                  className="text-xs text-brand-700 hover:underline"
                >
                  {t.list.recordHistory}
                </Link>
              ) : null}
            </div>
            {entry.about.employee || entry.about.batch ? (
              <p className="mt-0.5 break-words text-xs text-slate-500">
                {t.list.about}: {[entry.about.employee, entry.about.batch].filter(Boolean).join(" · ")}
              </p>
            ) : null}
            {entry.changes.length ? (
              <ul className="mt-1.5 space-y-0.5">
                {entry.changes.map((change) => <ChangeLine key={change.field} change={change} arrow={t.list.arrow} />)}
              </ul>
            ) : (
              <p className="mt-1 text-xs text-slate-500">{t.list.noDetail}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
