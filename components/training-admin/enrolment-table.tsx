import { BulkBar } from "@/components/bulk/bulk-bar";
import { BulkSelection, RowCheckbox, RowOutcomeView } from "@/components/bulk/selection";
import { Table, Td, Th } from "@/components/ui/table";
import { decideManyAsAgencyAction } from "@/lib/enrolment/bulk-actions";
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

/**
 * A batch's registrations; unit and origin fold under the name on small screens. Registrations awaiting the
 * agency can be ticked and decided together from the bar above; a decided row shows its new status in place.
 */
export function EnrolmentTable({ rows, batchId, editable, m }: Props) {
  const t = m.trainingAdmin;
  const e = t.enrolments;
  const decidable = editable ? rows.filter((row) => row.status === "PENDING_AGENCY") : [];
  const bulk = decidable.length > 0;
  return (
    <BulkSelection items={decidable.map((row) => ({ id: row.id, name: fullName(row.employee) }))}>
      {bulk ? <BulkBar action={decideManyAsAgencyAction} idsField="enrolmentIds" labels={m.bulk.registrations} t={m.bulk} /> : null}
      <Table label={e.tableLabel}>
        <thead>
          <tr>
            {bulk ? <Th className="w-10"><span className="sr-only">{m.bulk.selectAll}</span></Th> : null}
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
                {bulk ? (
                  <Td className="w-10 pr-0">
                    {row.status === "PENDING_AGENCY" ? <RowCheckbox id={row.id} label={interpolate(m.bulk.selectRow, { name })} /> : null}
                  </Td>
                ) : null}
                <Td>
                  <span className="font-medium">{name}</span>
                  <p className="font-mono text-xs text-slate-500">{formatNip(row.employee.nip)}</p>
                  <p className="text-xs text-slate-600 md:hidden">{row.employee.unit.name}</p>
                  <p className="text-xs text-slate-500 lg:hidden">{t.origins[row.origin]}</p>
                </Td>
                <Td className="hidden md:table-cell">{row.employee.unit.name}</Td>
                <Td>
                  <RowOutcomeView id={row.id} done={t.enrolmentStatus}>
                    <StatusCell row={row} t={t} />
                  </RowOutcomeView>
                </Td>
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
    </BulkSelection>
  );
}
