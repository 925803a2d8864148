import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { BatchForm } from "@/components/training-admin/batch-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { batchFormData } from "@/lib/catalog/admin-queries";
import { getLocale, getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Angkatan baru" };

export default async function NewBatchPage({ params }: { params: Promise<{ programId: string }> }) {
  const viewer = await requirePermission("manage:program");
  const { programId } = await params;
  const [m, locale, data] = await Promise.all([getMessages(), getLocale(), batchFormData(viewer, programId)]);
  if (!data) notFound();
  const t = m.trainingAdmin;

  return (
    <>
      <Link href={`/admin/pelatihan/${data.program.id}`} className="text-sm text-brand-700 hover:underline">← {data.program.title}</Link>
      <PageHeader title={t.batchForm.title} subtitle={data.program.title} />
      <Card>
        <BatchForm
          programId={data.program.id}
          nextNumber={data.nextNumber}
          units={data.units}
          countedKinds={data.countedKinds}
          locale={locale}
          t={t}
          saving={m.common.saving}
          pastHint={m.ledgerAdmin.pastBatch.registrationHint}
        />
      </Card>
    </>
  );
}
