import Link from "@/components/ui/link";
import type { Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { openNotificationAction } from "@/lib/notification/actions";
import { noticeTraining, renderNotice } from "@/lib/notification/notices";
import type { InboxRow } from "@/lib/notification/queries";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatDateTime } from "@/components/catalog/format";

function Content({ item, m, locale }: { item: InboxRow; m: Messages; locale: Locale }) {
  const unread = !item.readAt;
  const { title, body } = renderNotice(m, locale, item.kind, item.params);
  return (
    <>
      <span className="flex flex-wrap items-center gap-2">
        {unread ? <Badge tone="brand">{m.trainingAsn.newBadge}</Badge> : null}
        <span className={cn("text-sm text-slate-900", unread && "font-semibold")}>{title}</span>
        {unread ? <span className="sr-only">({m.trainingAsn.unread})</span> : null}
      </span>
      {body ? <span className="mt-0.5 block break-words text-sm text-slate-600">{body}</span> : null}
      <span className="mt-1 block text-xs text-slate-500">{formatDateTime(item.createdAt, locale)}</span>
    </>
  );
}

/** "Pelatihan: Pelatihan Dasar CPNS · angkatan 3", linked to the training's page when it can be opened. */
function Training({ item, m }: { item: InboxRow; m: Messages }) {
  const training = noticeTraining(m, item.kind, item.params);
  if (!training) return null;
  return (
    <p className="px-4 pt-3 text-xs text-slate-600 sm:px-5" data-testid="notice-training">
      <span className="font-medium">{m.notices.training}:</span>{" "}
      {item.trainingHref ? (
        <Link href={item.trainingHref} className="break-words font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900">{training.label}</Link>
      ) : (
        <span className="break-words">{training.label}</span>
      )}
    </p>
  );
}

/**
 * Newest first; unread ones stand out. Each names its training above it, linked to the training's page. Opening
 * an unread one marks it read (a command, audited) and follows its link; a read one is a plain link, or plain
 * text when it has nowhere to go.
 */
export function NotificationList({ items, back, m, locale }: { items: InboxRow[]; back: string; m: Messages; locale: Locale }) {
  const rowClass = (item: InboxRow) => cn("block w-full px-4 pb-3 text-left sm:px-5", noticeTraining(m, item.kind, item.params) ? "pt-1" : "pt-3");
  return (
    <ul className="divide-y divide-slate-100" aria-label={m.trainingAsn.notificationsLabel} data-testid="notifications">
      {items.map((item) => (
        <li key={item.id} className={cn(!item.readAt && "bg-brand-50/60")} data-unread={item.readAt ? undefined : "true"}>
          <Training item={item} m={m} />
          {!item.readAt ? (
            <form action={openNotificationAction}>
              <input type="hidden" name="notificationId" value={item.id} />
              <input type="hidden" name="back" value={back} />
              {item.link ? <input type="hidden" name="link" value={item.link} /> : null}
              <button type="submit" className={cn(rowClass(item), "hover:bg-brand-50")}>
                <Content item={item} m={m} locale={locale} />
              </button>
            </form>
          ) : item.link ? (
            <Link href={item.link} className={cn(rowClass(item), "hover:bg-slate-50")}>
              <Content item={item} m={m} locale={locale} />
            </Link>
          ) : (
            <div className={rowClass(item)}>
              <Content item={item} m={m} locale={locale} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
