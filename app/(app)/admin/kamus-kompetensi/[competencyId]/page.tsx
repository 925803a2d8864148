import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CompetencyForm } from "@/components/competency/dictionary/competency-form";
import { CompetencyLevels } from "@/components/competency/dictionary/competency-levels";
import { RemoveCompetency } from "@/components/competency/dictionary/remove-competency";
import { Badge, Card, CardHeader, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { competencyDetail } from "@/lib/competency/dictionary-queries";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Kamus kompetensi" };

export default async function CompetencyPage({ params }: { params: Promise<{ competencyId: string }> }) {
  const viewer = await requirePermission("manage:competency");
  const { competencyId } = await params;
  const [m, competency] = await Promise.all([getMessages(), competencyDetail(viewer, competencyId)]);
  if (!competency) notFound();
  const d = m.compStandards.dictionary;
  const title = `${competency.code} ${competency.name}`;
  return (
    <>
      <nav className="mb-2 text-sm"><Link href="/admin/kamus-kompetensi" className="text-brand-700 hover:underline">{d.back}</Link></nav>
      <PageHeader title={title} subtitle={m.competency.kinds[competency.kind]}>
        {competency.locked ? <Badge tone="amber">{d.locked}</Badge> : null}
      </PageHeader>
      {competency.locked || (competency.kind !== "TECHNICAL" && competency.kind !== "GOVERNMENT") ? (
        <Card className="max-w-3xl">
          <CardHeader title={m.compStandards.form.levels} subtitle={d.lockedNote} />
          <p className="border-b border-slate-100 px-4 py-3 text-sm text-slate-700 sm:px-5">{competency.description}</p>
          <CompetencyLevels levels={competency.levels} m={m} />
        </Card>
      ) : (
        <div className="max-w-3xl space-y-6">
          <Card><CompetencyForm m={m} values={{ ...competency, competencyId: competency.id, kind: competency.kind }} /></Card>
          <Card><RemoveCompetency competencyId={competency.id} use={competency.use} m={m} /></Card>
        </div>
      )}
    </>
  );
}
