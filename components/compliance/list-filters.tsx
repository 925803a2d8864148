import Link from "@/components/ui/link";
import { FilterSelect, SearchForm } from "@/components/ui/search-form";
import type { Messages } from "@/lib/i18n/messages/id";
import { EMPLOYEE_KINDS, POSITION_TYPES } from "@/lib/people/enums";
import { listSortQuery } from "@/lib/compliance/list-sort";
import { isoDay, LIST_PATH, withQuery, type ListParams } from "./params";

type Unit = { id: string; name: string; depth: number };

/**
 * The drill-down's GET form: year, unit, position type, PNS/PPPK and a name/NIP search, all in the URL.
 * The status and "0 JP" are chosen with the chips above the table, the order with the column headers; the form
 * keeps them when other filters change.
 */
export function ListFilters({ params, units, years, m }: { params: ListParams; units: Unit[]; years: number[]; m: Messages }) {
  const t = m.complianceAdmin.list;
  return (
    <SearchForm action={LIST_PATH} q={params.q} placeholder={t.searchPlaceholder} submitLabel={m.common.filter}>
      <label className="w-full sm:w-28">
        <span className="sr-only">{m.complianceAdmin.year}</span>
        <select
          name="tahun"
          defaultValue={String(params.year)}
          aria-label={m.complianceAdmin.year}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
        >
          {years.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </label>
      <FilterSelect
        name="unitId"
        label={t.allUnits}
        value={units.some((u) => u.id === params.unitId) ? params.unitId : undefined}
        options={units.map((u) => ({ value: u.id, label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}` }))}
      />
      <FilterSelect name="positionType" label={t.allTypes} value={params.positionType} options={POSITION_TYPES.map((p) => ({ value: p, label: m.positionType[p] }))} />
      <FilterSelect name="kind" label={t.allKinds} value={params.kind} options={EMPLOYEE_KINDS.map((k) => ({ value: k, label: m.employee[k] }))} />
      {params.status ? <input type="hidden" name="status" value={params.status} /> : null}
      {params.asOf ? <input type="hidden" name="per" value={isoDay(params.asOf)} /> : null}
      {params.zeroJp ? <input type="hidden" name="jp" value="0" /> : null}
      {Object.entries(params.sort ? listSortQuery(params.sort) : {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Link href={withQuery(LIST_PATH, { tahun: String(params.year) })} className="px-2 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 hover:underline">
        {t.reset}
      </Link>
    </SearchForm>
  );
}
