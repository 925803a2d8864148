import { beforeEach, describe, expect, it } from "vitest";
import { defineCommand, executeCommand } from "@/lib/action";
import { changeSession } from "@/lib/catalog/commands";
import { createBatch } from "@/lib/batch/lifecycle";
import { db } from "@/lib/db";
import { identifier } from "@/lib/validation";
import { z } from "zod";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";

// Issue 10 §4: a double submit that hits a unique constraint gets the domain's message, not "kesalahan tak
// terduga". And §2: a session moved outside its batch's dates is refused on its date field.

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const batchInput = (programId: string) => ({
  programId,
  number: 2,
  startDate: "2030-05-06",
  endDate: "2030-05-07",
  capacity: 20,
  registrationOpensAt: new Date(Date.now() - 86_400_000).toISOString(),
  registrationClosesAt: new Date(Date.now() + 86_400_000).toISOString(),
});

describe("a unique violation inside a command", () => {
  it("two submits of the same batch number: the second, racing past the command's check, gets the batch-number message", async () => {
    const admin = await w.viewer(w.users.admin);
    const { programId } = await openBatch(admin);

    // The first submit has inserted its row but not committed yet when the second one checks "is the number
    // taken?": the check sees nothing, the insert waits on the unique index, then fails once the first commits.
    let second: Promise<unknown> | undefined;
    await db.$transaction(async (tx) => {
      await tx.batch.create({
        data: {
          agencyId: w.agencyA.id, programId, number: 2, startDate: new Date("2030-05-06"), endDate: new Date("2030-05-07"), capacity: 20,
          registrationOpensAt: new Date(), registrationClosesAt: new Date(Date.now() + 86_400_000),
        },
      });
      second = executeCommand(createBatch, admin, batchInput(programId)).catch((e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    const error = await refusal(second!.then((e) => Promise.reject(e)));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("catalog.numberTaken");
    expect(error.fieldErrors).toEqual({ number: ["catalog.numberTaken"] });
    expect(await db.batch.count({ where: { programId, number: 2 } })).toBe(1);
  });

  it("a command without its own message gets the generic 'already saved' one, and nothing of it stays", async () => {
    const admin = await w.viewer(w.users.admin);
    const { programId, batchId } = await openBatch(admin);
    const existing = await db.batch.findUniqueOrThrow({ where: { id: batchId } });
    const auditBefore = await db.auditLog.count();
    // A command that writes its audit row, then inserts a batch whose number is taken.
    const copyBatch = defineCommand({
      name: "test.copyBatch",
      permission: "manage:program",
      schema: z.object({ batchId: identifier() }),
      async run({ tx, audit }) {
        await audit({ action: "copy", entity: "Batch", entityId: existing.id });
        const { id: _id, createdAt: _c, updatedAt: _u, ...data } = existing as typeof existing & { createdAt?: Date; updatedAt?: Date };
        await tx.batch.create({ data: { ...data, programId } });
      },
    });
    const error = await refusal(executeCommand(copyBatch, admin, { batchId }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("common.duplicate");
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});

describe("a rundown session lies within its batch's dates", () => {
  it("moving a session after the batch's last day is refused on the date field; inside it is accepted", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { startDate: "2030-03-02", endDate: "2030-03-04" });
    const session = await db.rundownSession.findFirstOrThrow({ where: { batchId } });
    for (const date of ["2030-03-05", "2030-03-01"]) {
      const error = await refusal(executeCommand(changeSession, admin, { sessionId: session.id, date, reason: "Narasumber berhalangan" }));
      expect(error.fieldErrors).toEqual({ date: ["catalog.sessionOutsideBatch"] });
    }
    const impossible = await refusal(executeCommand(changeSession, admin, { sessionId: session.id, date: "2030-02-30", reason: "Narasumber berhalangan" }));
    expect(impossible.fieldErrors).toEqual({ date: ["catalog.dateInvalid"] });
    await executeCommand(changeSession, admin, { sessionId: session.id, date: "2030-03-04", reason: "Narasumber berhalangan" });
    expect((await db.rundownSession.findUniqueOrThrow({ where: { id: session.id } })).date.toISOString()).toBe("2030-03-04T00:00:00.000Z");
  });

  it("creating a batch with a session outside its dates, or on 30 February, is refused on that session's date", async () => {
    const admin = await w.viewer(w.users.admin);
    const { programId } = await openBatch(admin);
    const session = { startMinute: 480, endMinute: 600, title: "Materi", kind: "LEARNING" };
    const outside = await refusal(executeCommand(createBatch, admin, { ...batchInput(programId), sessions: [{ ...session, date: "2030-05-08" }] }));
    expect(outside.fieldErrors).toEqual({ "sessions.0.date": ["catalog.sessionOutsideBatch"] });
    const impossible = await refusal(executeCommand(createBatch, admin, { ...batchInput(programId), endDate: "2030-02-30" }));
    expect(impossible.fieldErrors?.endDate).toEqual(["catalog.dateInvalid"]);
    expect(await db.batch.count({ where: { programId } })).toBe(1);
  });
});
