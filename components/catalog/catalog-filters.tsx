import type { Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import { FilterSelect, SearchForm } from "@/components/ui/search-form";
import { formatMonth } from "./format";

export type CatalogParams = { q?: string; route?: string; competencyId?: string; month?: string; seats?: string; eligible?: string };

function Toggle({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800 shadow-sm">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} className="size-4 accent-brand-700" />
      {label}
    </label>
  );
}

/** The catalog's GET form: every filter lives in the URL, so a filtered list can be bookmarked and shared. */
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
  return (
    <SearchForm action="/pelatihan" q={params.q} placeholder={t.searchPlaceholder} submitLabel={m.common.filter}>
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
    </SearchForm>
  );
}
