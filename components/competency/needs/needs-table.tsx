import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { TrainingNeedRow } from "@/lib/competency/needs";
import { programPrefillQuery } from "@/lib/competency/needs-rules";
import { formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

const SHOWN_UNITS = 3;

/** The ranked needs: one row per (competency, target level), with who and where, and the programs that cover it. */
export function NeedsTable({ rows, canCreate, m, locale, planForm }: { rows: TrainingNeedRow[]; canCreate: boolean; m: Messages; locale: Locale; planForm?: string }) {
  const t = m.compNeeds.needs;
  const key = (need: TrainingNeedRow) => `${need.competencyId}:${need.targetLevel}`;
  return (
    <Table label={t.tableLabel}>
      <thead>
        <tr>
          {planForm ? <Th className="w-8"><span className="sr-only">{m.planCore.fromNeeds.label}</span></Th> : null}
          <Th className="w-12">{t.rank}</Th>
          <Th>{t.competency}</Th>
          <Th className="text-right">{t.people}</Th>
          <Th className="text-right">{t.gapSum}</Th>
          <Th className="text-right">{t.priority}</Th>
          <Th>{t.units}</Th>
          <Th>{t.programs}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((need) => (
          <tr key={`${need.competencyId}:${need.targetLevel}`} data-testid="need-row">
            {planForm ? (
              <Td>
                <input type="checkbox" form={planForm} name="need" value={key(need)} aria-label={interpolate(m.planCore.fromNeeds.pick, { name: need.name, level: need.targetLevel })} className="h-4 w-4" />
              </Td>
            ) : null}
            <Td className="font-semibold tabular-nums">{need.rank}</Td>
            <Td className="min-w-48">
              <p className="font-medium text-slate-900">
                <span className="font-mono text-xs text-slate-500">{need.code}</span> {need.name}
              </p>
              <Badge tone="brand">{interpolate(t.level, { level: need.targetLevel })}</Badge>
            </Td>
            <Td className="text-right tabular-nums">{formatNumber(need.people, locale)}</Td>
            <Td className="text-right tabular-nums">{formatNumber(need.gapSum, locale)}</Td>
            <Td className="text-right text-base font-semibold tabular-nums" >
              <span data-testid="need-priority">{formatNumber(need.priority, locale)}</span>
            </Td>
            <Td className="min-w-44">
              <p className="text-xs text-slate-500">{interpolate(t.unitCount, { count: formatNumber(need.units.length, locale) })}</p>
              <p className="break-words">
                {need.units.slice(0, SHOWN_UNITS).map((u) => u.name).join(", ")}
                {need.units.length > SHOWN_UNITS ? ` ${interpolate(t.moreUnits, { count: need.units.length - SHOWN_UNITS })}` : null}
              </p>
            </Td>
            <Td className="min-w-56">
              {need.programs.length ? (
                <ul className="space-y-1">
                  {need.programs.map((p) => (
                    <li key={p.id}>
                      <Link href={`/pelatihan/${p.id}`} className="text-brand-700 hover:underline">{p.title}</Link>{" "}
                      <span className="text-xs text-slate-500">({interpolate(t.programLevel, { level: p.targetLevel })})</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-amber-800">{t.noProgram}</p>
              )}
              {canCreate ? (
                <Link href={`/admin/pelatihan/baru?${programPrefillQuery(need)}`} className={buttonClass("secondary", "mt-2 py-1 text-xs")}>
                  {t.createProgram}
                </Link>
              ) : null}
              {planForm ? (
                <button type="submit" form={planForm} name="one" value={key(need)} className={buttonClass("secondary", "mt-2 ml-1 py-1 text-xs")} data-testid="add-need-to-plan">
                  {m.planCore.fromNeeds.addOne}
                </button>
              ) : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
