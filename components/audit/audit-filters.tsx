import Link from "@/components/ui/link";
import type { AuditFilters } from "@/lib/audit/filters";
import type { Messages } from "@/lib/i18n/messages/id";

type Option = { value: string; label: string };
const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm";

function Field({ label, children, wide }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <label className={wide ? "min-w-0 sm:col-span-2" : "min-w-0"}>
      <span className="mb-1 block text-xs font-medium text-slate-600">{label}</span>
      {children}
    </label>
  );
}

/** The audit trail's filters as a GET form: they live in the URL, so a filtered view can be bookmarked and linked. */
export function AuditFilterForm({
  filters,
  entities,
  actions,
  subjects,
  t,
}: {
  filters: AuditFilters;
  entities: Option[];
  actions: Option[];
  /** The "about" filters set by a link from a record's page, shown with a link to drop them. */
  subjects: { label: string; removeHref: string }[];
  t: Messages["audit"];
}) {
  return (
    <form action="/admin/audit" method="get" role="search" aria-label={t.filters.label} className="border-b border-slate-100 px-4 py-3 sm:px-5" data-testid="audit-filters">
      {filters.employeeId ? <input type="hidden" name="employeeId" value={filters.employeeId} /> : null}
      {filters.batchId ? <input type="hidden" name="batchId" value={filters.batchId} /> : null}
      {subjects.length ? (
        <ul className="mb-3 flex flex-wrap gap-2">
          {subjects.map((s) => (
            <li key={s.label} className="flex min-w-0 items-center gap-2 rounded-full bg-slate-100 px-3 py-1 text-xs text-slate-700">
              <span className="break-words">{s.label}</span>
              <Link href={s.removeHref} className="text-brand-700 hover:underline">{t.filters.remove}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <Field label={t.filters.actor} wide>
          <input type="search" name="q" defaultValue={filters.q} maxLength={100} className={inputClass} />
        </Field>
        <Field label={t.filters.entity}>
          <select name="entity" defaultValue={filters.entity ?? ""} className={inputClass}>
            <option value="">{t.filters.allEntities}</option>
            {entities.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </Field>
        <Field label={t.filters.action}>
          <select name="action" defaultValue={filters.action ?? ""} className={inputClass}>
            <option value="">{t.filters.allActions}</option>
            {actions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </Field>
        <Field label={t.filters.from}>
          <input type="date" name="from" defaultValue={filters.from} className={inputClass} />
        </Field>
        <Field label={t.filters.to}>
          <input type="date" name="to" defaultValue={filters.to} className={inputClass} />
        </Field>
        <Field label={t.filters.entityId} wide>
          <input type="text" name="entityId" defaultValue={filters.entityId} maxLength={100} className={`${inputClass} font-mono`} />
        </Field>
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
          <button className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{t.filters.apply}</button>
          <Link href="/admin/audit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50">{t.filters.reset}</Link>
        </div>
      </div>
    </form>
  );
}
