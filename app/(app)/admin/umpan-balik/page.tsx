import type { Metadata } from "next";
import { ReassignForm } from "@/components/feedback/reassign-form";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/viewer";
import { feedbackOverview } from "@/lib/feedback/admin-queries";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatNip } from "@/lib/people/nip";

export const metadata: Metadata = { title: "Umpan balik pasca-pelatihan" };

export default async function FeedbackAdminPage() {
  const viewer = await requirePermission("manage:feedback");
  const [m, locale, { units, attention }] = await Promise.all([getMessages(), getLocale(), feedbackOverview(viewer)]);
  const t = m.feedback.admin;
  return (
    <>
      <PageHeader title={t.adminTitle} subtitle={t.adminSubtitle} />
      <Card className="mb-6">
        {units.length ? (
          <Table label={t.adminTitle}>
            <thead>
              <tr>
                <Th>{t.colOpd}</Th>
                <Th className="text-right">{t.colOpen}</Th>
                <Th className="text-right">{t.colOverdue}</Th>
                <Th className="hidden text-right sm:table-cell">{t.colUnassigned}</Th>
                <Th className="text-right">{t.colSubmitted}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="feedback-units">
              {units.map((u) => (
                <tr key={u.opdId}>
                  <Td className="font-medium text-slate-900">{u.opdName}</Td>
                  <Td className="text-right">{u.open}</Td>
                  <Td className={u.overdue ? "text-right font-semibold text-red-700" : "text-right"}>{u.overdue}</Td>
                  <Td className="hidden text-right sm:table-cell">{u.unassigned}</Td>
                  <Td className="text-right">{u.submitted}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t.unitsEmpty} />
        )}
      </Card>
      <Card>
        <CardHeader title={t.attentionTitle} subtitle={t.attentionSubtitle} />
        {attention.length ? (
          <ul className="divide-y divide-slate-100" data-testid="feedback-attention">
            {attention.map((task) => (
              <li key={task.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3 sm:px-5">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{task.employeeName} <span className="font-mono text-xs text-slate-500">{formatNip(task.nip)}</span></p>
                  <p className="text-sm text-slate-700">{task.programTitle}</p>
                  <p className="text-xs text-slate-500">
                    {task.opdName} · {task.supervisorName ?? t.noSupervisor} · {interpolate(t.assignedOn, { date: formatDate(task.assignedOn, locale) })}
                  </p>
                </div>
                <ReassignForm taskId={task.id} t={t} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t.attentionEmpty} />
        )}
      </Card>
    </>
  );
}
