import { Badge, Card, CardHeader, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { PlanRow } from "@/lib/evaluation/load";
import { formatDate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

const TONES = { OVERDUE: "red", OPEN: "amber", DONE: "green" } as const;

/** The follow-up plans agreed in the feedback: overdue first, then in progress, then done. */
export function PlansSection({ rows, showBatch, m, locale }: { rows: PlanRow[]; showBatch: boolean; m: Messages; locale: Locale }) {
  const t = m.evaluation.plans;
  return (
    <Card data-testid="eval-plans">
      <CardHeader title={t.title} />
      {!rows.length ? (
        <EmptyState title={t.empty} />
      ) : (
        <Table label={t.title}>
          <thead>
            <tr>
              {showBatch ? <Th>{m.evaluation.batchTable.batch}</Th> : null}
              <Th>{t.action}</Th><Th>{t.participant}</Th><Th>{t.owner}</Th><Th>{t.due}</Th><Th>{t.status}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} data-testid="eval-plan-row">
                {showBatch ? <Td className="tabular-nums">{r.batchNumber}</Td> : null}
                <Td className="font-medium">{r.action}</Td>
                <Td>{r.participant}</Td>
                <Td>{r.owner}</Td>
                <Td className="whitespace-nowrap">{formatDate(r.dueDate, locale)}</Td>
                <Td><Badge tone={TONES[r.status]}>{t.statusLabel[r.status]}</Badge></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
