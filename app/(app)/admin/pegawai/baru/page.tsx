import type { Metadata } from "next";
import { EmployeeForm } from "@/components/people/employee-form";
import { Card, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { getMessages } from "@/lib/i18n/server";
import { placementOptions } from "@/lib/people/reach";

export const metadata: Metadata = { title: "Tambah pegawai" };

/** A new employee, in a unit the viewer reaches (an operator: their own subtree). */
export default async function NewEmployeePage() {
  const viewer = await requirePermission("manage:employee");
  const [m, units] = await Promise.all([getMessages(), placementOptions(viewer)]);
  const t = m.people;
  return (
    <>
      <Link href="/admin/pegawai" className="text-sm text-brand-700 hover:underline">← {m.common.back}</Link>
      <PageHeader title={t.createTitle} subtitle={t.createSubtitle} />
      <Card>
        <EmployeeForm mode="create" units={units} labels={{ ...t.form, kinds: { PNS: m.employee.PNS, PPPK: m.employee.PPPK }, genders: { M: m.employee.M, F: m.employee.F }, saving: m.common.saving }} />
      </Card>
    </>
  );
}
