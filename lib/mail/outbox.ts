import "server-only";
import { db } from "@/lib/db";
import { mailSender, type MailSender } from "./sender";
import { SMTP_TIMEOUTS } from "./smtp";

export type { Mail, MailSender } from "./sender";
export { consoleSender } from "./sender";

/** One mail's transaction outlasts every SMTP timeout, so a slow server fails the send, not the transaction. */
export const SEND_TRANSACTION_MS = SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + SMTP_TIMEOUTS.socketTimeout + 10_000;
export const MAX_ATTEMPTS = 5;

type Row = { id: string; toAddress: string; subject: string; body: string };

/**
 * Sends what waits in the outbox, oldest first, at most `limit` mails. Each mail is claimed with SKIP LOCKED
 * and sent in a transaction of its own, so two workers never send the same mail and a slow server holds one
 * row, not the whole batch. A failure is recorded on the row (attempts, lastError) and retried on a later run,
 * at most MAX_ATTEMPTS times; a mail that failed is not tried again in the same run.
 */
export async function drainOutbox(client: typeof db = db, send: MailSender = mailSender(), limit = 50): Promise<number> {
  const tried: string[] = [];
  let sent = 0;
  while (tried.length < limit) {
    const outcome = await client.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<Row[]>`
          SELECT id::text, "toAddress", subject, body FROM "EmailOutbox"
          WHERE "sentAt" IS NULL AND attempts < ${MAX_ATTEMPTS}::int AND NOT (id = ANY(${tried}::uuid[]))
          ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!row) return null;
        tried.push(row.id);
        try {
          await send({ to: row.toAddress, subject: row.subject, body: row.body });
          await tx.emailOutbox.update({ where: { id: row.id }, data: { sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
          return "sent" as const;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          console.error(`[mail] gagal mengirim ke ${row.toAddress}: ${message}`);
          await tx.emailOutbox.update({ where: { id: row.id }, data: { attempts: { increment: 1 }, lastError: message.slice(0, 500) } });
          return "failed" as const;
        }
      },
      { timeout: SEND_TRANSACTION_MS },
    );
    if (outcome === null) break;
    if (outcome === "sent") sent += 1;
  }
  return sent;
}
