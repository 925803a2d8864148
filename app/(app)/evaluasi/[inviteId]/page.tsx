import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { formatDateRange, interpolate } from "@/lib/i18n/format";
import { AnswerForm } from "@/components/reaction/answer-form";
import { InviteStatusBadge } from "@/components/reaction/invite-list";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { inviteSheet } from "@/lib/reaction/queries";

export const metadata: Metadata = { title: "Kuesioner evaluasi" };

export default async function QuestionnairePage({ params }: { params: Promise<{ inviteId: string }> }) {
  const viewer = await requirePermission("answer:reaction");
  const { inviteId } = await params;
  const [m, locale, invite] = await Promise.all([getMessages(), getLocale(), inviteSheet(viewer, inviteId)]);
  if (!invite) notFound();
  const t = m.reaction;
  const subtitle = `${interpolate(t.mine.batchNumber, { number: invite.batch.number })} · ${formatDateRange(invite.batch.startDate, invite.batch.endDate, locale)}`;
  return (
    <>
      <Link href="/evaluasi" className="text-sm text-brand-700 hover:underline">← {t.answer.back}</Link>
      <PageHeader title={invite.batch.program.title} subtitle={subtitle}>
        <InviteStatusBadge status={invite.status} t={t} />
      </PageHeader>
      {invite.status === "SUBMITTED" ? (
        <Card className="p-5">
          <p className="text-sm text-emerald-800" data-testid="reaction-answered">{t.answer.answered}</p>
        </Card>
      ) : (
        <Card>
          <div className="space-y-2 border-b border-slate-100 px-4 py-4 text-sm sm:px-5">
            <p className="text-slate-700">{t.answer.intro}</p>
            <p className={invite.anonymous ? "text-emerald-800" : "text-amber-800"} data-testid="reaction-anonymity">
              {invite.anonymous ? t.answer.anonymousNotice : t.answer.namedNotice}
            </p>
          </div>
          <AnswerForm inviteId={invite.id} items={invite.items} draft={invite.draft} t={t} />
        </Card>
      )}
    </>
  );
}
