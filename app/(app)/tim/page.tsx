import type { Metadata } from "next";
import { FeedbackHomeCard } from "@/components/feedback/home-card";
import { EmployeeTable } from "@/components/people/employee-table";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { requirePermission } from "@/lib/auth/viewer";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { pendingFeedbackHome } from "@/lib/feedback/home-queries";
import { listTeam } from "@/lib/people/queries";
import { calendarToday } from "@/lib/time";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Tim saya" };

type Search = { q?: string; page?: string };

export default async function TeamPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("read:team");
  const params = await searchParams;
  const [m, locale, team, pendingFeedback] = await Promise.all([
    getMessages(), getLocale(), listTeam(viewer, params.q, pageParam(params.page)), pendingFeedbackHome(viewer),
  ]);

  return (
    <>
      <PageHeader title={m.team.title} subtitle={m.team.subtitle} />
      <FeedbackHomeCard tasks={pendingFeedback.tasks} total={pendingFeedback.total} today={calendarToday()} m={m} locale={locale} />
      <Card>
        <SearchForm action="/tim" q={params.q} placeholder={m.common.searchPlaceholder} submitLabel={m.common.search} />
        {team.rows.length ? (
          <>
            <EmployeeTable
              rows={team.rows}
              m={m}
              linkTo={(row) => `/tim/${row.id}`}
              extra={{
                header: m.team.relation,
                cell: (row) =>
                  row.depth === 1 ? (
                    <Badge tone="brand">{m.team.direct}</Badge>
                  ) : (
                    <span>
                      <Badge>{m.team.indirect}</Badge>
                      {row.supervisorName ? <span className="mt-1 block text-xs text-slate-500">{row.supervisorName}</span> : null}
                    </span>
                  ),
              }}
            />
            <Pagination page={team} basePath="/tim" params={{ q: params.q }} labels={m.common} locale={locale} />
          </>
        ) : (
          <EmptyState title={params.q ? m.team.noMatch : m.team.empty} />
        )}
      </Card>
    </>
  );
}
