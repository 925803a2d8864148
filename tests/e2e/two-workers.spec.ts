// The e2e server runs two workers (playwright.config.ts). Each keeps program data in its own memory (lib/cache),
// so these check that what one worker changes, the other shows at once: a registration's seat count (never
// cached) and an admin's change to a program's rundown (cached, dropped everywhere through PostgreSQL NOTIFY).
// Requests go over a new connection each (cluster hands connections, not requests, to workers), and every
// response names its worker in X-Bangkom-Worker.
import http from "node:http";
import { randomBytes } from "node:crypto";
import type { Browser } from "@playwright/test";
import { account, expect, loginAsAccount, serverActionId, sql, sqlOne, test } from "./fixtures";

type Answer = { status: number; worker: string; body: string };

function send(path: string, cookie: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const url = new URL(path, test.info().project.use.baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? "GET", agent: false, headers: { cookie, connection: "close", ...init.headers } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, worker: String(res.headers["x-bangkom-worker"] ?? ""), body }));
    });
    request.on("error", reject);
    request.end(init.body);
  });
}

/** Asks until each of the two workers has answered once. */
async function fromEachWorker(path: string, cookie: string): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  for (let i = 0; i < 40 && answers.size < 2; i++) {
    const answer = await send(path, cookie);
    expect(answer.status).toBe(200);
    expect(answer.worker).toMatch(/^\d+$/);
    if (!answers.has(answer.worker)) answers.set(answer.worker, answer);
  }
  expect([...answers.keys()]).toHaveLength(2);
  return answers;
}

/** The first answer from a worker other than `worker`. */
async function fromOtherWorker(path: string, cookie: string, worker: string): Promise<Answer> {
  for (let i = 0; i < 40; i++) {
    const answer = await send(path, cookie);
    if (answer.worker !== worker) return answer;
  }
  throw new Error(`only worker ${worker} answered`);
}

/** A server action called as its form would, with this cookie; returns the answer (and so the worker). */
function callAction(path: string, cookie: string, exportedName: string, input: Record<string, unknown>): Promise<Answer> {
  return send(path, cookie, {
    method: "POST",
    headers: {
      "Next-Action": serverActionId("lib/catalog/actions.ts", exportedName),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: new URL(test.info().project.use.baseURL!).origin,
    },
    body: JSON.stringify([{ ok: false }, input]),
  });
}

async function cookieOf(browser: Browser, role: "ADMIN" | "ASN"): Promise<string> {
  const context = await browser.newContext();
  await loginAsAccount(context, account(role).login);
  const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await context.close();
  return cookies;
}

/** The text of a batch's card on a program page. */
function card(html: string, batchId: string): string {
  const start = html.indexOf(`id="angkatan-${batchId}"`);
  expect(start).toBeGreaterThan(-1);
  // The card's own element carries the test id too: the next card starts at the following one.
  const own = html.indexOf('data-testid="batch-card"', start);
  const next = html.indexOf('data-testid="batch-card"', own + 1);
  return html.slice(start, next === -1 ? undefined : next);
}
const seatsLeft = (html: string, batchId: string) => Number(/(\d+) (?:dari|of) \d+ (?:kursi|seats)/.exec(card(html, batchId))?.[1]);
const plannedJp = (html: string, batchId: string) => /data-testid="planned-jp">([^<]*)</.exec(card(html, batchId))?.[1];

/** An OPEN batch of a program of its own on a day of its own, with two learning sessions (3 h in all). */
async function openBatch() {
  const day = new Date(Date.now() + (400 + randomBytes(2).readUInt16BE() % 2000) * 86_400_000).toISOString().slice(0, 10);
  const { agencyId } = await sqlOne<{ agencyId: string }>(`SELECT "agencyId" FROM "User" WHERE email = $1`, [account("ADMIN").login]);
  const { programId } = await sqlOne<{ programId: string }>(
    `INSERT INTO "Program" (id, "agencyId", title, description, objectives, "routeCode", organiser, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, '', '', 'KL10', 'BKPP', now()) RETURNING id AS "programId"`,
    [agencyId, `Bimtek Dua Pekerja ${randomBytes(3).toString("hex")}`],
  );
  const { batchId } = await sqlOne<{ batchId: string }>(
    `INSERT INTO "Batch" (id, "agencyId", "programId", number, "startDate", "endDate", capacity, "confirmedCount", "registrationOpensAt", "registrationClosesAt", status, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 1, $3::date, $3::date, 5, 0, now() - interval '1 day', now() + interval '5 days', 'OPEN', now()) RETURNING id AS "batchId"`,
    [agencyId, programId, day],
  );
  await sql(
    `INSERT INTO "RundownSession" (id, "agencyId", "batchId", date, "startMinute", "endMinute", "plannedMinutes", title, kind)
     VALUES (gen_random_uuid(), $1, $2, $3::date, 480, 600, 120, 'Materi inti', 'LEARNING'),
            (gen_random_uuid(), $1, $2, $3::date, 600, 660, 60, 'Materi tambahan', 'LEARNING')`,
    [agencyId, batchId, day],
  );
  const { sessionId } = await sqlOne<{ sessionId: string }>(`SELECT id AS "sessionId" FROM "RundownSession" WHERE "batchId" = $1 AND title = 'Materi tambahan'`, [batchId]);
  // Someone in service with no registration that day: a new batch day, so any employee without one will do.
  const { nip } = await sqlOne<{ nip: string }>(
    `SELECT nip FROM "Employee" WHERE "agencyId" = $1 AND "serviceEndDate" IS NULL AND nip NOT IN ($2, $3) ORDER BY random() LIMIT 1`,
    [agencyId, account("ASN").login, account("SUPERVISOR").login],
  );
  return { programId, batchId, sessionId, nip };
}

test("what one worker changes, the other worker shows at once", async ({ browser }) => {
  const { programId, batchId, sessionId, nip } = await openBatch();
  const [admin, asn] = [await cookieOf(browser, "ADMIN"), await cookieOf(browser, "ASN")];
  const page = `/pelatihan/${programId}`;

  // Both workers have served (and so cached) the program page: 5 of 5 seats, 3 h of planned JP.
  const before = await fromEachWorker(page, asn);
  for (const answer of before.values()) {
    expect(seatsLeft(answer.body, batchId)).toBe(5);
    expect(plannedJp(answer.body, batchId)).toContain("180 menit");
  }

  // (a) The admin enrols someone through one worker; the other worker's page shows the seat taken at once.
  const enrolled = await callAction(`/admin/angkatan/${batchId}`, admin, "enrolByNipAction", { batchId, nip });
  expect(enrolled.status).toBe(200);
  expect((await sqlOne<{ confirmedCount: number }>(`SELECT "confirmedCount" FROM "Batch" WHERE id = $1`, [batchId])).confirmedCount).toBe(1);
  const seatElsewhere = await fromOtherWorker(page, asn, enrolled.worker);
  expect(seatsLeft(seatElsewhere.body, batchId)).toBe(4);

  // (b) The admin cancels a session through one worker; the other worker's page drops it from the planned JP at once.
  const cancelled = await callAction(`/admin/angkatan/${batchId}`, admin, "changeSessionAction", { sessionId, batchId, mode: "cancel", reason: "Narasumber berhalangan" });
  expect(cancelled.status).toBe(200);
  expect((await sqlOne<{ cancelled: boolean }>(`SELECT cancelled FROM "RundownSession" WHERE id = $1`, [sessionId])).cancelled).toBe(true);
  const programElsewhere = await fromOtherWorker(page, asn, cancelled.worker);
  expect(plannedJp(programElsewhere.body, batchId)).toContain("120 menit");
  expect(seatsLeft(programElsewhere.body, batchId)).toBe(4);

  // And every worker agrees from then on.
  for (const answer of (await fromEachWorker(page, asn)).values()) {
    expect(plannedJp(answer.body, batchId)).toContain("120 menit");
    expect(seatsLeft(answer.body, batchId)).toBe(4);
  }
});
