import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/load-viewer";
import { setLocaleAction } from "@/lib/i18n/actions";
import { badInput, serverActionFiles } from "./fuzz-support";
import { buildWorld } from "./world";

// Issue 10 §2, malformed requests: every exported server action (every export of a "use server" file, found
// on disk) is called with raw arguments no form of ours sends: `[{}]`, JSON objects where FormData is
// expected, strings, nothing, junk FormData. Each must answer with form state or redirect, never throw
// (a thrown error is a 500 with an error digest) nor hit the "unexpected error" path.
// Stood in for: the request scope (cookies, headers), the cache, and the session (lib/auth/viewer).

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({
  getViewer: async () => session.viewer,
  requireViewer: async () => {
    if (!session.viewer) throw new (await import("@/lib/errors")).AppError("UNAUTHENTICATED", "common.signInRequired");
    return session.viewer;
  },
  pageViewer: async () => session.viewer,
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const RUNS_PER_ACTION = Number(process.env.BANGKOM_FUZZ_RUNS ?? 30);
// Sign-in and sign-out go through Auth.js's own request handling, which these stand-ins do not provide;
// their argument checks are covered by the direct calls below and by tests/e2e.
const NEEDS_AUTH_RUNTIME = new Set(["loginAction", "logoutAction"]);

const isRedirect = (e: unknown) => typeof (e as { digest?: unknown })?.digest === "string" && (e as { digest: string }).digest.startsWith("NEXT_REDIRECT");

let viewers: (Viewer | null)[];
beforeAll(async () => {
  const w = await buildWorld();
  viewers = [null, ...(await Promise.all([w.users.admin, w.users.operatorX, w.users.kabid, w.users.staff1].map((u) => w.viewer(u))))];
}, 120_000);

describe("every server action survives malformed arguments", () => {
  it("setLocale ignores [{}], JSON and an unknown locale", async () => {
    for (const raw of [[{}], { locale: "en" }, "en", null, undefined]) await expect(setLocaleAction(raw as never)).resolves.toBeUndefined();
  });

  it("drives each exported action with generated bad arguments: form state or a redirect, never a throw", async () => {
    const files = serverActionFiles();
    expect(files.length).toBeGreaterThanOrEqual(17);
    let actions = 0;
    let calls = 0;
    const unexpected: string[] = [];
    const errorLog = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void unexpected.push(String(args[0])));
    try {
      for (const file of files) {
        const mod = (await import(file)) as Record<string, unknown>;
        for (const [name, action] of Object.entries(mod)) {
          if (typeof action !== "function" || NEEDS_AUTH_RUNTIME.has(name)) continue;
          actions += 1;
          await fc.assert(
            fc.asyncProperty(fc.constantFrom(...viewers), badInput(["batchId", "enrolmentId", "payload", "marks", "nip", "locale", "id", "sessionId"], []), fc.anything({ maxDepth: 2 }), async (viewer, input, prev) => {
              calls += 1;
              session.viewer = viewer;
              unexpected.length = 0;
              const args = action.length >= 2 ? [prev, input] : [input];
              const result = await (action as (...a: unknown[]) => Promise<unknown>)(...args).catch((error: unknown) => {
                if (isRedirect(error)) return "redirect";
                throw new Error(`${name} threw on ${JSON.stringify(args)?.slice(0, 300)}: ${String((error as Error)?.stack ?? error).slice(0, 800)}`);
              });
              expect(unexpected, `${name}: the unexpected-error path was taken`).toEqual([]);
              if (result && typeof result === "object") expect((result as { ok?: unknown }).ok, name).toBeTypeOf("boolean");
            }),
            { numRuns: RUNS_PER_ACTION, endOnFailure: true },
          );
        }
      }
    } finally {
      errorLog.mockRestore();
    }
    console.log(`[fuzz] server actions: ${actions} exported actions in ${files.length} "use server" files × ${RUNS_PER_ACTION} runs = ${calls} calls generated`);
    expect(actions).toBeGreaterThan(40);
  }, 180_000);
});
