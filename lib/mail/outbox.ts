import "server-only";
import { db } from "@/lib/db";
import { mailSender, type MailSender } from "./sender";

export type { Mail, MailSender } from "./sender";
export { consoleSender } from "./sender";

export const MAX_ATTEMPTS = 5;
/** A claimed mail nobody recorded as sent or failed (its worker died) is taken again after this. */
export const CLAIM_LEASE_MINUTES = 15;

type Row = { id: string; toAddress: string; subject: string; body: string };

/**
 * Sends what waits in the outbox, oldest first, at most `limit` mails. Each mail is claimed in a statement of
 * its own (SKIP LOCKED, counting the attempt, with a lease), sent outside any transaction, then recorded as
 * sent or failed. So no database transaction waits on a mail server, two workers never send the same mail, and
 * a slow server cannot roll back a mail that went out. A failure is kept (lastError) and retried on a later
 * run, at most MAX_ATTEMPTS times; a mail that failed is not tried again in the same run. A worker that dies
 * mid-send leaves the mail to be sent again after the lease, with the same Message-ID.
 */
export async function drainOutbox(client: typeof db = db, send: MailSender = mailSender(), limit = 50): Promise<number> {
  const tried: string[] = [];
  let sent = 0;
  while (tried.length < limit) {
    const [row] = await client.$queryRaw<Row[]>`
      UPDATE "EmailOutbox" SET attempts = attempts + 1, "claimedAt" = now()
      WHERE id = (
        SELECT id FROM "EmailOutbox"
        WHERE "sentAt" IS NULL AND attempts < ${MAX_ATTEMPTS}::int AND NOT (id = ANY(${tried}::uuid[]))
          AND ("claimedAt" IS NULL OR "claimedAt" < now() - make_interval(mins => ${CLAIM_LEASE_MINUTES}::int))
        ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id::text, "toAddress", subject, body`;
    if (!row) break;
    tried.push(row.id);
    try {
      await send({ id: row.id, to: row.toAddress, subject: row.subject, body: row.body });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[mail] gagal mengirim ke ${row.toAddress}: ${message}`);
      await client.emailOutbox.update({ where: { id: row.id }, data: { claimedAt: null, lastError: message.slice(0, 500) } });
      continue;
    }
    await client.emailOutbox.update({ where: { id: row.id }, data: { sentAt: new Date(), lastError: null } });
    sent += 1;
  }
  return sent;
}
