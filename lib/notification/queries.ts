import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { paginate, type Page } from "@/lib/ui/pagination";

// The viewer's own inbox: filtered by their agency and their own user id, nothing else.

export const INBOX_PAGE_SIZE = 20;

const select = { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true } as const;
/** A notice as stored: its words come from renderNotice, in the reader's language. */
export type InboxItem = { id: string; kind: string; params: unknown; link: string | null; readAt: Date | null; createdAt: Date };

export async function listNotifications(viewer: Viewer, page = 1): Promise<Page<InboxItem>> {
  const where = { agencyId: viewer.agencyId, userId: viewer.userId };
  return paginate(
    page,
    INBOX_PAGE_SIZE,
    () => db.notification.count({ where }),
    (skip, take) => db.notification.findMany({ where, select, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
  );
}

export async function unreadCount(viewer: Viewer): Promise<number> {
  return db.notification.count({ where: { agencyId: viewer.agencyId, userId: viewer.userId, readAt: null } });
}
