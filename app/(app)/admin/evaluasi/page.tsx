import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { SetTable } from "@/components/reaction/set-table";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { listQuestionSets } from "@/lib/reaction/set-queries";

export const metadata: Metadata = { title: "Set pertanyaan evaluasi" };

export default async function QuestionSetsPage() {
  const viewer = await requirePermission("manage:question-set");
  const [m, locale, sets] = await Promise.all([getMessages(), getLocale(), listQuestionSets(viewer)]);
  const t = m.reaction.sets;
  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle}>
        <Link href="/admin/evaluasi/baru" className={buttonClass("primary")}>{t.new}</Link>
      </PageHeader>
      {sets.length && !sets.some((s) => s.current) ? (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="no-current-set">{t.noCurrent}</p>
      ) : null}
      <Card>{sets.length ? <SetTable rows={sets} t={t} locale={locale} /> : <EmptyState title={t.empty} />}</Card>
    </>
  );
}
