import type { Metadata } from "next";
import { PendingApprovals } from "@/components/approvals/pending-approvals";
import { TeamTrainingSection } from "@/components/approvals/team-training";
import { Badge, Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { listPendingApprovals, listTeamTraining, TEAM_TRAINING_TABS } from "@/lib/enrolment/supervisor-queries";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Persetujuan pelatihan" };

type Search = { q?: string; tab?: string; page?: string };

export default async function ApprovalsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("decide:enrolment-supervisor");
  const params = await searchParams;
  const tab = TEAM_TRAINING_TABS.find((t) => t === params.tab) ?? "upcoming";
  const q = params.q?.trim() || undefined;
  const [m, locale, pending, training] = await Promise.all([
    getMessages(),
    getLocale(),
    listPendingApprovals(viewer),
    listTeamTraining(viewer, { tab, q, page: pageParam(params.page) }),
  ]);
  const t = m.trainingTeam;

  return (
    <>
      <PageHeader title={t.approvalsTitle} subtitle={t.approvalsSubtitle} />
      <Card>
        <CardHeader
          title={t.pending.title}
          subtitle={t.pending.subtitle}
          action={pending.total ? <Badge tone="amber">{pending.total}</Badge> : undefined}
        />
        <PendingApprovals rows={pending.rows} total={pending.total} m={m} locale={locale} />
      </Card>
      <Card className="mt-6">
        <CardHeader title={t.training.title} subtitle={t.training.subtitle} />
        <TeamTrainingSection data={training} q={q} m={m} locale={locale} />
      </Card>
    </>
  );
}
