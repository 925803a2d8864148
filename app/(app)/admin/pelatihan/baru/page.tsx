import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ProgramForm } from "@/components/training-admin/program-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { competencyOptions } from "@/lib/catalog/admin-queries";
import { getMessages } from "@/lib/i18n/server";
import { unitOptions } from "@/lib/org/queries";
import { programPrefill } from "@/lib/competency/needs-rules";

export const metadata: Metadata = { title: "Pelatihan baru" };

export default async function NewProgramPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("manage:program");
  const [m, competencies, units] = await Promise.all([getMessages(), competencyOptions(viewer), unitOptions(viewer)]);
  const t = m.trainingAdmin;
  // Started from a training need: ?kompetensi=<id>&level=<1-5>&judul=<suggested title> (lib/competency/needs-rules.ts).
  const prefill = programPrefill(await searchParams, competencies.map((c) => c.id));

  return (
    <>
      <Link href="/admin/pelatihan" className="text-sm text-brand-700 hover:underline">← {t.program.back}</Link>
      <PageHeader title={t.programForm.title} subtitle={t.programForm.subtitle} />
      <Card>
        <ProgramForm
          competencies={competencies.map(({ id, code, name }) => ({ id, code, name }))}
          units={units.filter((u) => u.depth === 0).map(({ id, name }) => ({ id, name }))}
          t={t}
          positionTypes={m.positionType}
          levels={m.competency.levels}
          saving={m.common.saving}
          prefill={prefill}
        />
      </Card>
    </>
  );
}
