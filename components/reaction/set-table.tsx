import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { QuestionSetRow } from "@/lib/reaction/set-queries";
import { SetActions } from "./set-actions";

/** The agency's question sets, newest first; the current one is marked. */
export function SetTable({ rows, t, locale }: { rows: QuestionSetRow[]; t: Messages["reaction"]["sets"]; locale: Locale }) {
  return (
    <Table label={t.tableLabel}>
      <thead>
        <tr>
          <Th>{t.name}</Th>
          <Th>{t.status}</Th>
          <Th>{t.questions}</Th>
          <Th>{t.usage}</Th>
          <Th>{t.actions}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((s) => (
          <tr key={s.id} data-testid="question-set-row">
            <Td>
              <p className="font-medium text-slate-900">{s.name}</p>
              <p className="text-xs text-slate-500">{t.createdAt} {formatDate(s.createdAt, locale)}</p>
            </Td>
            <Td>
              <div className="flex flex-wrap gap-1">
                <Badge tone={s.active ? "green" : "slate"}>{s.active ? t.active : t.inactive}</Badge>
                <Badge tone={s.anonymous ? "brand" : "amber"}>{s.anonymous ? t.anonymous : t.named}</Badge>
                {s.current ? <Badge tone="brand">{t.current}</Badge> : null}
              </div>
            </Td>
            <Td className="tabular-nums">{s.questions}</Td>
            <Td className="tabular-nums">{interpolate(t.usageValue, { invites: s.invites, responses: s.responses })}</Td>
            <Td><SetActions setId={s.id} name={s.name} active={s.active} t={t} /></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
