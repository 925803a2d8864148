import type { Metadata } from "next";
import { CompetencyForm } from "@/components/competency/dictionary/competency-form";
import { Card, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Kompetensi baru" };

export default async function NewCompetencyPage() {
  await requirePermission("manage:competency");
  const m = await getMessages();
  return (
    <>
      <nav className="mb-2 text-sm"><Link href="/admin/kamus-kompetensi" className="text-brand-700 hover:underline">{m.compStandards.dictionary.back}</Link></nav>
      <PageHeader title={m.compStandards.form.createTitle} />
      <Card className="max-w-3xl"><CompetencyForm m={m} /></Card>
    </>
  );
}
