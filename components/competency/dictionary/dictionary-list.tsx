import { Badge } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { DictionaryRow } from "@/lib/competency/dictionary-queries";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

/** The dictionary, one table per kind; locked competencies say so, every name opens the competency. */
export function DictionaryList({ groups, m }: { groups: { kind: DictionaryRow["kind"]; rows: DictionaryRow[] }[]; m: Messages }) {
  const d = m.compStandards.dictionary;
  return (
    <div className="divide-y divide-slate-200">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`kind-${group.kind}`} className="py-2" data-testid={`kind-${group.kind}`}>
          <h2 id={`kind-${group.kind}`} className="px-4 pt-2 text-sm font-semibold text-slate-800 sm:px-5">
            {m.competency.kinds[group.kind]} <span className="font-normal text-slate-500">· {interpolate(d.count, { count: group.rows.length })}</span>
          </h2>
          <Table label={m.competency.kinds[group.kind]}>
            <thead>
              <tr>
                <Th className="w-24">{d.colCode}</Th>
                <Th>{d.colName}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {group.rows.map((row) => (
                <tr key={row.id} data-testid="competency-row">
                  <Td className="whitespace-nowrap font-mono text-xs text-slate-600">{row.code}</Td>
                  <Td className="min-w-48">
                    <Link href={`/admin/kamus-kompetensi/${row.id}`} className="font-medium text-brand-700 hover:underline">{row.name}</Link>
                    <p className="mt-0.5 line-clamp-2 max-w-prose text-xs text-slate-600">{row.description}</p>
                    <span className="mt-1 block">{row.locked ? <Badge tone="amber">{d.locked}</Badge> : <Badge tone="brand">{d.own}</Badge>}</span>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ))}
    </div>
  );
}
