import "server-only";
import nodemailer from "nodemailer";
import type { MailSender } from "./sender";

/** A silent server fails the send well within the outbox's lease on a mail (CLAIM_LEASE_MINUTES in outbox.ts). */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as const;

/**
 * Sends through the SMTP server of `url` (smtp://user:pass@host:587, STARTTLS when offered; smtps:// for TLS
 * from the start), from `from`. A refusal or a network error rejects, so the outbox keeps the mail to retry.
 * One connection per mail: reminders are few, and nothing is left open between runs.
 */
export function smtpSender(url: string, from: string): MailSender {
  const transport = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  return async (mail) => {
    // The outbox id as Message-ID: should a mail go out twice (a worker died between sending and recording it),
    // the receiving server can tell it is the same message.
    const messageId = mail.id ? `<${mail.id}@bangkom.outbox>` : undefined;
    const info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.body, messageId });
    // A server may accept the message yet refuse its only recipient; that is a failure to deliver.
    if (info.rejected.length) throw new Error(`SMTP menolak penerima: ${info.rejected.join(", ")}`);
  };
}
