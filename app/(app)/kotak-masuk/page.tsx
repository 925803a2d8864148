import type { Metadata } from "next";
import { MarkAllRead } from "@/components/inbox/mark-all-read";
import { NotificationList } from "@/components/inbox/notification-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { pageViewer } from "@/lib/auth/viewer";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { internalLink } from "@/lib/notification/commands";
import { listNotifications, unreadCount } from "@/lib/notification/queries";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Kotak masuk" };

// Every signed-in user has an inbox of their own; the queries read only the viewer's own notifications.
export default async function InboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const viewer = await pageViewer();
  const params = await searchParams;
  const [m, locale, list, unread] = await Promise.all([getMessages(), getLocale(), listNotifications(viewer, pageParam(params.page)), unreadCount(viewer)]);
  const t = m.trainingAsn;
  const back = list.page > 1 ? `/kotak-masuk?page=${list.page}` : "/kotak-masuk";

  return (
    <>
      <PageHeader title={t.inboxTitle} subtitle={list.total ? (unread ? interpolate(t.unreadCount, { count: unread }) : t.allReadSubtitle) : undefined}>
        {unread ? <MarkAllRead labels={{ submit: t.markAllRead, working: t.markingAllRead }} /> : null}
      </PageHeader>
      <Card>
        {list.rows.length ? (
          <>
            <NotificationList items={list.rows.map((n) => ({ ...n, link: internalLink(n.link) }))} back={back} m={m} locale={locale} />
            <Pagination page={list} basePath="/kotak-masuk" params={{}} labels={m.common} locale={locale} />
          </>
        ) : (
          <EmptyState title={t.inboxEmpty}>{t.inboxEmptyHint}</EmptyState>
        )}
      </Card>
    </>
  );
}
