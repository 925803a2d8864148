import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/format";
import { en } from "@/lib/i18n/messages/en";
import { id } from "@/lib/i18n/messages/id";
import { renderNotice } from "@/lib/notification/notices";

/** A user's inbox, oldest first, worded as the reader sees it. */
export async function inboxOf(userId: string, locale: Locale = "id") {
  const rows = await db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((n) => ({ ...n, ...renderNotice(locale === "id" ? id : en, locale, n.kind, n.params) }));
}
