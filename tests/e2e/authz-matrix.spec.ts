// The authorisation matrix over HTTP: every page and route handler of tests/authz/pages.ts (which the integration
// matrix checks against app/), requested signed out, as each demo role and as the admin of another agency, on
// the demo ASN's records, another unit's, and another agency's. Every server action is also posted to signed out.
// Allowed: 200 (or a redirect that is not to /login); refused: 401/403/404; signed out: sent to /login.
// Any answer an actor may read must not contain the other agency's data.
import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { ACTIONS } from "../authz/actions";
import { createOtherAgency, demoRecord, otherAgencyRecord, relations, removeOtherAgency, B_MARKER, type OtherAgency, type Target } from "../authz/e2e-records";
import { isAllowed, relationsToAgency, type ActorShape } from "../authz/grants";
import { PAGES, RECORD_KINDS, ROUTES, type PageEntry } from "../authz/pages";
import type { Role } from "@/lib/auth/permissions";
import { account, expect, signIn, sql, test } from "./fixtures";

type Actor = { key: string; login: string | null; shape: ActorShape | null; request?: APIRequestContext; context?: BrowserContext };
type Outcome = "ok" | "refused" | "login" | `error ${number}`;

/** One signed-in request context per actor. The one place that signs in: switch it to a session fixture when there is one. */
async function signedIn(browser: Browser, login: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, login);
  // Generous: argon2 is slow on purpose, and the first requests of a fresh server are slower still.
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 30_000 });
  await page.close();
  return context;
}

async function shapeOf(login: string): Promise<ActorShape> {
  const [user] = await sql<{ agencyId: string; employeeId: string | null; roles: Role[]; paths: string[] }>(
    `SELECT u."agencyId"::text AS "agencyId", u."employeeId"::text AS "employeeId", array_agg(DISTINCT r.role::text) AS roles,
            array_remove(array_agg(DISTINCT un.path), NULL) AS paths
     FROM "User" u LEFT JOIN "Employee" e ON e.id = u."employeeId" JOIN "UserRole" r ON r."userId" = u.id LEFT JOIN "OrgUnit" un ON un.id = r."unitId"
     WHERE u.email = $1 OR e.nip = $1 GROUP BY u.id`, [login]);
  return { agencyId: user!.agencyId, employeeId: user!.employeeId, roles: user!.roles, operatorUnits: user!.paths.map((p) => ({ path: p })) };
}

function classify(status: number, location: string | undefined): Outcome {
  if (status === 200 || status === 204) return "ok";
  if (status >= 300 && status < 400) return location && /\/login(\?|$)/.test(new URL(location, "http://x").pathname + "?") ? "login" : "ok";
  if (status === 401 || status === 403 || status === 404) return "refused";
  return `error ${status}`;
}

async function pool<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(Array.from({ length: size }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
  }));
}


test("every page and route handler, by every role, on own, team, unit and other-agency records", async ({ browser }) => {
  test.setTimeout(600_000); // 632 requests took 3.7 to 4 min on a shared two-core machine under heavy load
  const admin = account("ADMIN");
  const demoAgency = (await shapeOf(admin.login)).agencyId;
  const [rina] = await sql<{ id: string }>(`SELECT id::text AS id FROM "Employee" WHERE nip = $1`, [account("ASN").login]);
  const [file] = await sql<{ fileKey: string }>(`SELECT "fileKey" FROM "ExternalTraining" WHERE "employeeId" = $1 LIMIT 1`, [rina!.id]);
  const other: OtherAgency = await createOtherAgency(sql, { adminEmail: admin.login, rinaFileKey: file?.fileKey ?? null });
  const contexts: BrowserContext[] = [];
  try {
    const actors: Actor[] = [{ key: "signed out", login: null, shape: null }];
    for (const role of ["ASN", "SUPERVISOR", "OPERATOR", "TRAINER", "ADMIN"] as const) actors.push({ key: role, login: account(role).login, shape: await shapeOf(account(role).login) });
    // The demo ASN has no certificate, feedback task or reaction invitation: her team-mate with the most of them
    // stands in as the owner of those (not the account sign-in.spec.ts signs out: the highest NIP with an account).
    const supervisorId = actors.find((a) => a.key === "SUPERVISOR")!.shape!.employeeId!;
    const [mate] = await sql<{ id: string; nip: string }>(
      `SELECT e.id::text AS id, e.nip FROM "Employee" e JOIN "User" u ON u."employeeId" = e.id
       WHERE e."supervisorId" = $1 AND e.id <> $2 AND e.nip < (SELECT max(x.nip) FROM "Employee" x JOIN "User" y ON y."employeeId" = x.id)
       ORDER BY (SELECT count(*) FROM "Certificate" c WHERE c."employeeId" = e.id) + (SELECT count(*) FROM "FeedbackTask" f WHERE f."employeeId" = e.id)
              + (SELECT count(*) FROM "ReactionInvite" i JOIN "Enrolment" n ON n.id = i."enrolmentId" WHERE n."employeeId" = e.id) DESC, e.nip LIMIT 1`,
      [supervisorId, rina!.id]);
    if (mate) actors.push({ key: "ASN (team-mate)", login: mate.nip, shape: await shapeOf(mate.nip) });
    actors.push({ key: "ADMIN of another agency", login: other.adminEmail, shape: await shapeOf(other.adminEmail) });
    for (const actor of actors) {
      if (!actor.login) continue;
      actor.context = await signedIn(browser, actor.login);
      actor.request = actor.context.request;
      contexts.push(actor.context);
    }
    const anonymous = await browser.newContext();
    contexts.push(anonymous);
    actors[0]!.request = anonymous.request;

    const operator = actors.find((a) => a.key === "OPERATOR")!.shape!;
    const demo = {
      agencyId: demoAgency, mineIds: [rina!.id, ...(mate ? [mate.id] : [])], operatorPath: operator.operatorUnits[0]!.path, supervisorId,
      actorEmployeeIds: actors.flatMap((a) => (a.shape?.employeeId ? [a.shape.employeeId] : [])),
    };

    // Every URL to try: [entry key, url, target, record kind and id]
    type Job = { key: string; entry: PageEntry; url: string; target: Target | null; kind?: keyof typeof RECORD_KINDS; id?: string };
    const jobs: Job[] = [];
    const skipped: string[] = [];
    const entries = [...Object.entries(PAGES).map(([k, e]) => [k, k, e] as const), ...Object.entries(ROUTES).map(([k, e]) => [k, k.split(" ")[1]!, e] as const)];
    for (const [key, pattern, entry] of entries) {
      if (entry.notRequested) continue;
      // The first [param] decides who may open the page; any further one (a heatmap cell's competency) is a record
      // of the same agency, so the URL names a real thing on every target.
      const [[param, kind] = [], ...further] = Object.entries(entry.params ?? {});
      if (!param || !kind) {
        jobs.push({ key, entry, url: pattern + (entry.query ?? ""), target: null });
        continue;
      }
      const targets: Target[] = RECORD_KINDS[kind] === "employee" ? ["mine", "otherUnit", "otherAgency"] : RECORD_KINDS[kind] === "agency" ? ["homeAgency", "otherAgency"] : ["homeAgency"];
      const recordFor = async (k: keyof typeof RECORD_KINDS, target: Target) =>
        target === "otherAgency" ? otherAgencyRecord(k, other) : await demoRecord(sql, k, RECORD_KINDS[k] === "employee" ? target : "homeAgency", demo);
      for (const target of targets) {
        const id = await recordFor(kind, target);
        if (!id) {
          skipped.push(`${key} on ${target}: the demo has no ${kind} record for it`);
          continue;
        }
        let url = pattern.replace(`[${param}]`, id);
        for (const [p, k] of further) url = url.replace(`[${p}]`, (await recordFor(k, target)) ?? `no-${k}`);
        jobs.push({ key, entry, url: url + (entry.query ?? ""), target, kind, id });
      }
    }

    const wrong: string[] = [];
    let tried = 0;
    const agencies = { home: demoAgency, other: other.agencyId };
    await pool(jobs.flatMap((job) => actors.map((actor) => ({ job, actor }))), 4, async ({ job, actor }) => {
      const method = job.key.startsWith("POST ") ? "post" : "get";
      const response = await actor.request![method](job.url, { maxRedirects: 0, failOnStatusCode: false });
      const outcome = response.status() === job.entry.okStatus ? "ok" : classify(response.status(), response.headers().location);
      tried += 1;
      let expected: Outcome;
      if (job.entry.who === "everyone") expected = "ok";
      else if (!actor.shape) expected = "login";
      else if (job.entry.who === "signedIn") expected = "ok";
      else {
        // A public record (an import kind's name, a certificate code) belongs to no agency: the actor acts in their own.
        const agencyRecord = job.kind && RECORD_KINDS[job.kind] !== "public";
        const rel = job.kind && agencyRecord && job.id && job.target ? await relations(sql, actor.shape, job.kind, job.id, job.target, agencies) : relationsToAgency(actor.shape, actor.shape.agencyId);
        expected = isAllowed(job.entry.who, actor.shape, rel) ? "ok" : "refused";
      }
      if (outcome !== expected) wrong.push(`${job.key} as ${actor.key}${job.target ? ` on ${job.target}` : ""}: expected ${expected}, got ${outcome} (${response.status()})`);
      // What an actor may read must not show another agency's data (public pages such as certificate checks aside).
      const type = response.headers()["content-type"] ?? "";
      if (outcome === "ok" && job.entry.who !== "everyone" && /text|json|csv/.test(type)) {
        const body = await response.text();
        const foreign = actor.shape!.agencyId === other.agencyId ? "Kusumawardhani" : B_MARKER;
        if (body.includes(foreign)) wrong.push(`${job.key} as ${actor.key}${job.target ? ` on ${job.target}` : ""}: shows another agency's data ("${foreign}")`);
      }
    });

    console.log(`[authz matrix] pages and routes: ${jobs.length} URLs × ${actors.length} actors = ${tried} requests${skipped.length ? `; skipped: ${skipped.join("; ")}` : ""}`);
    expect(wrong.sort()).toEqual([]);
  } finally {
    for (const context of contexts) await context.close();
    await removeOtherAgency(sql, other);
  }
});

test("every server action refuses a signed-out caller", async ({ request }) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  const urlOfWorker = (worker: string) =>
    worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^/]+\)/g, "").replace(/\[[^\]]+\]/g, "00000000-0000-4000-8000-000000000000") || "/";
  const isPublic = (url: string) => url === "/login" || url.startsWith("/verifikasi");
  const wrong: string[] = [];
  let tried = 0;
  for (const [key, entry] of Object.entries(ACTIONS)) {
    const [file, name] = key.split("#") as [string, string];
    const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
    if (!found) {
      wrong.push(`${key}: not in this build's server actions`);
      continue;
    }
    const [id, { workers }] = found;
    const urls = Object.keys(workers).map(urlOfWorker);
    const signedOutAllowed = "own" in entry && entry.signedOut === "allowed";
    const url = (signedOutAllowed ? urls.find(isPublic) : urls.find((u) => !isPublic(u))) ?? urls[0]!;
    const response = await request.post(url, {
      headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      data: JSON.stringify([{ ok: false }, {}]),
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    tried += 1;
    const outcome = classify(response.status(), response.headers().location);
    // The public ones (sign-in, sign-out, language) are open by design; how they take malformed bodies is the
    // input fuzz's business, not the matrix's.
    if (!signedOutAllowed && isPublic(url)) wrong.push(`${key}: only on public pages (${url}), so the proxy does not guard it`);
    else if (!signedOutAllowed && outcome !== "login") wrong.push(`${key} on ${url}: expected a redirect to /login, got ${response.status()}`);
  }
  console.log(`[authz matrix] server actions: ${tried} posted to signed out`);
  expect(wrong).toEqual([]);
});
