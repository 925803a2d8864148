import "server-only";
import { defineCommand } from "@/lib/action";
import { employeeScope } from "@/lib/auth/scope";
import { AppError } from "@/lib/errors";
import { calendarToday } from "@/lib/time";
import { correctLedger } from "./commands";
import { correctionRefusal, jpNumber, ledgerYear } from "./rules";
import { correctionSchema } from "./schemas";

// An admin's correction of one person's ledger (issue 13, decision 0027): a new entry of its own minutes, + or −,
// never an edit of the entry it corrects. It changes the person's year total ("JP saya", compliance, dashboards)
// at once: LedgerYearTotal is kept by the ledger's insert trigger in this same transaction, and no compliance
// figure is cached across requests (lib/cache holds catalog, policy and competency data only).

export const correctLedgerEntry = defineCommand({
  name: "ledger.correct",
  permission: "correct:ledger",
  schema: correctionSchema,
  revalidate: ["/jp", "/admin/kepatuhan"],
  successMessage: (m) => m.ledgerAdmin.correction.saved,
  async run({ viewer, input, tx, audit }) {
    const scope = await employeeScope(viewer, "correct:ledger", tx);
    const employee = scope && (await tx.employee.findFirst({ where: { AND: [scope, { id: input.employeeId }] }, select: { id: true } }));
    if (!employee) throw new AppError("NOT_FOUND", "common.notFound");
    if (input.date > calendarToday()) throw new AppError("VALIDATION", "common.invalid", { date: ["ledgerAdmin.errors.dateInFuture"] });
    const year = ledgerYear(input.date);

    const corrected = input.correctsId
      ? await tx.ledgerEntry.findFirst({
          where: { id: input.correctsId, agencyId: viewer.agencyId, employeeId: employee.id },
          select: { id: true, routeCode: true, year: true },
        })
      : null;
    if (input.correctsId && !corrected) throw new AppError("VALIDATION", "common.invalid", { correctsId: ["ledgerAdmin.errors.correctsInvalid"] });
    const routeCode = input.routeCode ?? corrected?.routeCode;
    if (!routeCode) throw new AppError("VALIDATION", "common.invalid", { routeCode: ["ledgerAdmin.errors.routeCode"] });

    // The person's row is locked first, so two corrections of the same year queue and the second sees the first.
    await tx.$queryRaw`SELECT id FROM "Employee" WHERE id = ${employee.id}::uuid AND "agencyId" = ${viewer.agencyId}::uuid FOR UPDATE`;
    const total = await tx.ledgerEntry.aggregate({ where: { agencyId: viewer.agencyId, employeeId: employee.id, year }, _sum: { minutes: true } });
    const before = total._sum.minutes ?? 0;
    if (correctionRefusal(before, input.minutes)) {
      throw new AppError("VALIDATION", "ledgerAdmin.errors.belowZero", { jp: ["ledgerAdmin.errors.belowZero"] }, { year, jp: jpNumber(before) });
    }

    const entry = await correctLedger(tx, {
      agencyId: viewer.agencyId, employeeId: employee.id, minutes: input.minutes, date: input.date, routeCode, title: input.title,
      correctsId: corrected?.id ?? null, reason: input.reason, createdById: viewer.userId,
    });
    await audit({
      action: "ledger.correct",
      entity: "LedgerEntry",
      entityId: entry.id,
      before: { employeeId: employee.id, year, yearMinutes: before },
      after: {
        employeeId: employee.id, year, minutes: input.minutes, date: input.date.toISOString().slice(0, 10), title: input.title,
        routeCode, reason: input.reason, correctsId: corrected?.id ?? null, yearMinutes: before + input.minutes,
      },
    });
    return { entryId: entry.id, year, minutes: input.minutes, yearMinutes: before + input.minutes };
  },
});
