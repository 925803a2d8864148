import { Badge, Card, CardHeader, EmptyState } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { ResultView } from "@/lib/competency/profile-rules";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { ProfileLabels } from "./labels";

const STATUS_TONE = { CURRENT: "green", VALID: "slate", EXPIRED: "amber", WITHDRAWN: "red", FUTURE: "slate" } as const;
const SHOWN = 30;

/** Every recorded result of the person (withdrawn too, with the reason), newest first; the latest 30 on the page. */
export function HistoryTable({ rows, t, locale, moreHref, moreLabel }: { rows: ResultView[]; t: ProfileLabels; locale: Locale; moreHref?: string; moreLabel?: string }) {
  return (
    <Card data-testid="assessment-history">
      <CardHeader title={t.history.title} />
      {rows.length ? (
        <Table label={t.history.title}>
          <thead>
            <tr><Th>{t.history.date}</Th><Th>{t.history.competency}</Th><Th>{t.history.level}</Th><Th>{t.history.source}</Th><Th>{t.history.status}</Th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.slice(0, SHOWN).map((r) => (
              <tr key={r.id}>
                <Td className="whitespace-nowrap">{formatDate(r.assessedOn, locale)}</Td>
                <Td className="font-mono text-xs">{r.code}</Td>
                <Td>{r.level}</Td>
                <Td className="min-w-48">
                  <span className="block">{t.sources[r.source]}</span>
                  <span className="block break-words text-xs text-slate-500">{r.assessorName}{r.documentNumber ? ` · ${r.documentNumber}` : ""}</span>
                </Td>
                <Td className="min-w-40">
                  <Badge tone={STATUS_TONE[r.status]}>{t.status[r.status]}</Badge>
                  {r.withdrawnReason ? <span className="mt-1 block break-words text-xs text-red-700">{interpolate(t.result.withdrawn, { reason: r.withdrawnReason })}</span> : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : <EmptyState title={t.history.empty} />}
      {moreHref && moreLabel ? <p className="border-t border-slate-100 px-4 py-2 text-sm sm:px-5"><Link href={moreHref} className="text-brand-700 hover:underline">{moreLabel}</Link></p> : null}
    </Card>
  );
}
