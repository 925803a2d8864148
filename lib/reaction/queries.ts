import "server-only";
import { employeeScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { draftSheet, inviteOrder, type Sheet, type SheetItem } from "./rules";
import { sheetItems } from "./sheet";
import { isUuid } from "@/lib/uuid";

// The participant's side: their own invitations only. Another person's invite id finds nothing, whoever
// asks (an admin included: answering is "answer:reaction:own", which only ASN hold).


/** The viewer's own invitations as a Prisma filter; null when they may answer none. */
export async function ownInvites(viewer: Viewer, client: Tx | typeof db = db): Promise<Prisma.ReactionInviteWhereInput | null> {
  if (!viewer.employeeId) return null;
  const scope = await employeeScope(viewer, "answer:reaction", client);
  if (!scope) return null;
  return { agencyId: viewer.agencyId, enrolment: { employeeId: viewer.employeeId, agencyId: viewer.agencyId, employee: scope } };
}

const batchSelect = { id: true, number: true, startDate: true, endDate: true, program: { select: { title: true } } } as const;

/** The viewer's invitations: those to answer first (drafts, then new), then answered; newest batch first. */
export async function myInvites(viewer: Viewer) {
  const where = await ownInvites(viewer);
  if (!where) return [];
  const rows = await db.reactionInvite.findMany({
    where,
    select: { id: true, status: true, createdAt: true, set: { select: { anonymous: true } }, enrolment: { select: { batch: { select: batchSelect } } } },
    take: 500,
  });
  return rows
    .map(({ enrolment, set, ...r }) => ({ ...r, anonymous: set.anonymous, batch: enrolment.batch }))
    .sort((a, b) => inviteOrder({ status: a.status, endDate: a.batch.endDate }, { status: b.status, endDate: b.batch.endDate }));
}
export type MyInvite = Awaited<ReturnType<typeof myInvites>>[number];

export type InviteSheet = {
  id: string;
  status: "PENDING" | "DRAFT" | "SUBMITTED";
  anonymous: boolean;
  setName: string;
  batch: { number: number; startDate: Date; endDate: Date; program: { title: string } };
  items: SheetItem[];
  /** The saved draft (empty once submitted: the draft is cleared on submission). */
  draft: Sheet;
};

/** One of the viewer's own invitations with its sheet and saved draft; null when not theirs or unknown. */
export async function inviteSheet(viewer: Viewer, inviteId: string): Promise<InviteSheet | null> {
  if (!isUuid(inviteId)) return null;
  const where = await ownInvites(viewer);
  if (!where) return null;
  const invite = await db.reactionInvite.findFirst({
    where: { AND: [where, { id: inviteId }] },
    select: {
      id: true, status: true, draft: true, batchId: true, questionSetId: true,
      set: { select: { name: true, anonymous: true } },
      enrolment: { select: { batch: { select: batchSelect } } },
    },
  });
  if (!invite) return null;
  const items = await sheetItems(db, viewer.agencyId, invite);
  return {
    id: invite.id,
    status: invite.status,
    anonymous: invite.set.anonymous,
    setName: invite.set.name,
    batch: invite.enrolment.batch,
    items,
    draft: invite.status === "SUBMITTED" ? {} : draftSheet(items, invite.draft),
  };
}
