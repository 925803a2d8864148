import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { QuestionSetForm } from "@/components/reaction/question-set-form";
import { SetActions } from "@/components/reaction/set-actions";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { getMessages } from "@/lib/i18n/server";
import { getQuestionSet } from "@/lib/reaction/set-queries";

export const metadata: Metadata = { title: "Ubah set pertanyaan" };

type Search = { disimpan?: string };

export default async function EditQuestionSetPage({ params, searchParams }: { params: Promise<{ setId: string }>; searchParams: Promise<Search> }) {
  const viewer = await requirePermission("manage:question-set");
  const [{ setId }, search] = await Promise.all([params, searchParams]);
  const [m, set] = await Promise.all([getMessages(), getQuestionSet(viewer, setId)]);
  if (!set) notFound();
  const t = m.reaction;
  return (
    <>
      <Link href="/admin/evaluasi" className="text-sm text-brand-700 hover:underline">← {t.sets.back}</Link>
      <PageHeader title={t.form.editTitle} subtitle={set.name} />
      {search.disimpan ? <p className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" role="status" data-testid="form-message">{m.common.saved}</p> : null}
      <Card className="mb-6 p-4 sm:p-5">
        <SetActions setId={set.id} name={set.name} active={set.active} t={t.sets} />
      </Card>
      <Card>
        {/* Keyed by what is stored, so after a save the form starts again from it (new questions get their ids). */}
        <QuestionSetForm
          key={`${set.id}-${set.name}-${set.anonymous}-${set.active}-${set.questions.map((q) => `${q.id}:${q.aspect}:${q.text}`).join("|")}`}
          initial={{ setId: set.id, name: set.name, anonymous: set.anonymous, active: set.active, responses: set.responses, questions: set.questions }}
          t={t}
          saving={m.common.saving}
        />
      </Card>
    </>
  );
}
