import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import { HeatmapFrame } from "./frame";
import type { TeamCell, TeamHeatmap } from "@/lib/competency/gaps-team";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { NONE_ASSESSED_CLASS, PERSON_CLASSES, personTone } from "./shade";

/**
 * The supervisor's team heatmap: one row per staff member, one column per competency of their standards; a cell
 * is the current level against the required one with the gap (or surplus), or "Belum dinilai". Names link to the
 * member's competency profile. Scrolls inside its own box with the names kept in view.
 */
export function TeamHeatmapTable({ heatmap, m }: { heatmap: TeamHeatmap; m: Messages }) {
  const t = m.compGaps.team;
  const cellText = (c: TeamCell) => {
    if (c.currentLevel === null) return <span className="block text-[11px] font-medium leading-4">{m.compGaps.notAssessed}</span>;
    return (
      <>
        <span className="block text-sm font-semibold leading-5">{interpolate(t.current, { current: c.currentLevel, required: c.requiredLevel })}</span>
        <span className="block text-[11px] leading-4">
          {c.gap ? interpolate(t.gap, { gap: c.gap }) : c.surplus ? interpolate(t.surplus, { surplus: c.surplus }) : t.met}
        </span>
      </>
    );
  };
  return (
    <HeatmapFrame label={t.tableLabel} testId="team-heatmap" rowHeader={t.rowHeader} rowHeaderClass="sm:min-w-60" columns={heatmap.columns}>
      {heatmap.rows.map((row) => {
        const name = fullName(row);
        const hasStandard = Object.keys(row.cells).length > 0;
        return (
          <tr key={row.employeeId} data-testid="team-heatmap-row">
            <th scope="row" className="sticky left-0 z-10 min-w-36 max-w-44 border-b border-r border-slate-200 bg-white px-3 py-2 text-left align-middle font-normal sm:min-w-60 sm:max-w-72">
              <Link href={`/tim/${row.employeeId}/kompetensi`} className="line-clamp-2 break-words text-xs font-medium leading-4 text-brand-800 hover:underline sm:text-sm">
                {name}
              </Link>
              <span className="block truncate text-[11px] leading-4 text-slate-500" title={row.positionName}>{row.positionName}</span>
              <span className="block font-mono text-[11px] leading-4 text-slate-500">
                {formatNip(row.nip)}{row.depth > 1 ? ` · ${t.indirect}` : ""}
              </span>
            </th>
            {!hasStandard ? (
              <td colSpan={Math.max(1, heatmap.columns.length)} className="border-b border-slate-100 px-3 py-2 text-xs italic text-slate-500">{t.noStandard}</td>
            ) : (
              heatmap.columns.map((c) => {
                const cell = row.cells[c.id];
                if (!cell) return <td key={c.id} className="border-b border-slate-100 px-1 text-center text-slate-300">·</td>;
                const tone = personTone(cell.gap);
                const current = cell.currentLevel === null ? m.compGaps.notAssessed : String(cell.currentLevel);
                return (
                  <td key={c.id} className="border-b border-slate-100 p-0.5">
                    <div
                      role="img"
                      aria-label={interpolate(t.cellLabel, { name, code: c.code, current, required: cell.requiredLevel })}
                      title={`${c.code} ${c.name}`}
                      className={cn("min-w-16 rounded px-1.5 py-1 text-center", tone ? PERSON_CLASSES[tone] : NONE_ASSESSED_CLASS)}
                      data-testid="team-heatmap-cell"
                    >
                      {cellText(cell)}
                    </div>
                  </td>
                );
              })
            )}
          </tr>
        );
      })}
    </HeatmapFrame>
  );
}

export function TeamLegend({ heatmap, m }: { heatmap: TeamHeatmap; m: Messages }) {
  const t = m.compGaps;
  const tones = ["met", "one", "more"] as const;
  return (
    <div className="space-y-3 border-t border-slate-100 px-4 py-4 text-sm text-slate-600 sm:px-5" data-testid="heatmap-legend">
      <h3 className="font-semibold text-slate-900">{t.legend.title}</h3>
      <p>{t.team.legendCell}</p>
      <ul className="flex flex-wrap gap-2">
        {tones.map((tone, i) => (
          <li key={tone} className={cn("rounded px-2 py-1 text-xs font-medium", PERSON_CLASSES[tone])}>{t.team.legendTones[i]}</li>
        ))}
        <li className={cn("rounded px-2 py-1 text-xs font-medium", NONE_ASSESSED_CLASS)}>{t.notAssessed}</li>
      </ul>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {heatmap.columns.map((c) => (
          <div key={c.id} className="flex gap-2">
            <dt className="w-14 shrink-0 font-mono text-xs leading-5 text-slate-900">{c.code}</dt>
            <dd className="min-w-0 break-words">{c.name}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
