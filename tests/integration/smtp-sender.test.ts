// E-mail through SMTP, against a real SMTP server in this process (smtp-server on a random port): a feedback
// reminder's outbox row is delivered with its recipient, subject and body, and marked sent; a refused or failed
// delivery leaves the row unsent, with the error, to be retried by a later run.
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDueFeedbackTasks, sendFeedbackReminders } from "@/lib/feedback/schedule";
import { drainOutbox } from "@/lib/mail/outbox";
import { consoleSender, mailSender } from "@/lib/mail/sender";
import { smtpSender } from "@/lib/mail/smtp";
import { buildWorld, type World } from "./world";

type Received = { from: string; to: string[]; raw: string };

/** An SMTP server on 127.0.0.1 that keeps what it receives; `refuse` makes it refuse every recipient. */
async function startServer(options: Partial<SMTPServerOptions> = {}) {
  const received: Received[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "bangkom" && auth.password === "rahasia") return callback(null, { user: auth.username });
      return callback(new Error("Invalid username or password"));
    },
    onRcptTo(address, _session, callback) {
      if (state.refuse) return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The text of a received message: headers apart, quoted-printable soft breaks and escapes undone. */
function parse(raw: string) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, "im").exec(head!)?.[1]?.trim();
  let body = rest.join("\n\n");
  if (/quoted-printable/i.test(header("Content-Transfer-Encoding") ?? "")) {
    body = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return { subject: header("Subject"), from: header("From"), to: header("To"), body: body.trim() };
}

let w: World;
let server: Awaited<ReturnType<typeof startServer>>;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeEach(async () => {
  w = await buildWorld();
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

/** Kabid's first reminder about Staf Satu's completed batch, waiting in the outbox; returns its row id. */
async function reminderInOutbox(address: string) {
  const agencyId = w.agencyA.id;
  await db.employee.update({ where: { id: w.people.kabid.id }, data: { email: address } });
  const program = await db.program.create({ data: { agencyId, title: "Bimtek Tata Kelola Arsip Dinamis", description: "", objectives: "", routeCode: "KL10", organiser: "BKPP" } });
  const batch = await db.batch.create({
    data: { agencyId, programId: program.id, number: 2, startDate: day("2026-03-10"), endDate: day("2026-03-10"), capacity: 10, confirmedCount: 1, registrationOpensAt: day("2026-01-01"), registrationClosesAt: day("2026-01-02"), status: "DONE", doneAt: new Date() },
  });
  await db.enrolment.create({ data: { agencyId, batchId: batch.id, employeeId: w.people.staff1.id, status: "CONFIRMED", origin: "SELF", completed: true } });
  await createDueFeedbackTasks(day("2026-06-10"));
  await sendFeedbackReminders(day("2026-06-17"));
  const row = await db.emailOutbox.findFirstOrThrow({ where: { toAddress: address } });
  return row.id;
}

const FROM = "Bangkom BKPP <noreply@bkpp.uji.go.id>";
const url = (auth = "bangkom:rahasia") => `smtp://${auth}@127.0.0.1:${server.port}`;

describe("the SMTP sender", () => {
  it("delivers a reminder from the outbox with its recipient, subject and body, and marks it sent", async () => {
    const id = await reminderInOutbox("kabid.smtp1@uji.go.id");
    expect(await drainOutbox(db, smtpSender(url(), FROM))).toBeGreaterThanOrEqual(1);

    const mine = server.received.filter((m) => m.to.includes("kabid.smtp1@uji.go.id"));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.from).toBe("noreply@bkpp.uji.go.id");
    const mail = parse(mine[0]!.raw);
    expect(mail.subject).toBe("Pengingat umpan balik pasca-pelatihan");
    expect(mail.from).toBe("Bangkom BKPP <noreply@bkpp.uji.go.id>");
    expect(mail.to).toBe("kabid.smtp1@uji.go.id");
    expect(mail.body).toBe('Pengingat 1: umpan balik untuk Staf Satu atas "Bimtek Tata Kelola Arsip Dinamis" belum diisi (jatuh tempo 10 Juni 2026).');
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ attempts: 1, lastError: null, sentAt: expect.any(Date) });

    // Sent once: a second run finds nothing to send for it.
    await drainOutbox(db, smtpSender(url(), FROM));
    expect(server.received.filter((m) => m.to.includes("kabid.smtp1@uji.go.id"))).toHaveLength(1);
  });

  it("leaves a refused mail unsent with the error, tries it once per run, and sends it when the server accepts", async () => {
    const id = await reminderInOutbox("kabid.smtp2@uji.go.id");
    server.state.refuse = true;
    await drainOutbox(db, smtpSender(url(), FROM));
    const refused = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(refused).toMatchObject({ sentAt: null, attempts: 1 });
    expect(refused.lastError).toMatch(/550|Mailbox unavailable/);
    expect(server.received.filter((m) => m.to.includes("kabid.smtp2@uji.go.id"))).toHaveLength(0);

    server.state.refuse = false;
    await drainOutbox(db, smtpSender(url(), FROM));
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ attempts: 2, lastError: null, sentAt: expect.any(Date) });
    expect(server.received.filter((m) => m.to.includes("kabid.smtp2@uji.go.id"))).toHaveLength(1);
  });

  it("leaves the mail unsent when the credentials are wrong or no server answers", async () => {
    const id = await reminderInOutbox("kabid.smtp3@uji.go.id");
    await drainOutbox(db, smtpSender(url("bangkom:salah"), FROM));
    const wrongPassword = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(wrongPassword).toMatchObject({ sentAt: null, attempts: 1 });
    expect(wrongPassword.lastError).toMatch(/Invalid username or password|535/);

    await server.close();
    await drainOutbox(db, smtpSender(url(), FROM));
    const noServer = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(noServer).toMatchObject({ sentAt: null, attempts: 2 });
    expect(noServer.lastError).toMatch(/ECONNREFUSED/);
    server = await startServer(); // for afterEach
  });

  it("is chosen when SMTP_URL and MAIL_FROM are set; otherwise mail goes to the log", async () => {
    expect(mailSender({})).toBe(consoleSender);
    const id = await reminderInOutbox("kabid.smtp4@uji.go.id");
    await drainOutbox(db, mailSender({ SMTP_URL: url(), MAIL_FROM: FROM }));
    expect(server.received.filter((m) => m.to.includes("kabid.smtp4@uji.go.id"))).toHaveLength(1);
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id } })).sentAt).not.toBeNull();
  });

  it("never sends a mail twice when two workers drain at once behind a slow server, and marks it with its outbox id", async () => {
    const id = await reminderInOutbox("kabid.smtp5@uji.go.id");
    const slow = smtpSender(url(), FROM);
    const slowly = async (mail: Parameters<typeof slow>[0]) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await slow(mail);
    };
    await Promise.all([drainOutbox(db, slowly), drainOutbox(db, slowly)]);
    const mine = server.received.filter((m) => m.to.includes("kabid.smtp5@uji.go.id"));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.raw).toMatch(new RegExp(`^Message-ID: <${id}@bangkom.outbox>`, "im"));
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ attempts: 1, sentAt: expect.any(Date) });
  });

  it("leaves a mail another worker is sending alone, and takes it again once that worker's lease has run out", async () => {
    const id = await reminderInOutbox("kabid.smtp6@uji.go.id");
    await db.emailOutbox.update({ where: { id }, data: { claimedAt: new Date(), attempts: 1 } });
    await drainOutbox(db, smtpSender(url(), FROM));
    expect(server.received.filter((m) => m.to.includes("kabid.smtp6@uji.go.id"))).toHaveLength(0);

    await db.emailOutbox.update({ where: { id }, data: { claimedAt: new Date(Date.now() - 16 * 60_000) } });
    await drainOutbox(db, smtpSender(url(), FROM));
    expect(server.received.filter((m) => m.to.includes("kabid.smtp6@uji.go.id"))).toHaveLength(1);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ attempts: 2, sentAt: expect.any(Date) });
  });
});
