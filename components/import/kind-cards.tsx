import { buttonClass } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { KindInfo } from "./kind-info";

/** One card per kind an admin can upload: what it does, its limits and columns, the template, the upload link. */
export function KindCards({ kinds, m, locale }: { kinds: KindInfo[]; m: Messages; locale: Locale }) {
  const t = m.importUi.hub;
  return (
    <ul className="grid gap-4 md:grid-cols-2" data-testid="import-kinds">
      {kinds.map((kind) => (
        <li key={kind.name} className="flex min-w-0 flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <h3 className="text-base font-semibold text-slate-900">{kind.label}</h3>
          {kind.description ? <p className="mt-1 text-sm text-slate-600">{kind.description}</p> : null}
          <p className="mt-2 text-xs text-slate-500">{interpolate(t.limit, { size: kind.sizeMb, rows: formatNumber(kind.rows, locale) })}</p>
          <p className="mt-2 break-words text-xs text-slate-600">
            <span className="font-medium">{t.columns}: </span>
            {kind.columns.map((c) => `${c.name}${c.required ? "" : ` (${t.optional})`}`).join(", ")}
          </p>
          <div className="mt-4 flex flex-wrap items-center gap-3 pt-1 sm:mt-auto">
            <Link href={`/admin/impor/${kind.name}`} className={buttonClass("primary")}>{t.upload}</Link>
            <a href={`/api/impor/templat/${kind.name}?format=xlsx`} className="text-sm font-medium text-brand-700 hover:underline">{t.templateXlsx}</a>
            <a href={`/api/impor/templat/${kind.name}?format=csv`} className="text-sm font-medium text-brand-700 hover:underline">{t.templateCsv}</a>
          </div>
        </li>
      ))}
    </ul>
  );
}
