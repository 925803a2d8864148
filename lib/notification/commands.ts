import "server-only";
import { z } from "zod";
import { defineCommand } from "@/lib/action";
import { AppError } from "@/lib/errors";

// Marking one's own notifications read. Scoped by the viewer's user id (and agency), so another user's
// notification id finds nothing. Every role holds "read:notification" for its own inbox.

/** Only links inside the app are followed: "/pelatihan/saya?…", never "//host" or "https://…". */
export function internalLink(link: string | null | undefined): string | null {
  return link && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\") ? link : null;
}

export const markNotificationRead = defineCommand({
  name: "notification.markRead",
  permission: "read:notification",
  schema: z.object({ notificationId: z.uuid("common.notFound") }),
  revalidate: ["/kotak-masuk"],
  successMessage: (m) => m.trainingAsn.markedRead,
  async run({ viewer, input, tx, audit }) {
    const notification = await tx.notification.findFirst({
      where: { id: input.notificationId, userId: viewer.userId, agencyId: viewer.agencyId },
      select: { id: true, link: true, readAt: true },
    });
    if (!notification) throw new AppError("NOT_FOUND", "common.notFound");
    const readAt = notification.readAt ?? new Date();
    if (!notification.readAt) await tx.notification.update({ where: { id: notification.id }, data: { readAt } });
    await audit({
      action: "read", entity: "Notification", entityId: notification.id,
      before: { readAt: notification.readAt?.toISOString() ?? null }, after: { readAt: readAt.toISOString() },
    });
    return { link: internalLink(notification.link) };
  },
});

export const markAllNotificationsRead = defineCommand({
  name: "notification.markAllRead",
  permission: "read:notification",
  schema: z.object({}),
  revalidate: ["/kotak-masuk"],
  successMessage: (m) => m.trainingAsn.markedAllRead,
  async run({ viewer, tx, audit }) {
    const { count } = await tx.notification.updateMany({
      where: { userId: viewer.userId, agencyId: viewer.agencyId, readAt: null },
      data: { readAt: new Date() },
    });
    await audit({ action: "read-all", entity: "Notification", entityId: viewer.userId, after: { count } });
    return { count };
  },
});
