// The per-program evaluation settings: months until the supervisor's level-3 feedback (1–24, default 3) and
// whether level 4 is measured; set when the program is created and changed later by the agency's admin.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { createProgram, updateProgramEvaluation } from "@/lib/catalog/commands";
import { db } from "@/lib/db";
import { buildWorld, refusal, type World } from "./world";

let w: World;
let admin: Viewer;
beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
});

const program = (over: Record<string, unknown> = {}) =>
  executeCommand(createProgram, admin, { title: "Bimtek Arsip Digital", routeCode: "KL10", organiser: "BKPP Kota Uji", ...over });
const settings = (programId: string) => db.program.findUniqueOrThrow({ where: { id: programId }, select: { feedbackMonths: true, tracksResults: true } });

describe("program evaluation settings", () => {
  it("default to three months and no level 4, and can be set at creation", async () => {
    expect(await settings((await program()).programId)).toEqual({ feedbackMonths: 3, tracksResults: false });
    expect(await settings((await program({ feedbackMonths: "6", tracksResults: true })).programId)).toEqual({ feedbackMonths: 6, tracksResults: true });
  });

  it("refuse months outside 1–24 or not whole, on the months field", async () => {
    for (const feedbackMonths of ["0", "25", "2,5", "tiga", ""]) {
      const error = await refusal(program({ feedbackMonths }));
      expect(error.fieldErrors, feedbackMonths).toEqual({ feedbackMonths: ["catalog.feedbackMonths"] });
    }
    const { programId } = await program();
    const error = await refusal(executeCommand(updateProgramEvaluation, admin, { programId, feedbackMonths: "36", tracksResults: "on" }));
    expect(error.fieldErrors).toEqual({ feedbackMonths: ["catalog.feedbackMonths"] });
    expect(await settings(programId)).toEqual({ feedbackMonths: 3, tracksResults: false });
  });

  it("are changed later by the admin, audited with before and after", async () => {
    const { programId } = await program();
    await executeCommand(updateProgramEvaluation, admin, { programId, feedbackMonths: "12", tracksResults: "on" });
    expect(await settings(programId)).toEqual({ feedbackMonths: 12, tracksResults: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "Program", entityId: programId, action: "update" } });
    expect(audit).toMatchObject({ actorUserId: w.users.admin.id, before: { feedbackMonths: 3, tracksResults: false }, after: { feedbackMonths: 12, tracksResults: true } });
  });

  it("are not found from another agency and forbidden to operators and supervisors", async () => {
    const { programId } = await program();
    const input = { programId, feedbackMonths: 6, tracksResults: true };
    expect((await refusal(executeCommand(updateProgramEvaluation, await w.viewer(w.users.adminB), input))).code).toBe("NOT_FOUND");
    for (const user of [w.users.operatorX, w.users.kabid, w.users.staff1]) {
      expect((await refusal(executeCommand(updateProgramEvaluation, await w.viewer(user), input))).code).toBe("FORBIDDEN");
    }
    expect(await settings(programId)).toEqual({ feedbackMonths: 3, tracksResults: false });
  });
});
