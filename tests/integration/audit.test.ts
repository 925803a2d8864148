import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineCommand, executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { buildWorld, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const renameSchema = z.object({ employeeId: z.string(), phone: z.string() });

/** A command that changes a phone number, audits it, and then fails in a chosen way. */
function phoneCommand(failAfter: "nothing" | "audit" | "skip-audit") {
  return defineCommand({
    name: `test.phone.${failAfter}`,
    permission: "update:employee-supervisor",
    schema: renameSchema,
    async run({ input, tx, audit }) {
      await tx.employee.update({ where: { id: input.employeeId }, data: { phone: input.phone } });
      if (failAfter === "skip-audit") return;
      await audit({ action: "update", entity: "Employee.contact", entityId: input.employeeId, after: { phone: input.phone } });
      if (failAfter === "audit") throw new Error("simulated failure after the audit row");
    },
  });
}

const auditCount = (entityId: string) => db.auditLog.count({ where: { entityId } });

describe("the audit row and its change share one transaction", () => {
  it("commits both together", async () => {
    const admin = await w.viewer(w.users.admin);
    await executeCommand(phoneCommand("nothing"), admin, { employeeId: w.people.staff1.id, phone: "081234567890" });
    expect((await db.employee.findUniqueOrThrow({ where: { id: w.people.staff1.id } })).phone).toBe("081234567890");
    expect(await auditCount(w.people.staff1.id)).toBe(1);
  });

  it("rolls back the audit row with the change when the command fails afterwards", async () => {
    const admin = await w.viewer(w.users.admin);
    await expect(executeCommand(phoneCommand("audit"), admin, { employeeId: w.people.staff1.id, phone: "0811111111" })).rejects.toThrow(/simulated/);
    expect((await db.employee.findUniqueOrThrow({ where: { id: w.people.staff1.id } })).phone).toBeNull();
    expect(await auditCount(w.people.staff1.id)).toBe(0);
  });

  it("refuses a change that writes no audit row, and rolls the change back", async () => {
    const admin = await w.viewer(w.users.admin);
    await expect(executeCommand(phoneCommand("skip-audit"), admin, { employeeId: w.people.staff1.id, phone: "0822222222" })).rejects.toThrow(/without an audit row/);
    expect((await db.employee.findUniqueOrThrow({ where: { id: w.people.staff1.id } })).phone).toBeNull();
  });
});

describe("the audit log is append-only in the database", () => {
  it("rejects UPDATE, DELETE and TRUNCATE", async () => {
    const admin = await w.viewer(w.users.admin);
    await executeCommand(phoneCommand("nothing"), admin, { employeeId: w.people.staff1.id, phone: "081234567890" });
    await expect(db.$executeRaw`UPDATE "AuditLog" SET action = 'forged'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE "AuditLog"`).rejects.toThrow(/append-only/);
    expect(await auditCount(w.people.staff1.id)).toBe(1);
  });
});
