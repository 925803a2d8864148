import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { SupervisorForm } from "@/components/people/supervisor-form";
import { Card, CardHeader, DetailList, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatNip } from "@/lib/people/nip";
import { getEmployee, unitTrail } from "@/lib/people/queries";
import { fullName } from "@/lib/people/rules";

export const metadata: Metadata = { title: "Data pegawai" };

export default async function EmployeeDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("read:employee", ["unit", "any"]);
  const { id } = await params;
  const [m, locale, employee] = await Promise.all([getMessages(), getLocale(), getEmployee(viewer, id)]);
  if (!employee) notFound();
  const trail = await unitTrail(employee.unit.path);
  const supervisor = employee.supervisor;

  return (
    <>
      <Link href="/admin/pegawai" className="text-sm text-brand-700 hover:underline">← {m.common.back}</Link>
      <PageHeader title={fullName(employee)} subtitle={`${employee.position.name} · ${employee.unit.name}`} />
      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <DetailList
            items={[
              [m.employee.nip, <span key="nip" className="font-mono">{formatNip(employee.nip)}</span>],
              [m.employee.kind, `${m.employee[employee.kind]} · ${employee.rank}`],
              [m.employee.gender, m.employee[employee.gender]],
              [m.employee.position, `${employee.position.name} (${m.positionType[employee.position.type]})`],
              [m.employee.unit, trail.join(" › ")],
              [m.employee.supervisor, <span key="s" data-testid="detail-supervisor">{supervisor ? `${fullName(supervisor)} · ${formatNip(supervisor.nip)}` : m.employee.noSupervisor}</span>],
              [m.employee.serviceStart, formatDate(employee.serviceStartDate, locale)],
              [m.employee.phone, employee.phone ?? m.common.none],
              [m.employee.email, employee.email ?? m.common.none],
            ]}
          />
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader title={m.supervisorChange.title} subtitle={m.supervisorChange.hint} />
          <SupervisorForm
            employeeId={employee.id}
            currentNip={supervisor?.nip ?? ""}
            labels={{ candidate: m.supervisorChange.candidate, candidateHint: m.supervisorChange.candidateHint, submit: m.supervisorChange.submit, saving: m.common.saving }}
          />
        </Card>
      </div>
    </>
  );
}
