import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgramForm } from "@/components/training-admin/program-form";
import { Card, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { competencyOptions } from "@/lib/catalog/admin-queries";
import { programForEdit } from "@/lib/catalog/edit-queries";
import { getMessages } from "@/lib/i18n/server";
import { unitOptions } from "@/lib/org/queries";

export const metadata: Metadata = { title: "Ubah program pelatihan" };

export default async function EditProgramPage({ params }: { params: Promise<{ programId: string }> }) {
  const viewer = await requirePermission("manage:program");
  const { programId } = await params;
  const [m, program, competencies, units] = await Promise.all([getMessages(), programForEdit(viewer, programId), competencyOptions(viewer), unitOptions(viewer)]);
  if (!program) notFound();
  const { eligibleUnits, ...saved } = program;

  return (
    <>
      <Link href={`/admin/pelatihan/${program.id}`} className="text-sm text-brand-700 hover:underline">← {program.title}</Link>
      <PageHeader title={m.catalogEdit.program.title} subtitle={m.catalogEdit.program.subtitle} />
      <Card>
        <ProgramForm
          competencies={competencies.map(({ id, code, name }) => ({ id, code, name }))}
          units={units.filter((u) => u.depth === 0).map(({ id, name }) => ({ id, name }))}
          t={m.trainingAdmin}
          positionTypes={m.positionType}
          levels={m.competency.levels}
          saving={m.common.saving}
          edit={{ programId: program.id, initial: { ...saved, eligibleUnitIds: eligibleUnits.map((u) => u.unitId) }, submit: m.catalogEdit.program.submit }}
        />
      </Card>
    </>
  );
}
