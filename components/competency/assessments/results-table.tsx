import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ResultRow } from "@/lib/competency/assessments-queries";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";
import { WithdrawForm } from "./withdraw-form";

type Props = { rows: ResultRow[]; today: Date; canWithdraw: boolean; m: Messages; locale: Locale };

/** One ASN's results, newest first; a withdrawn one struck through with who withdrew it and why. */
export function ResultsTable({ rows, today, canWithdraw, m, locale }: Props) {
  const t = m.compAssess.results;
  const date = (d: Date) => formatDate(d, locale);
  return (
    <Table label={t.tableLabel}>
      <thead>
        <tr>
          <Th>{t.colDate}</Th>
          <Th>{t.colCompetency}</Th>
          <Th className="text-right">{t.colLevel}</Th>
          <Th>{t.colSource}</Th>
          <Th>{t.colStatus}</Th>
          {canWithdraw ? <Th><span className="sr-only">{t.colAction}</span></Th> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => {
          const withdrawn = Boolean(r.withdrawnAt);
          const struck = withdrawn ? "line-through decoration-slate-500 text-slate-500" : "";
          const expired = !withdrawn && r.validUntil.getTime() <= today.getTime();
          return (
            <tr key={r.id} data-testid="assessment-row" data-withdrawn={withdrawn ? "true" : undefined}>
              <Td className={`whitespace-nowrap ${struck}`}>
                {date(r.assessedOn)}
                <span className="block text-xs text-slate-500" title={t.validUntilHint}>{t.colValidUntil}: {date(r.validUntil)}</span>
              </Td>
              <Td className={`min-w-44 ${struck}`}><span className="font-mono">{r.code}</span> {r.competencyName}</Td>
              <Td className={`text-right text-base font-semibold tabular-nums ${struck}`}>{r.level}</Td>
              <Td className={`min-w-56 max-w-md break-words ${struck}`}>
                <span className="font-medium">{m.compAssess.source[r.source]}</span>
                <span className="block text-slate-700">{r.assessorName}{r.assessorNip ? <span className="font-mono text-xs text-slate-500"> · {formatNip(r.assessorNip)}</span> : null}</span>
                {r.documentNumber ? <span className="block text-xs text-slate-600">{t.colDocument}: {r.documentNumber}</span> : null}
                {r.importFileName ? <span className="block text-xs text-slate-500">{interpolate(t.imported, { file: r.importFileName })}</span> : null}
              </Td>
              <Td className="min-w-40 max-w-xs">
                {withdrawn ? (
                  <>
                    <Badge tone="red">{t.withdrawn}</Badge>
                    <p className="mt-1 break-words text-xs text-slate-700" data-testid="withdrawn-reason">
                      {interpolate(t.withdrawnLine, { date: date(r.withdrawnAt!), name: r.withdrawnByName ?? m.common.none, reason: r.withdrawnReason ?? "" })}
                    </p>
                  </>
                ) : expired ? <Badge tone="amber">{t.expired}</Badge> : <Badge tone="green">{t.valid}</Badge>}
              </Td>
              {canWithdraw ? (
                <Td>
                  {withdrawn ? null : <WithdrawForm assessmentId={r.id} code={r.code} level={r.level} date={date(r.assessedOn)} t={m.compAssess.withdraw} />}
                </Td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
