import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeCommand, type Command } from "@/lib/action";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";
import { registerSelf } from "@/lib/enrolment/commands";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { badInput, declaredCommands, fieldNames, loadCommands } from "./fuzz-support";
import { openBatch } from "./training-world";
import { buildWorld } from "./world";
import { createUser } from "../factories/db";

// Issue 10 §2, malformed requests: every command, found in the code, is driven with generated bad input for a
// real viewer who holds its permission. Every failure must be an AppError (a message for the user), never an
// unexpected error; and a refused input writes nothing (every write commits with an audit row, so the audit
// log's size tells).

const RUNS_PER_COMMAND = Number(process.env.BANGKOM_FUZZ_RUNS ?? 30);

let commands: Map<string, Command<z.ZodType, unknown>>;
let declared: number;
let viewers: Viewer[];
let ids: string[];

beforeAll(async () => {
  const found = declaredCommands();
  declared = found.count;
  commands = await loadCommands(found.files);

  const w = await buildWorld();
  const admin = await w.viewer(w.users.admin);
  const { batchId } = await openBatch(admin, { startDate: "2030-03-02", endDate: "2030-03-03" });
  await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
  viewers = await Promise.all([w.users.admin, w.users.operatorX, w.users.kabid, w.users.head, w.users.staff1].map((u) => w.viewer(u)));
  // approve:plan is held by PLAN_APPROVER alone (issue 15).
  viewers.push(await w.viewer(await createUser(db, { agencyId: w.agencyA.id, email: `kepala-fuzz-${w.agencyA.code.toLowerCase()}@uji.go.id`, roles: [{ role: "PLAN_APPROVER" }] })));
  // Real ids of every table, so generated inputs also name rows that exist (and rows of the wrong kind).
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid'`;
  ids = [];
  for (const { table_name } of tables) {
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id::text AS id FROM "${table_name}" LIMIT 5`);
    ids.push(...rows.map((r) => r.id));
  }
}, 120_000);

describe("every command refuses bad input with a message", () => {
  it("finds every defineCommand in lib/ (a new command cannot escape the fuzz)", () => {
    expect(declared).toBeGreaterThan(40);
    expect(commands.size).toBeGreaterThanOrEqual(declared);
  });

  it("drives each command with generated bad input: only AppErrors, and nothing written when refused", async () => {
    let runs = 0;
    let refusedByCode: Record<string, number> = {};
    let accepted = 0;
    for (const command of commands.values()) {
      const viewer = viewers.find((v) => hasPermission(v.roles, command.permission));
      expect(viewer, `${command.name}: no test viewer holds ${command.permission}`).toBeDefined();
      const names = fieldNames(command.schema);
      await fc.assert(
        fc.asyncProperty(badInput(names, ids), async (input) => {
          runs += 1;
          const auditBefore = await db.auditLog.count();
          const outcome = await executeCommand(command, viewer!, input).then(
            () => "ok",
            (error: unknown) => {
              if (isAppError(error)) return error.code;
              throw new Error(`${command.name}: unexpected ${String((error as Error)?.stack ?? error).slice(0, 1500)}`);
            },
          );
          if (outcome === "ok") accepted += 1;
          else refusedByCode = { ...refusedByCode, [outcome]: (refusedByCode[outcome] ?? 0) + 1 };
          if (outcome !== "ok") expect(await db.auditLog.count(), `${command.name} wrote while refusing`).toBe(auditBefore);
        }),
        { numRuns: RUNS_PER_COMMAND, seed: Number(process.env.BANGKOM_FUZZ_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
      );
    }
    console.log(
      `[fuzz] commands: ${commands.size} (defineCommand calls in lib/: ${declared}) × ${RUNS_PER_COMMAND} runs = ${runs} inputs generated; ` +
        `accepted ${accepted}, refused ${JSON.stringify(refusedByCode)}`,
    );
    expect(runs).toBe(commands.size * RUNS_PER_COMMAND);
  }, 180_000);
});
