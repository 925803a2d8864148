import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/load-viewer";
import { executeCommand } from "@/lib/action";
import { registerSelf } from "@/lib/enrolment/commands";
import { db } from "@/lib/db";
import { badDate, nastyString, routeFiles } from "./fuzz-support";
import { openBatch } from "./training-world";
import { buildWorld } from "./world";

// Issue 10 §2, malformed requests: every route handler in app/api (found on disk) is called with generated
// bad path parameters, query strings and bodies, signed out and as each role. No answer may be a 5xx.
// The session is the one thing stood in for: lib/auth/viewer answers with the viewer the run chose.

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({
  getViewer: async () => session.viewer,
  requireViewer: async () => {
    if (!session.viewer) throw new (await import("@/lib/errors")).AppError("UNAUTHENTICATED", "common.signInRequired");
    return session.viewer;
  },
  pageViewer: async () => session.viewer,
}));

const RUNS_PER_ROUTE = Number(process.env.BANGKOM_FUZZ_RUNS ?? 30);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

let viewers: (Viewer | null)[];
let ids: string[];
const clock = process.env.BANGKOM_TEST_CLOCK;

beforeAll(async () => {
  // Auth.js logs every unknown /api/auth/<junk> path it answers with 400; those lines are noise here.
  const log = console.error.bind(console);
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (!String((args[0] as Error)?.name ?? args[0]).includes("UnknownAction")) log(...args);
  });
  process.env.BANGKOM_TEST_CLOCK = "1"; // so the test-only schedule route is driven too
  const w = await buildWorld();
  const admin = await w.viewer(w.users.admin);
  const { batchId, programId } = await openBatch(admin);
  await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
  viewers = [null, ...(await Promise.all([w.users.admin, w.users.operatorX, w.users.kabid, w.users.staff1, w.users.adminB].map((u) => w.viewer(u))))];
  const certificates = await db.certificate.findMany({ select: { id: true }, take: 3 });
  ids = [batchId, programId, w.people.staff1.id, ...certificates.map((c) => c.id)];
}, 120_000);

afterAll(() => {
  if (clock === undefined) delete process.env.BANGKOM_TEST_CLOCK;
  else process.env.BANGKOM_TEST_CLOCK = clock;
});

const segment = () => fc.oneof(nastyString, badDate, fc.uuid(), fc.string({ maxLength: 30 }), fc.constantFrom(...ids));
const QUERY_KEYS = ["tahun", "format", "unitId", "positionType", "kind", "status", "q", "page", "per", "asOf", "tanggal", "callbackUrl", "x"];
const query = () => fc.array(fc.tuple(fc.constantFrom(...QUERY_KEYS), fc.oneof(segment(), fc.constantFrom("2030", "csv", "xlsx", "PNS", "PPPK"))), { maxLength: 5 });
const body = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  nastyString,
  fc.record({ asOf: fc.oneof(badDate, nastyString) }).map((v) => JSON.stringify(v)),
);

describe("every route handler answers bad requests without a 5xx", () => {
  it("drives each route with generated parameters, queries, bodies and viewers", async () => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThanOrEqual(14);
    let calls = 0;
    const statuses: Record<number, number> = {};
    for (const route of routes) {
      const mod = (await import(route.file)) as Record<string, unknown>;
      const handlers = METHODS.filter((m) => typeof mod[m] === "function");
      expect(handlers.length, route.path).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...handlers),
          fc.constantFrom(...viewers),
          fc.tuple(...route.params.map(() => segment())),
          query(),
          body,
          async (method, viewer, params, search, payload) => {
            calls += 1;
            session.viewer = viewer;
            let path = route.path;
            route.params.forEach((name, i) => (path = path.replace(new RegExp(`\\[(?:\\.\\.\\.)?${name}\\]`), encodeURIComponent(String(params[i])))));
            const url = new URL(`http://127.0.0.1:3000${path}`);
            for (const [key, value] of search) url.searchParams.append(key, String(value).slice(0, 100_000));
            const hasBody = method !== "GET" && payload !== undefined;
            const request = new Request(url, { method, body: hasBody ? payload : undefined, headers: hasBody ? { "content-type": "application/json" } : {} });
            const context = { params: Promise.resolve(Object.fromEntries(route.params.map((name, i) => [name, String(params[i])]))) };
            const response = await (mod[method] as Handler)(request, context);
            statuses[response.status] = (statuses[response.status] ?? 0) + 1;
            expect(response.status, `${method} ${url.pathname}${url.search.slice(0, 200)} as ${viewer?.roles.join("+") ?? "anonymous"}`).toBeLessThan(500);
          },
        ),
        { numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      );
    }
    console.log(`[fuzz] routes: ${routes.length} route files × ${RUNS_PER_ROUTE} runs = ${calls} requests generated; statuses ${JSON.stringify(statuses)}`);
    expect(calls).toBe(routes.length * RUNS_PER_ROUTE);
  }, 180_000);
});
