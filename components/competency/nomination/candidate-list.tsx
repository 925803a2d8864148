import { BulkBar, type BulkAction } from "@/components/bulk/bulk-bar";
import { BulkSelection, RowCheckbox, RowOutcomeView } from "@/components/bulk/selection";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { Candidate } from "@/lib/competency/nomination";
import { needReason, type RankedCandidate } from "@/lib/competency/nomination-rules";
import { formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { jpNumber } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";

/** "Selisih 2 pada M.02, M.04 · 0 pelatihan tahun ini · kurang 14 JP": the ranking's three keys, in its order. */
export function candidateReasons(c: RankedCandidate, m: Messages, locale: Locale): string[] {
  const t = m.compNeeds.nomination;
  const need = needReason(c);
  const first =
    need.kind === "gap" ? interpolate(t.gap, { gap: need.gap, codes: need.codes.join(", ") })
    : need.kind === "unknown" ? interpolate(t.unknown, { codes: need.codes.join(", ") })
    : t.noGap;
  return [
    first,
    interpolate(t.trainings, { count: formatNumber(c.trainingsThisYear, locale) }),
    c.shortfallMinutes > 0 ? interpolate(t.shortfall, { jp: jpNumber(c.shortfallMinutes, locale) }) : t.targetMet,
  ];
}

const TIER_TONE = { GAP: "red", UNKNOWN: "amber", NONE: "slate" } as const;

/** The ranked candidates; with an action, tick boxes and "Calonkan" (the existing commands, once per person). */
export function CandidateList({
  rows, firstRank, action, m, locale,
}: { rows: RankedCandidate<Candidate>[]; firstRank: number; action: BulkAction | null; m: Messages; locale: Locale }) {
  const t = m.compNeeds.nomination;
  const table = (
    <Table label={t.tableLabel}>
      <thead>
        <tr>
          {action ? <Th className="w-10"><span className="sr-only">{t.select.replace("{name}", "")}</span></Th> : null}
          <Th className="w-12">#</Th>
          <Th>{t.candidate}</Th>
          <Th className="hidden sm:table-cell">{t.reasons}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((c, i) => {
          const reasons = candidateReasons(c, m, locale).map((reason, k) => (
            <li key={k}>{k === 0 ? <Badge tone={TIER_TONE[c.tier]}>{reason}</Badge> : <span className="text-slate-700">{reason}</span>}</li>
          ));
          return (
            <tr key={c.employeeId} data-testid="candidate-row">
              {action ? (
                <Td>
                  <RowOutcomeView id={c.employeeId} done={m.trainingAsn.enrolmentStatus}>
                    <RowCheckbox id={c.employeeId} label={interpolate(t.select, { name: c.name })} />
                  </RowOutcomeView>
                </Td>
              ) : null}
              <Td className="font-semibold tabular-nums">{firstRank + i}</Td>
              <Td className="min-w-40">
                <p className="break-words font-medium text-slate-900">{c.name}</p>
                <p className="font-mono text-xs text-slate-500">{formatNip(c.nip)}</p>
                <p className="break-words text-xs text-slate-600">{c.positionName} · {c.unitName}</p>
                {/* On a phone the reasons stand under the person instead of in a column scrolled out of view. */}
                <ul className="mt-2 space-y-1 text-sm sm:hidden">{reasons}</ul>
              </Td>
              <Td className="hidden min-w-44 sm:table-cell">
                <ul className="space-y-1" data-testid="candidate-reasons">{reasons}</ul>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
  if (!action) return table;
  return (
    <BulkSelection items={rows.map((r) => ({ id: r.employeeId, name: r.name }))}>
      <BulkBar action={action} idsField="employeeIds" labels={t.bar} t={m.bulk} />
      {table}
    </BulkSelection>
  );
}
