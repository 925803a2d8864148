import { Table, Td, Th } from "@/components/ui/table";
import type { Messages } from "@/lib/i18n/messages/id";
import type { KindInfo } from "./kind-info";

/** The columns a kind recognises, with the other names each goes by. */
export function ColumnTable({ kind, m }: { kind: KindInfo; m: Messages }) {
  const t = m.importUi.upload;
  return (
    <Table label={t.expected}>
      <thead>
        <tr>
          <Th>{t.colField}</Th>
          <Th>{t.colRequired}</Th>
          <Th>{t.colAlso}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {kind.columns.map((c) => (
          <tr key={c.name}>
            <Td className="font-medium">{c.name}</Td>
            <Td>{c.required ? t.yes : t.no}</Td>
            <Td className="text-slate-600">{c.aliases.join(", ") || "—"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
