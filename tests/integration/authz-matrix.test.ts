// The authorisation matrix, generated from the code: every command (defineCommand), every server action ("use
// server" exports) and every page and route handler must have an entry in tests/authz/; every command is then
// run by every actor on their own, their team's, their unit's, another unit's and another agency's records.
// Pages and route handlers are requested over HTTP in tests/e2e/authz-matrix.spec.ts.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { z } from "zod";
import { executeCommand, type Command } from "@/lib/action";
import { findNominee } from "@/lib/enrolment/queries";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { ACTIONS } from "../authz/actions";
import { COMMANDS, type CommandEntry } from "../authz/commands";
import { difference, findCommands, findPages, findRoutes, findServerActions } from "../authz/enumerate";
import { isAllowed, relationsToAgency, relationsToEmployee } from "../authz/grants";
import { PAGES, ROUTES } from "../authz/pages";
import { Records } from "../authz/records";
import { ACTORS, AGENCY_TARGETS, EMPLOYEE_TARGETS, agencyOf, buildAuthzWorld, type AuthzWorld, type EmployeeTarget, type TargetKey } from "../authz/world";

const REFUSED: AppErrorCode[] = ["FORBIDDEN", "NOT_FOUND"];

function describeMissing(kind: string, { missing, stale }: { missing: string[]; stale: string[] }) {
  return [
    ...missing.map((k) => `${kind} ${k} has no entry in the authorisation matrix (tests/authz/)`),
    ...stale.map((k) => `${kind} ${k} is in the authorisation matrix but no longer in the code`),
  ];
}

describe("the authorisation matrix covers the code", () => {
  test("every command has an entry, and every entry names a command", () => {
    const sites = findCommands();
    expect(sites.length).toBeGreaterThan(40);
    expect(describeMissing("command", difference(sites.map((s) => s.name), Object.keys(COMMANDS)))).toEqual([]);
  });

  test("every server action has an entry, and runs the command its entry names", () => {
    const actions = findServerActions();
    expect(actions.length).toBeGreaterThan(40);
    const problems = describeMissing("server action", difference(actions.map((a) => a.key), Object.keys(ACTIONS)));
    for (const action of actions) {
      const entry = ACTIONS[action.key];
      if (!entry) continue;
      const expected = "command" in entry ? [entry.command] : [];
      if (action.commands.join(",") !== expected.join(",")) {
        problems.push(`${action.key} runs [${action.commands.join(", ")}] but its entry says [${expected.join(", ")}]`);
      }
      if ("command" in entry && !COMMANDS[entry.command]) problems.push(`${action.key} runs ${entry.command}, which has no command entry`);
    }
    expect(problems).toEqual([]);
  });

  test("every page and route handler has an entry", () => {
    expect(findPages().length).toBeGreaterThan(30);
    expect([
      ...describeMissing("page", difference(findPages(), Object.keys(PAGES))),
      ...describeMissing("route handler", difference(findRoutes(), Object.keys(ROUTES))),
    ]).toEqual([]);
  });
});

type Outcome = "ok" | AppErrorCode;

describe("every command, by every actor, on every kind of record", () => {
  let world: AuthzWorld;
  let records: Records;
  // Any command: its input type does not matter here, the matrix feeds it untyped input like a form would.
  type AnyCommand = Command<z.ZodType, unknown>;
  const commands = new Map<string, AnyCommand>();
  const counts = { commands: 0, combinations: 0, allowed: 0, succeeded: 0, refused: 0 };

  beforeAll(async () => {
    world = await buildAuthzWorld();
    records = new Records(world);
    for (const site of findCommands()) {
      const exports = (await import(path.join(process.cwd(), site.file))) as Record<string, AnyCommand>;
      commands.set(site.name, exports[site.name]!);
    }
  });

  afterAll(() => {
    console.log(
      `[authz matrix] commands: ${counts.commands} commands × ${ACTORS.length} actors, ${counts.combinations} combinations tried ` +
        `(${counts.allowed} allowed, of which ${counts.succeeded} succeeded outright; ${counts.refused} refused)`,
    );
  });

  function targetsOf(entry: CommandEntry): TargetKey[] {
    return entry.record === "employee" ? [...EMPLOYEE_TARGETS] : entry.record === "agency" ? [...AGENCY_TARGETS] : ["none"];
  }

  function expectedAllowed(entry: CommandEntry, actor: (typeof ACTORS)[number], target: TargetKey): boolean {
    const viewer = world.viewers[actor];
    if (entry.record !== "employee") return isAllowed(entry.grants, viewer, relationsToAgency(viewer, target === "none" ? viewer.agencyId : agencyOf(world, target)));
    const employee = world.employees[target as EmployeeTarget];
    const unitPath = world.unitPath.get(employee.unitId)!;
    return isAllowed(entry.grants, viewer, relationsToEmployee(viewer, { ...employee, unitPath }));
  }

  // The one server action that reads without a command (lookupNomineeAction) looks people up through this.
  test("findNominee (lookupNomineeAction) finds only people the actor may nominate", async () => {
    const grants = { OPERATOR: "unit" } as const;
    const batchId = (await records.batch("homeAgency", "OPEN")).id;
    const wrong: string[] = [];
    for (const target of EMPLOYEE_TARGETS) {
      const employee = world.employees[target];
      for (const actor of ACTORS) {
        const viewer = world.viewers[actor];
        const found = await findNominee(viewer, employee.nip, batchId);
        const allowed = isAllowed(grants, viewer, relationsToEmployee(viewer, { ...employee, unitPath: world.unitPath.get(employee.unitId)! }));
        counts.combinations += 1;
        if (Boolean(found) !== allowed) wrong.push(`${actor} on ${target}: expected ${allowed ? "found" : "nothing"}, got ${found ? "found" : "nothing"}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  for (const [name, entry] of Object.entries(COMMANDS).sort(([a], [b]) => a.localeCompare(b))) {
    test(name, async () => {
      const command = commands.get(name);
      expect(command, `${name} is not exported by any command module`).toBeDefined();
      counts.commands += 1;
      const refusedAs = entry.refusedAs ?? REFUSED;
      const wrong: string[] = [];
      // The targets' records are apart from each other, so the targets run side by side.
      await Promise.all(targetsOf(entry).map(async (target) => {
        // A refused call changes nothing (its transaction rolls back), so its record serves the next actor too.
        let input: Record<string, unknown> | null = null;
        for (const actor of ACTORS) {
          if (!input) {
            input = await entry.input(records, target);
            const parsed = command!.schema.safeParse(input);
            expect(parsed.success, `${name}: the matrix's input does not pass the schema: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
          }
          const outcome: Outcome = await executeCommand(command!, world.viewers[actor], input).then(
            () => "ok" as const,
            (error: unknown) => {
              if (isAppError(error)) return error.code;
              throw new Error(`${name} by ${actor} on ${target}: unexpected error`, { cause: error });
            },
          );
          const allowed = expectedAllowed(entry, actor, target);
          const refused = outcome !== "ok" && refusedAs.includes(outcome);
          counts.combinations += 1;
          if (allowed) counts.allowed += 1;
          else counts.refused += 1;
          if (outcome === "ok") counts.succeeded += 1;
          if (!refused) input = null;
          if (allowed === refused) wrong.push(`${actor} on ${target}: expected ${allowed ? "allowed" : "refused"}, got ${outcome}`);
        }
      }));
      expect(wrong.sort(), `${name}`).toEqual([]);
    });
  }
});
