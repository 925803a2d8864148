import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";
import type { ChainLink, directStaffOf } from "@/lib/people/profile-queries";
import { fullName } from "@/lib/people/rules";
import { EmployeeTable } from "./employee-table";

type Staff = Awaited<ReturnType<typeof directStaffOf>>;

/** The supervisors from the top down to the person's direct one, then the person's own direct staff; `readable` are linked. */
export function ChainPanel({ chain, staff, self, readable, m }: { chain: ChainLink[]; staff: Staff; self: string; readable: Set<string>; m: Messages }) {
  const t = m.people.chain;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title={t.chainTitle} />
        {chain.length ? (
          <ol className="space-y-0 px-4 py-3 sm:px-5" data-testid="supervisor-chain">
            {chain.map((link, i) => (
              <li key={link.id} className="relative border-l-2 border-slate-200 pb-3 pl-4" style={{ marginLeft: `${Math.min(i, 6) * 0.75}rem` }}>
                {readable.has(link.id) ? (
                  <Link href={`/admin/pegawai/${link.id}`} className="break-words font-medium text-brand-800 hover:underline">{fullName(link)}</Link>
                ) : (
                  <span className="break-words font-medium text-slate-900">{fullName(link)}</span>
                )}
                <p className="font-mono text-xs text-slate-500">{formatNip(link.nip)}</p>
                <p className="break-words text-xs text-slate-600">{link.positionName} · {link.unitName}</p>
              </li>
            ))}
            <li className="border-l-2 border-brand-700 pl-4 font-semibold text-slate-900" style={{ marginLeft: `${Math.min(chain.length, 6) * 0.75}rem` }}>{self}</li>
          </ol>
        ) : <EmptyState title={t.chainEmpty} />}
      </Card>
      <Card>
        <CardHeader title={t.staffTitle} subtitle={staff.total > staff.rows.length ? interpolate(t.staffMore, { shown: staff.rows.length, total: staff.total }) : undefined} />
        {staff.rows.length ? <EmployeeTable rows={staff.rows} m={m} linkTo={(row) => (readable.has(row.id) ? `/admin/pegawai/${row.id}` : undefined)} /> : <EmptyState title={t.staffEmpty} />}
      </Card>
    </div>
  );
}
