import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { QuestionSetForm } from "@/components/reaction/question-set-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Set pertanyaan baru" };

export default async function NewQuestionSetPage() {
  await requirePermission("manage:question-set");
  const m = await getMessages();
  const t = m.reaction;
  return (
    <>
      <Link href="/admin/evaluasi" className="text-sm text-brand-700 hover:underline">← {t.sets.back}</Link>
      <PageHeader title={t.form.newTitle} />
      <Card>
        <QuestionSetForm
          initial={{ name: "", anonymous: true, active: true, responses: 0, questions: [{ aspect: "MATERIAL", text: "" }] }}
          t={t}
          saving={m.common.saving}
        />
      </Card>
    </>
  );
}
