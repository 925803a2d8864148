import Link from "@/components/ui/link";
import type { AccountListRow } from "@/lib/accounts/queries";
import { formatDate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";

/** Role labels of an account: stored roles (an operator's with its unit) and SUPERVISOR when the tree gives it. */
export function roleLabels(row: AccountListRow, m: Messages): string[] {
  const labels = row.roles.map((r) => (r.unit ? `${m.roles[r.role]} · ${r.unit.name}` : m.roles[r.role]));
  if (row.supervises && !row.roles.some((r) => r.role === "SUPERVISOR")) labels.push(m.roles.SUPERVISOR);
  return labels;
}

export function AccountStatus({ row, t }: { row: Pick<AccountListRow, "active" | "mustChangePassword">; t: Messages["accounts"] }) {
  return (
    <span className="flex flex-wrap gap-1">
      {row.active ? <Badge tone="green">{t.statusActive}</Badge> : <Badge tone="red">{t.statusInactive}</Badge>}
      {row.active && row.mustChangePassword ? <Badge tone="amber">{t.mustChangeBadge}</Badge> : null}
    </span>
  );
}

/** The accounts list of /admin/akun: who, how they sign in, roles, unit, status and last sign-in. */
export function AccountTable({ rows, m, locale }: { rows: AccountListRow[]; m: Messages; locale: Locale }) {
  const t = m.accounts;
  return (
    <Table label={t.title}>
      <thead>
        <tr>
          <Th>{t.columns.account}</Th>
          <Th className="hidden md:table-cell">{t.columns.roles}</Th>
          <Th className="hidden lg:table-cell">{t.columns.unit}</Th>
          <Th>{t.columns.status}</Th>
          <Th className="hidden sm:table-cell">{t.columns.lastLogin}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="account-rows">
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            <Td className="min-w-48">
              <Link href={`/admin/akun/${row.id}`} className="break-words font-medium text-brand-800 hover:underline">{row.name}</Link>
              <p className="break-all font-mono text-xs text-slate-500">{row.employee ? formatNip(row.employee.nip) : row.email}</p>
              <p className="text-xs text-slate-600 md:hidden">{roleLabels(row, m).join(", ")}</p>
            </Td>
            <Td className="hidden md:table-cell">{roleLabels(row, m).join(", ")}</Td>
            <Td className="hidden lg:table-cell">{row.employee?.unit.name ?? "—"}</Td>
            <Td><AccountStatus row={row} t={t} /></Td>
            <Td className="hidden whitespace-nowrap sm:table-cell">{row.lastLoginAt ? formatDate(row.lastLoginAt, locale) : t.never}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
