import Link from "@/components/ui/link";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";

type Row = {
  id: string;
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  kind: "PNS" | "PPPK";
  rank: string;
  unit: { name: string };
  position: { name: string; type: keyof Messages["positionType"] };
};

/** The ASN list used by admins, operators and supervisors; `extra` adds one column (e.g. the team relation). */
export function EmployeeTable<R extends Row>({
  rows,
  m,
  linkTo,
  extra,
}: {
  rows: R[];
  m: Messages;
  linkTo?: (row: R) => string | undefined;
  extra?: { header: string; cell: (row: R) => React.ReactNode };
}) {
  return (
    <Table label={m.admin.employeesTitle}>
      <thead>
        <tr>
          <Th>{m.employee.name}</Th>
          <Th className="hidden lg:table-cell">{m.employee.position}</Th>
          <Th className="hidden md:table-cell">{m.employee.unit}</Th>
          <Th className="hidden sm:table-cell">{m.employee.kind}</Th>
          {extra ? <Th>{extra.header}</Th> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="employee-rows">
        {rows.map((row) => {
          const href = linkTo?.(row);
          return (
            <tr key={row.id} className="hover:bg-slate-50">
              <Td>
                {href ? (
                  <Link href={href} className="font-medium text-brand-800 hover:underline">{fullName(row)}</Link>
                ) : (
                  <span className="font-medium">{fullName(row)}</span>
                )}
                <p className="font-mono text-xs text-slate-500">{formatNip(row.nip)}</p>
                <p className="text-xs text-slate-600 lg:hidden">{row.position.name}</p>
              </Td>
              <Td className="hidden lg:table-cell">
                {row.position.name}
                <p className="text-xs text-slate-500">{m.positionType[row.position.type]}</p>
              </Td>
              <Td className="hidden md:table-cell">{row.unit.name}</Td>
              <Td className="hidden whitespace-nowrap sm:table-cell">
                <Badge tone={row.kind === "PNS" ? "brand" : "amber"}>{m.employee[row.kind]}</Badge>
                <p className="mt-1 text-xs text-slate-500">{row.rank}</p>
              </Td>
              {extra ? <Td>{extra.cell(row)}</Td> : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
