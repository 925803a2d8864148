import "server-only";
import { db } from "@/lib/db";

export type Mail = { to: string; subject: string; body: string };
export type MailSender = (mail: Mail) => Promise<void>;

/**
 * The development sender: the mail is written to the server log. An SMTP sender is not built yet; it would be
 * chosen here from the environment.
 */
export const consoleSender: MailSender = async (mail) => {
  console.log(`[mail] to ${mail.to}: ${mail.subject}\n${mail.body}`);
};

/**
 * Sends what waits in the outbox, oldest first. Rows are claimed with SKIP LOCKED, so two workers never send
 * the same mail; a failure is recorded on the row and retried on a later run (at most five attempts).
 */
export async function drainOutbox(client: typeof db = db, send: MailSender = consoleSender, limit = 50): Promise<number> {
  return client.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; toAddress: string; subject: string; body: string }[]>`
      SELECT id::text, "toAddress", subject, body FROM "EmailOutbox"
      WHERE "sentAt" IS NULL AND attempts < 5 ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    let sent = 0;
    for (const row of rows) {
      try {
        await send({ to: row.toAddress, subject: row.subject, body: row.body });
        await tx.emailOutbox.update({ where: { id: row.id }, data: { sentAt: new Date(), attempts: { increment: 1 } } });
        sent += 1;
      } catch (error) {
        await tx.emailOutbox.update({ where: { id: row.id }, data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 500) } });
      }
    }
    return sent;
  });
}
