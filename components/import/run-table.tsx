import { formatDateTime } from "@/components/catalog/format";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { ImportRunListRow } from "@/lib/import/run-list";
import { kindLabel } from "./kind-info";
import { ImportStatusBadge } from "./status-badge";

/** The agency's recent import runs; the file name opens the run. */
export function RunTable({ rows, m, locale }: { rows: ImportRunListRow[]; m: Messages; locale: Locale }) {
  const t = m.importUi.hub;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Table label={t.runsLabel}>
      <thead>
        <tr>
          <Th>{t.colFile}</Th>
          <Th>{t.colKind}</Th>
          <Th>{t.colStatus}</Th>
          <Th>{t.colCounts}</Th>
          <Th>{t.colBy}</Th>
          <Th>{t.colWhen}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((run) => (
          <tr key={run.id} data-testid="import-run-row">
            <Td className="min-w-[11rem] max-w-[16rem] break-words">
              <Link href={`/admin/impor/proses/${run.id}`} className="font-medium text-brand-700 hover:underline">{run.fileName}</Link>
            </Td>
            <Td className="min-w-[9rem]">{kindLabel(m, run.kind)}</Td>
            <Td className="whitespace-nowrap"><ImportStatusBadge status={run.status} m={m} /></Td>
            <Td className="whitespace-nowrap text-xs text-slate-600">
              <div>{interpolate(t.problemsLine, { rows: n(run.rowCount), problems: n(run.problemCount) })}</div>
              {run.counts ? <div>{interpolate(t.countsLine, { creates: n(run.counts.creates), updates: n(run.counts.updates), unchanged: n(run.counts.unchanged) })}</div> : null}
            </Td>
            <Td className="min-w-[9rem] max-w-[12rem] break-words">{run.createdByName}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(run.createdAt, locale)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
