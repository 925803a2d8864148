// Every page of the app, as every demo role that may open it (and signed out for the public ones), on a phone
// (390 × 844): the document must be no wider than the viewport (every role), and axe must find nothing serious or
// critical (once per page, and on each role's landing page; BANGKOM_EVERY_PAGE_AXE=all runs it for every role).
// The pages come from the code (tests/authz/enumerate.ts finds every app/**/page.tsx); who may open each one and
// what its [params] name come from the authorisation matrix (tests/authz/pages.ts), and each [param] is resolved
// to a demo record as the e2e matrix does. A page without a matrix entry, or whose [param] has no demo record, fails
// here, so a new page is checked as soon as it exists. The app shell's sidebar (hidden on phones) is checked by axe
// once per role at desktop width, on the longest page that role opened, with a check that it runs the page's full height.
// The pages are dealt into SHARDS tests that Playwright may run on different workers (each signs its actors in), so
// the longest check of the suite no longer runs on alone at the end; the desktop sidebar check runs in the first.
// While fixing: BANGKOM_EVERY_PAGE_ONLY=/jp,/admin/evaluasi narrows it to some patterns, BANGKOM_EVERY_PAGE_TIMES=1
// prints each visit's timings and findings as it goes.
import type { BrowserContext } from "@playwright/test";
import { demoRecord, relations, type Target } from "../authz/e2e-records";
import { findPages } from "../authz/enumerate";
import { isAllowed, relationsToAgency, type ActorShape } from "../authz/grants";
import { PAGES, RECORD_KINDS } from "../authz/pages";
import type { Role } from "@/lib/auth/permissions";
import { account, expect, loginAsAccount, sql, test } from "./fixtures";
import { axeProblems, overflowProblems, sidebarProblems } from "./page-checks";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const ROLES = ["ASN", "SUPERVISOR", "OPERATOR", "TRAINER", "ADMIN"] as const;
const SHARDS = 3;

type Actor = { key: string; login: string | null; shape: ActorShape | null; context?: BrowserContext };
type Visit = { actor: Actor; page: string; url: string };

async function shapeOf(login: string): Promise<ActorShape> {
  const [user] = await sql<{ agencyId: string; employeeId: string | null; roles: Role[]; paths: string[] }>(
    `SELECT u."agencyId"::text AS "agencyId", u."employeeId"::text AS "employeeId", array_agg(DISTINCT r.role::text) AS roles,
            array_remove(array_agg(DISTINCT un.path), NULL) AS paths
     FROM "User" u LEFT JOIN "Employee" e ON e.id = u."employeeId" JOIN "UserRole" r ON r."userId" = u.id LEFT JOIN "OrgUnit" un ON un.id = r."unitId"
     WHERE u.email = $1 OR e.nip = $1 GROUP BY u.id`, [login]);
  return { agencyId: user!.agencyId, employeeId: user!.employeeId, roles: user!.roles, operatorUnits: user!.paths.map((p) => ({ path: p })) };
}

async function pool<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(Array.from({ length: size }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
  }));
}

// Traces and failure screenshots of a hundred page visits would cost more than the visits themselves; the failure
// message names the page and the offending element instead.
test.use({ trace: "off", screenshot: "off" });
test.describe.configure({ mode: "parallel" });

for (let shard = 0; shard < SHARDS; shard++) {
  test(`every page, as every role that may open it, fits a 390 px phone and has no serious axe violation (part ${shard + 1} of ${SHARDS})`, async ({ browser }) => {
    test.setTimeout(600_000); // about a minute each on a quiet two-core machine; far longer when other work shares it
    const started = Date.now();
    const problems: string[] = [];
    const actors: Actor[] = [{ key: "signed out", login: null, shape: null }];
    for (const role of ROLES) actors.push({ key: role, login: account(role).login, shape: await shapeOf(account(role).login) });
    const asn = actors.find((a) => a.key === "ASN")!;
    const supervisorId = actors.find((a) => a.key === "SUPERVISOR")!.shape!.employeeId!;
    // The demo ASN has no certificate, feedback task or reaction invitation of her own: the team-mate with the most
    // of them opens those pages for her (not the account sign-in.spec.ts signs out: the highest NIP with an account).
    const [mate] = await sql<{ id: string; nip: string }>(
      `SELECT e.id::text AS id, e.nip FROM "Employee" e JOIN "User" u ON u."employeeId" = e.id
       WHERE e."supervisorId" = $1 AND e.id <> $2 AND e.nip < (SELECT max(x.nip) FROM "Employee" x JOIN "User" y ON y."employeeId" = x.id)
       ORDER BY (SELECT count(*) FROM "Certificate" c WHERE c."employeeId" = e.id) + (SELECT count(*) FROM "FeedbackTask" f WHERE f."employeeId" = e.id)
              + (SELECT count(*) FROM "ReactionInvite" i JOIN "Enrolment" n ON n.id = i."enrolmentId" WHERE n."employeeId" = e.id) DESC, e.nip LIMIT 1`,
      [supervisorId, asn.shape!.employeeId]);
    const teamMate: Actor | null = mate ? { key: "ASN (team-mate)", login: mate.nip, shape: await shapeOf(mate.nip) } : null;
    const operator = actors.find((a) => a.key === "OPERATOR")!.shape!;
    const demo = {
      agencyId: asn.shape!.agencyId, mineIds: [asn.shape!.employeeId!, ...(mate ? [mate.id] : [])], operatorPath: operator.operatorUnits[0]!.path, supervisorId,
      actorEmployeeIds: [...actors, ...(teamMate ? [teamMate] : [])].flatMap((a) => (a.shape?.employeeId ? [a.shape.employeeId] : [])),
    };
    const agencies = { home: demo.agencyId, other: "00000000-0000-4000-8000-000000000000" };

    // Who opens which concrete URL.
    const visits: Visit[] = [];
    const only = process.env.BANGKOM_EVERY_PAGE_ONLY?.split(",").map((p) => p.trim()).filter(Boolean);
    const mine = findPages().filter((_, i) => i % SHARDS === shard);
    for (const pattern of mine.filter((p) => !only?.length || only.includes(p))) {
      const entry = PAGES[pattern];
      if (!entry) {
        problems.push(`${pattern}: no entry in tests/authz/pages.ts, so nobody knows who may open it`);
        continue;
      }
      let url = pattern;
      const records: { kind: keyof typeof RECORD_KINDS; id: string; target: Target }[] = [];
      for (const [param, kind] of Object.entries(entry.params ?? {})) {
        // A person's record: the demo ASN's (or her team-mate's), else anyone's in the demo agency (then the roles
        // that reach every record open it). An agency's record: one of the demo agency.
        let id: string | null = null;
        let target: Target = "homeAgency";
        for (const t of RECORD_KINDS[kind] === "employee" ? (["mine", "otherUnit"] as const) : (["homeAgency"] as const)) {
          id = await demoRecord(sql, kind, t, demo).catch(() => null); // a new kind demoRecord does not know yet
          target = t;
          if (id) break;
        }
        if (!id) {
          problems.push(`${pattern}: the demo has no ${kind} record for [${param}], so the page has no concrete URL to check`);
          url = "";
          break;
        }
        url = url.replace(`[${param}]`, id);
        records.push({ kind, id, target });
      }
      if (!url) continue;
      if (/\[[^\]]+\]/.test(url)) {
        problems.push(`${pattern}: a [param] without a record kind in tests/authz/pages.ts, so the page has no concrete URL to check`);
        continue;
      }
      url += entry.query ?? "";
      const mayOpen = async (actor: Actor) => {
        if (entry.who === "everyone") return actor.shape === null;
        if (!actor.shape) return false;
        if (entry.who === "signedIn") return true;
        for (const r of records.length ? records : [null]) {
          const rel = r ? await relations(sql, actor.shape, r.kind, r.id, r.target, agencies) : relationsToAgency(actor.shape, actor.shape.agencyId);
          if (!isAllowed(entry.who, actor.shape, rel)) return false;
        }
        return true;
      };
      const openers: Actor[] = [];
      for (const actor of actors) if (await mayOpen(actor)) openers.push(actor);
      if (teamMate && !openers.includes(asn) && (await mayOpen(teamMate))) openers.push(teamMate);
      if (!openers.length) problems.push(`${pattern}: no demo role may open ${url}`);
      for (const actor of openers) visits.push({ actor, page: pattern, url });
    }

    console.log(`[every page] ${visits.length} visits`);
    const contexts: BrowserContext[] = [];
    try {
      for (const actor of [...actors, ...(teamMate ? [teamMate] : [])]) {
        actor.context = await browser.newContext({ viewport: PHONE, locale: "id-ID" });
        contexts.push(actor.context);
        if (actor.login) await loginAsAccount(actor.context, actor.login);
      }
      const longest = new Map<string, { url: string; height: number }>();
      const checked = new Set<string>();
      const axed = new Set<string>();
      await pool(visits, Number(process.env.BANGKOM_EVERY_PAGE_CONCURRENCY ?? 2), async ({ actor, page: pattern, url }) => {
        const where = `${url === pattern ? pattern : `${pattern} (${url})`} as ${actor.key}`;
        const page = await actor.context!.newPage();
        const t0 = Date.now();
        try {
          const response = await page.goto(url);
          if (!response || response.status() >= 400) {
            problems.push(`${where}: answered ${response?.status() ?? "nothing"}`);
            return;
          }
          if (actor.login && new URL(page.url()).pathname === "/login") {
            problems.push(`${where}: sent to /login`);
            return;
          }
          // "/" lands on a role's home, which is a page of its own in the list: check what one lands on once.
          const landed = `${actor.key} ${new URL(page.url()).pathname}${new URL(page.url()).search}`;
          if (checked.has(landed)) return;
          checked.add(landed);
          const t1 = Date.now();
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          if (height > (longest.get(actor.key)?.height ?? 0)) longest.set(actor.key, { url, height });
          problems.push(...(await overflowProblems(page, where)));
          const t2 = Date.now();
          // axe costs a couple of CPU-seconds per page: once per page (the first role to open it) and per landing page,
          // while the width check above runs for every role. Per-role axe: BANGKOM_EVERY_PAGE_AXE=all.
          const axeKey = process.env.BANGKOM_EVERY_PAGE_AXE === "all" ? landed : pattern === "/" ? landed : pattern;
          if (axed.has(axeKey)) return;
          axed.add(axeKey);
          problems.push(...(await axeProblems(page, where)));
          if (process.env.BANGKOM_EVERY_PAGE_TIMES) console.log(`${where}: load ${t1 - t0} ms, overflow ${t2 - t1} ms, axe ${Date.now() - t2} ms\n${problems.filter((p) => p.startsWith(where)).join("\n")}`);
        } finally {
          await page.close();
        }
      });
      // The sidebar shows from 1024 px on: axe it once per signed-in role, on the longest page that role opens, and
      // check that its background runs down the whole page.
      await pool(shard === 0 ? actors.filter((a) => a.login) : [], 2, async (actor) => {
        const page = await actor.context!.newPage();
        try {
          await page.setViewportSize(DESKTOP);
          const url = longest.get(actor.key)?.url ?? "/beranda";
          await page.goto(url);
          const where = `${url} at ${DESKTOP.width} px as ${actor.key}`;
          problems.push(...(await sidebarProblems(page, where)), ...(await axeProblems(page, where)));
        } finally {
          await page.close();
        }
      });
    } finally {
      for (const context of contexts) await context.close();
    }

    const covered = [...new Set(visits.map((v) => v.page))];
    console.log(`[every page] ${visits.length} visits of ${covered.length} pages in ${Math.round((Date.now() - started) / 1000)} s:\n` +
      covered.map((p) => `  ${p}: ${visits.filter((v) => v.page === p).map((v) => v.actor.key).join(", ")}`).join("\n"));
    expect(problems.sort()).toEqual([]);
  });
}
