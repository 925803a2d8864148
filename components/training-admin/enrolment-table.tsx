import { Table, Td, Th } from "@/components/ui/table";
import type { EnrolmentRow } from "@/lib/catalog/admin-queries";
import { isActive } from "@/lib/enrolment/rules";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { EnrolmentStatusBadge } from "./badges";
import { EnrolmentActions } from "./enrolment-actions";

type Props = { rows: EnrolmentRow[]; batchId: string; editable: boolean; m: Messages };

function StatusCell({ row, t }: { row: EnrolmentRow; t: Messages["trainingAdmin"] }) {
  const e = t.enrolments;
  const reason = row.status === "REJECTED" ? row.rejectedReason : row.status === "WITHDRAWN" ? row.withdrawnReason : null;
  return (
    <>
      <EnrolmentStatusBadge status={row.status} labels={t.enrolmentStatus} />
      {row.waitlistPosition ? <p className="mt-1 text-xs text-slate-600">{interpolate(e.waitlist, { n: row.waitlistPosition })}</p> : null}
      {!row.waitlistPosition && row.queuePosition ? <p className="mt-1 text-xs text-slate-500">{interpolate(e.queue, { n: row.queuePosition })}</p> : null}
      {row.completed !== null ? <p className="mt-1 text-xs text-slate-600">{row.completed ? e.completed : e.notCompleted}</p> : null}
      {reason ? <p className="mt-1 max-w-xs text-xs text-slate-500">{interpolate(e.reasonLabel, { reason })}</p> : null}
    </>
  );
}

/** A batch's registrations; unit and origin fold under the name on small screens. */
export function EnrolmentTable({ rows, batchId, editable, m }: Props) {
  const t = m.trainingAdmin;
  const e = t.enrolments;
  return (
    <Table label={e.tableLabel}>
      <thead>
        <tr>
          <Th>{e.name}</Th>
          <Th className="hidden md:table-cell">{e.unit}</Th>
          <Th>{e.status}</Th>
          <Th className="hidden lg:table-cell">{e.origin}</Th>
          {editable ? <Th className="text-right">{e.actions}</Th> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="enrolment-rows">
        {rows.map((row) => {
          const name = fullName(row.employee);
          return (
            <tr key={row.id} className="hover:bg-slate-50">
              <Td>
                <span className="font-medium">{name}</span>
                <p className="font-mono text-xs text-slate-500">{formatNip(row.employee.nip)}</p>
                <p className="text-xs text-slate-600 md:hidden">{row.employee.unit.name}</p>
                <p className="text-xs text-slate-500 lg:hidden">{t.origins[row.origin]}</p>
              </Td>
              <Td className="hidden md:table-cell">{row.employee.unit.name}</Td>
              <Td><StatusCell row={row} t={t} /></Td>
              <Td className="hidden lg:table-cell">{t.origins[row.origin]}</Td>
              {editable ? (
                <Td className="text-right">
                  <EnrolmentActions
                    batchId={batchId}
                    enrolmentId={row.id}
                    name={name}
                    canDecide={row.status === "PENDING_AGENCY"}
                    canWithdraw={isActive(row.status)}
                    t={e}
                  />
                </Td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
