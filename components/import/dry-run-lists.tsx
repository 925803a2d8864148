import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { FieldChange } from "@/lib/import/define";
import type { ProblemRow } from "@/lib/import/run-list";

// The dry run's lists as tables: new records, changed records (each field before → after), records missing from
// the file, and problems (line, column, reason). Each shows one page; the page adds the pagination.

type Record_ = { line?: number; key: string; label: string };

export function SampleNote({ shown, total, m, locale }: { shown: number; total: number; m: Messages; locale: Locale }) {
  if (shown >= total) return null;
  return <p className="px-4 py-2 text-xs text-slate-500 sm:px-5">{interpolate(m.importUi.run.sampleNote, { shown: formatNumber(shown, locale), total: formatNumber(total, locale) })}</p>;
}

export function RecordTable({ rows, label, m }: { rows: Record_[]; label: string; m: Messages }) {
  const t = m.importUi.run;
  if (!rows.length) return <EmptyState title={t.emptyList} />;
  const withLines = rows.some((r) => r.line !== undefined);
  return (
    <Table label={label}>
      <thead>
        <tr>
          {withLines ? <Th className="w-20">{t.colLine}</Th> : null}
          <Th>{t.colRecord}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.key} data-testid="import-record-row">
            {withLines ? <Td className="tabular-nums">{r.line}</Td> : null}
            <Td className="break-words">{r.label}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function ChangeTable({ rows, label, m }: { rows: (Record_ & { changes: FieldChange[] })[]; label: string; m: Messages }) {
  const t = m.importUi.run;
  if (!rows.length) return <EmptyState title={t.emptyList} />;
  const value = (v: string | null) => (v === null || v === "" ? <span className="italic text-slate-400">{t.emptyValue}</span> : v);
  return (
    <Table label={label}>
      <thead>
        <tr>
          <Th className="w-20">{t.colLine}</Th>
          <Th>{t.colRecord}</Th>
          <Th>{t.colChanges}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.key} data-testid="import-change-row">
            <Td className="tabular-nums">{r.line}</Td>
            <Td className="break-words">{r.label}</Td>
            <Td>
              <ul className="space-y-1">
                {r.changes.map((c) => (
                  <li key={c.field} className="break-words">
                    <span className="font-medium text-slate-700">{c.field}</span>: <del className="text-red-700">{value(c.before)}</del>
                    {" → "}
                    <ins className="text-emerald-800 no-underline">{value(c.after)}</ins>
                  </li>
                ))}
              </ul>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function ProblemTable({ rows, label, m, testId }: { rows: ProblemRow[]; label: string; m: Messages; testId: string }) {
  const t = m.importUi.run;
  if (!rows.length) return <EmptyState title={t.emptyList} />;
  return (
    <Table label={label}>
      <thead>
        <tr>
          <Th className="w-20">{t.colLine}</Th>
          <Th>{t.colColumn}</Th>
          <Th>{t.colReason}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r, i) => (
          <tr key={`${r.line}-${i}`} data-testid={testId}>
            <Td className="tabular-nums">{r.line}</Td>
            <Td className="break-words">{r.column ?? <span className="italic text-slate-500">{t.wholeRow}</span>}</Td>
            <Td className="break-words">{r.message}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
