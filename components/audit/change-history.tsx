import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { presentAuditRows } from "@/lib/audit/present";
import { listAuditPage } from "@/lib/audit/queries";
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor, hasPermission } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { AuditEntryList } from "./audit-entry-list";

/**
 * What the history is about. An employee's covers their own record (Employee, Employee.contact, …), their
 * placements, inactivity periods, JP entries, enrolments, external trainings, certificates and account; a batch's
 * covers the batch, its rundown sessions, enrolments, attendance, scores, certificates and indicators. Both come
 * from AuditLog's subject columns, filled when each row was written (decision 0026).
 */
export type HistorySubject = { employeeId: string } | { batchId: string };

type Props = { viewer: Viewer; subject: HistorySubject; m: Messages; locale: Locale; limit?: number; id?: string; className?: string };

/**
 * "Riwayat perubahan": the latest changes about one employee or one batch, read with the viewer's own audit scope
 * (an operator sees only rows about their unit), worded like /admin/audit, with a link to the full, filterable
 * list there. Renders nothing for a viewer who may not read the audit log.
 */
export async function ChangeHistory({ viewer, subject, m, locale, limit = 20, id = "history", className }: Props) {
  if (!hasPermission(viewer.roles, "read:audit-log")) return null;
  const t = m.audit;
  const filters = "employeeId" in subject ? { employeeId: subject.employeeId } : { batchId: subject.batchId };
  const page = await listAuditPage(viewer, { filters, limit });
  const wholeAgency = accessFor(viewer.roles, "read:audit-log").includes("any");
  const entries = (await presentAuditRows(viewer.agencyId, page.rows, m, locale)).map((e) =>
    wholeAgency || e.entityKey.startsWith("Employee") ? e : { ...e, recordHref: null },
  );
  const all = "employeeId" in subject ? `/admin/audit?employeeId=${subject.employeeId}` : `/admin/audit?batchId=${subject.batchId}`;

  return (
    <Card id={id} className={className} data-testid="change-history">
      <CardHeader
        title={t.history.title}
        subtitle={t.history.subtitle}
        action={entries.length ? <Link href={all} className="text-sm font-medium text-brand-700 hover:underline" data-testid="change-history-all">{t.history.all}</Link> : undefined}
      />
      {entries.length ? <AuditEntryList entries={entries} t={t} /> : <EmptyState title={t.history.empty} />}
    </Card>
  );
}
