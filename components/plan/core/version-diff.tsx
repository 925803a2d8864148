import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatRupiah, interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { FieldChange, LineDiff } from "@/lib/plan/rules";

const MONEY = new Set(["unitPrice", "total"]);

/** One value as the diff shows it: Rupiah for prices and totals, "—" for nothing. */
function shown(field: string, value: FieldChange["before"]): string {
  if (value === null || value === "") return "—";
  return MONEY.has(field) && typeof value === "number" ? formatRupiah(value) : String(value);
}

function Changes({ t, changes, budgetFields }: { t: Messages["planCore"]; changes: FieldChange[]; budgetFields?: boolean }) {
  const label = (f: string) => (t.diff.fields as Record<string, string>)[budgetFields && f === "unit" ? "unit_" : f] ?? f;
  return (
    <Table label={t.diff.field}>
      <thead>
        <tr><Th>{t.diff.field}</Th><Th className="text-right">{t.diff.before}</Th><Th className="text-right">{t.diff.after}</Th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {changes.map((c) => (
          <tr key={c.field} data-testid="diff-change">
            <Td>{label(c.field)}</Td>
            <Td className="break-words text-right tabular-nums text-slate-600"><del>{shown(c.field, c.before)}</del></Td>
            <Td className="break-words text-right font-medium tabular-nums"><ins className="no-underline">{shown(c.field, c.after)}</ins></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The lines that differ between two versions: fields and budget items, before → after, and each line's totals. */
export function VersionDiff({ t, diff }: { t: Messages["planCore"]; diff: LineDiff[] }) {
  const kind = { ADDED: t.diff.added, REMOVED: t.diff.removed, CHANGED: t.diff.changed } as const;
  const tone = { ADDED: "green", REMOVED: "red", CHANGED: "amber" } as const;
  return (
    <div className="divide-y divide-slate-100">
      {diff.map((line) => (
        <section key={line.itemId} className="space-y-3 p-4 sm:p-5" data-testid="diff-line">
          <h3 className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
            <Badge tone={tone[line.kind]}>{kind[line.kind]}</Badge> <span className="break-words">{line.title}</span>
          </h3>
          {line.changes.length ? <Changes t={t} changes={line.changes} /> : null}
          {line.budget.map((b) => (
            <div key={b.position} className="space-y-1" data-testid="diff-budget">
              <p className="text-sm font-medium text-slate-800">
                {interpolate(t.diff.budgetItem, { position: b.position, item: b.item })}
                {b.kind === "ADDED" ? ` (${t.diff.itemAdded})` : b.kind === "REMOVED" ? ` (${t.diff.itemRemoved})` : ""}
              </p>
              <Changes t={t} changes={b.changes} budgetFields />
            </div>
          ))}
          <p className="text-sm font-semibold tabular-nums" data-testid="diff-line-total">
            {interpolate(t.diff.total, { before: formatRupiah(line.totalBefore), after: formatRupiah(line.totalAfter) })}
          </p>
        </section>
      ))}
    </div>
  );
}
