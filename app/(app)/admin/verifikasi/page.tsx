import type { Metadata } from "next";
import { QueueTable } from "@/components/external/queue-table";
import { StatusTabs, type QueueTab } from "@/components/external/status-tabs";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { requirePermission } from "@/lib/auth/viewer";
import { STATUSES, verificationQueue } from "@/lib/external/queries";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Verifikasi pelatihan eksternal" };

type Search = { status?: string; q?: string; page?: string };

export default async function VerificationQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("verify:external-training");
  const params = await searchParams;
  const status: QueueTab = params.status === "ALL" ? "ALL" : STATUSES.find((s) => s === params.status) ?? "SUBMITTED";
  const q = params.q?.trim() || undefined;
  const [m, locale, queue] = await Promise.all([
    getMessages(),
    getLocale(),
    verificationQueue(viewer, { status, q, page: pageParam(params.page) }),
  ]);
  const t = m.external;

  return (
    <>
      <PageHeader title={t.queue.title} subtitle={t.queue.subtitle} />
      <Card>
        <StatusTabs current={status} counts={queue.counts} q={q} t={t} locale={locale} />
        <SearchForm action="/admin/verifikasi" q={q} placeholder={t.queue.searchPlaceholder} submitLabel={m.common.search}>
          <input type="hidden" name="status" value={status} />
        </SearchForm>
        {queue.page.rows.length ? (
          <>
            <QueueTable rows={queue.page.rows} viewerEmployeeId={viewer.employeeId} m={m} locale={locale} />
            <Pagination page={queue.page} basePath="/admin/verifikasi" params={{ status, q }} labels={m.common} locale={locale} />
          </>
        ) : (
          <EmptyState title={q ? t.queue.noMatch : t.queue.empty} />
        )}
      </Card>
    </>
  );
}
