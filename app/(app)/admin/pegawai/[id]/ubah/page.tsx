import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmployeeForm } from "@/components/people/employee-form";
import { Card, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { getMessages } from "@/lib/i18n/server";
import { managedEmployee } from "@/lib/people/queries";
import { fullName } from "@/lib/people/rules";

export const metadata: Metadata = { title: "Ubah data pegawai" };

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Edit who the person is; someone outside the viewer's reach is a 404. */
export default async function EditEmployeePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("manage:employee");
  const { id } = await params;
  const [m, employee] = await Promise.all([getMessages(), managedEmployee(viewer, id)]);
  if (!employee) notFound();
  const t = m.people;
  return (
    <>
      <Link href={`/admin/pegawai/${employee.id}`} className="text-sm text-brand-700 hover:underline">← {fullName(employee)}</Link>
      <PageHeader title={t.editTitle} subtitle={t.editSubtitle} />
      <Card>
        <EmployeeForm
          mode="edit"
          values={{ ...employee, birthDate: iso(employee.birthDate), serviceStartDate: iso(employee.serviceStartDate) }}
          labels={{ ...t.form, kinds: { PNS: m.employee.PNS, PPPK: m.employee.PPPK }, genders: { M: m.employee.M, F: m.employee.F }, saving: m.common.saving }}
        />
      </Card>
    </>
  );
}
