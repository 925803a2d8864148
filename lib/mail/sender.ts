import "server-only";
import { env } from "@/lib/env";
import { smtpSender } from "./smtp";

/** `id`: the outbox row it comes from, when it does. */
export type Mail = { id?: string; to: string; subject: string; body: string };
export type MailSender = (mail: Mail) => Promise<void>;

/** The development sender: the mail is written to the server log. */
export const consoleSender: MailSender = async (mail) => {
  console.log(`[mail] to ${mail.to}: ${mail.subject}\n${mail.body}`);
};

/** SMTP when SMTP_URL and MAIL_FROM are set (lib/env.ts checks they come together), else the console. */
export function mailSender(config: { SMTP_URL?: string; MAIL_FROM?: string } = env()): MailSender {
  return config.SMTP_URL && config.MAIL_FROM ? smtpSender(config.SMTP_URL, config.MAIL_FROM) : consoleSender;
}
