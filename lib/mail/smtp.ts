import "server-only";
import nodemailer from "nodemailer";
import type { MailSender } from "./sender";

/** No wait on a silent server may outlast the outbox's per-mail transaction (SEND_TRANSACTION_MS in outbox.ts). */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as const;

/**
 * Sends through the SMTP server of `url` (smtp://user:pass@host:587, STARTTLS when offered; smtps:// for TLS
 * from the start), from `from`. A refusal or a network error rejects, so the outbox keeps the mail to retry.
 * One connection per mail: reminders are few, and nothing is left open between runs.
 */
export function smtpSender(url: string, from: string): MailSender {
  const transport = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  return async (mail) => {
    const info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.body });
    // A server may accept the message yet refuse its only recipient; that is a failure to deliver.
    if (info.rejected.length) throw new Error(`SMTP menolak penerima: ${info.rejected.join(", ")}`);
  };
}
