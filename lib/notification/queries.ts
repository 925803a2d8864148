import "server-only";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { paginate, type Page } from "@/lib/ui/pagination";

// The viewer's own inbox: filtered by their agency and their own user id, nothing else.

export const INBOX_PAGE_SIZE = 20;

const select = { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true } as const;
/** A notice as stored: its words come from renderNotice, in the reader's language. */
export type InboxItem = { id: string; kind: string; params: unknown; link: string | null; readAt: Date | null; createdAt: Date };
/** A notice with the page of the training it names, when the viewer may open the catalog and it still exists. */
export type InboxRow = InboxItem & { trainingHref: string | null };

const paramOf = (params: unknown, key: string): string | null => {
  const value = params && typeof params === "object" ? (params as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" && value ? value : null;
};

/**
 * The catalog page of each notice's training. New notices carry the program's id; older ones only its title, which
 * is looked up in the viewer's agency (one query per page), and left unlinked when no program has that title now.
 */
async function withTrainingLinks(viewer: Viewer, rows: InboxItem[]): Promise<InboxRow[]> {
  if (!hasPermission(viewer.roles, "read:catalog")) return rows.map((r) => ({ ...r, trainingHref: null }));
  const titles = [...new Set(rows.filter((r) => !paramOf(r.params, "programId")).map((r) => paramOf(r.params, "program")).filter((t): t is string => Boolean(t)))];
  const found = titles.length
    ? await db.program.findMany({ where: { agencyId: viewer.agencyId, title: { in: titles } }, select: { id: true, title: true } })
    : [];
  // A title two programs share is ambiguous: no link rather than the wrong one.
  const byTitle = new Map<string, string | null>();
  for (const p of found) byTitle.set(p.title, byTitle.has(p.title) ? null : p.id);
  return rows.map((r) => {
    const id = paramOf(r.params, "programId") ?? byTitle.get(paramOf(r.params, "program") ?? "") ?? null;
    return { ...r, trainingHref: id && /^[0-9a-f-]{36}$/i.test(id) ? `/pelatihan/${id}` : null };
  });
}

export async function listNotifications(viewer: Viewer, page = 1): Promise<Page<InboxRow>> {
  const where = { agencyId: viewer.agencyId, userId: viewer.userId };
  const list = await paginate(
    page,
    INBOX_PAGE_SIZE,
    () => db.notification.count({ where }),
    (skip, take) => db.notification.findMany({ where, select, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
  );
  return { ...list, rows: await withTrainingLinks(viewer, list.rows) };
}

/** The viewer's own unread notices: one count on the (userId, readAt, createdAt) index, for the menu's badge. */
export async function unreadCount(viewer: Viewer): Promise<number> {
  return db.notification.count({ where: { agencyId: viewer.agencyId, userId: viewer.userId, readAt: null } });
}
