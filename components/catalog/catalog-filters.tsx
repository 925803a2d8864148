import type { Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import { FilterSelect } from "@/components/ui/search-form";
import { FilterDisclosure } from "./filter-disclosure";
import { formatMonth } from "./format";

export type CatalogParams = { q?: string; route?: string; competencyId?: string; month?: string; seats?: string; eligible?: string; unscheduled?: string };

function Toggle({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800 shadow-sm">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} className="size-4 accent-brand-700" />
      {label}
    </label>
  );
}

/**
 * The catalog's GET form: every filter lives in the URL, so a filtered list can be bookmarked and shared. The
 * search stays in view; the other filters fold on a phone (FilterDisclosure).
 */
export function CatalogFilters({
  params,
  competencies,
  months,
  canFilterForMe,
  m,
  locale,
}: {
  params: CatalogParams;
  competencies: { id: string; code: string; name: string }[];
  months: string[];
  canFilterForMe: boolean;
  m: Messages;
  locale: Locale;
}) {
  const t = m.trainingAsn;
  const e = m.eligibility.catalog;
  const active = Object.entries(params).filter(([key, value]) => key !== "q" && value).length;
  return (
    <form action="/pelatihan" method="get" role="search" className="space-y-2 border-b border-slate-100 px-4 py-3 sm:px-5">
      <div className="flex gap-2">
        <label className="min-w-0 flex-1">
          <span className="sr-only">{t.searchPlaceholder}</span>
          <input
            type="search"
            name="q"
            defaultValue={params.q}
            placeholder={t.searchPlaceholder}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
          />
        </label>
        <button className="shrink-0 rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{m.common.filter}</button>
      </div>
      <FilterDisclosure summary={active ? `${e.filtersTitle} (${active})` : e.filtersTitle} active={active > 0}>
        <FilterSelect name="route" label={t.allRoutes} value={params.route} options={ROUTE_CODES.map((c) => ({ value: c, label: `${c} · ${t.route[c]}` }))} />
        <FilterSelect
          name="competencyId"
          label={t.allCompetencies}
          value={params.competencyId}
          options={competencies.map((c) => ({ value: c.id, label: `${c.code} ${c.name}` }))}
        />
        <FilterSelect name="month" label={t.allMonths} value={params.month} options={months.map((mo) => ({ value: mo, label: formatMonth(mo, locale) }))} />
        <Toggle name="seats" label={t.seatsOnly} checked={params.seats === "1"} />
        {canFilterForMe ? <Toggle name="eligible" label={t.eligibleOnly} checked={params.eligible === "1"} /> : null}
        <Toggle name="unscheduled" label={e.showUnscheduled} checked={params.unscheduled === "1"} />
      </FilterDisclosure>
    </form>
  );
}
