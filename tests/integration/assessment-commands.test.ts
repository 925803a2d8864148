// Recording levels in Bangkom (issue 14, decision 0030): a supervisor rates their own staff only (checked in the data
// layer with the team scope), an ASN rates only themself, an admin withdraws a result once with a reason; each with
// its audit row. The database keeps results append-only whatever the code does. One ASN's results page reads
// through the viewer's scope and shows how long each result stays valid.
import { beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { rateSelf, rateStaff, withdrawAssessment } from "@/lib/competency/assessments";
import { assessmentsOf, staffRatingForm } from "@/lib/competency/assessments-queries";
import { db } from "@/lib/db";
import { calendarToday } from "@/lib/time";
import { addStandardLine, createCompetency, recordResult } from "../factories/assessments";
import { buildWorld, refusal, type World } from "./world";

let w: World;
let v: Record<"admin" | "kabid" | "staff1" | "operatorX" | "operatorY" | "adminB", Viewer>;
let c: { m01: string; m02: string; other: string };
const day = (d: Date) => d.toISOString().slice(0, 10);

beforeAll(async () => {
  w = await buildWorld();
  const { users } = w;
  v = {
    admin: await w.viewer(users.admin), kabid: await w.viewer(users.kabid), staff1: await w.viewer(users.staff1),
    operatorX: await w.viewer(users.operatorX), operatorY: await w.viewer(users.operatorY), adminB: await w.viewer(users.adminB),
  };
  const m01 = await createCompetency(db, w.agencyA.id, { code: "M.01" });
  const m02 = await createCompetency(db, w.agencyA.id, { code: "M.02" });
  const other = await createCompetency(db, w.agencyA.id, { code: "T.99" });
  c = { m01: m01.id, m02: m02.id, other: other.id };
  for (const person of [w.people.staff1, w.people.staff2, w.people.kabid, w.people.other]) {
    for (const id of [m01.id, m02.id]) await addStandardLine(db, { id: person.positionId, agencyId: w.agencyA.id }, id, 3);
  }
});

describe("a supervisor's rating", () => {
  it("records one SUPERVISOR result per competency rated, dated today, naming the supervisor, with one audit row", async () => {
    const { staff1, kabid } = w.people;
    const done = await executeCommand(rateStaff, v.kabid, { employeeId: staff1.id, "level.": "", [`level.${c.m01}`]: "3", [`level.${c.m02}`]: "", documentNumber: "BA-PK/7/2026" });
    expect(done).toMatchObject({ count: 1 });
    const rows = await db.competencyAssessment.findMany({ where: { employeeId: staff1.id, source: "SUPERVISOR" } });
    expect(rows.map((r) => [r.competencyId, r.level, day(r.assessedOn), r.assessorEmployeeId, r.assessorName, r.documentNumber, r.recordedById])).toEqual([
      [c.m01, 3, day(calendarToday()), kabid.id, "Kabid X1", "BA-PK/7/2026", w.users.kabid.id],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "competency.rateStaff", entityId: rows[0]!.id } });
    expect(audit.subjectEmployeeId).toBe(staff1.id);
    expect(audit.after).toMatchObject({ source: "SUPERVISOR", results: [{ id: rows[0]!.id, code: "M.01", level: 3 }] });
    // The same rating again the same day records nothing twice.
    expect((await refusal(executeCommand(rateStaff, v.kabid, { employeeId: staff1.id, ratings: [{ competencyId: c.m01, level: 3 }] }))).message).toBe("compAssess.errors.nothingNew");
    // The form shows it as the previous supervisor rating.
    expect((await staffRatingForm(v.kabid, staff1.id))?.previous.get(c.m01)).toMatchObject({ level: 3, assessorName: "Kabid X1" });
  });

  it("is refused in the data layer for anyone outside the supervisor's team, themself included, and for a competency outside the standard", async () => {
    const { other, kabid, staff2, outsider } = w.people;
    const before = await db.competencyAssessment.count();
    const rating = (employeeId: string, competencyId = c.m01) => ({ employeeId, ratings: [{ competencyId, level: 2 }] });
    expect((await refusal(executeCommand(rateStaff, v.kabid, rating(other.id)))).code).toBe("NOT_FOUND");
    expect((await refusal(executeCommand(rateStaff, v.kabid, rating(kabid.id)))).code).toBe("NOT_FOUND");
    expect((await refusal(executeCommand(rateStaff, v.kabid, rating(outsider.id)))).code).toBe("NOT_FOUND");
    expect(await staffRatingForm(v.kabid, other.id)).toBeNull();
    // An ASN without staff, an admin and an operator are no supervisors.
    for (const viewer of [v.staff1, v.admin, v.operatorX]) expect((await refusal(executeCommand(rateStaff, viewer, rating(staff2.id)))).code).toBe("FORBIDDEN");
    expect((await refusal(executeCommand(rateStaff, v.kabid, rating(staff2.id, c.other)))).message).toBe("compAssess.errors.notInStandard");
    expect(await db.competencyAssessment.count()).toBe(before);
  });
});

describe("a self-rating", () => {
  it("records SELF results about the viewer only; an account without an employee cannot", async () => {
    const { staff1 } = w.people;
    await executeCommand(rateSelf, v.staff1, { ratings: [{ competencyId: c.m01, level: 4 }, { competencyId: c.m02, level: 2 }] });
    const rows = await db.competencyAssessment.findMany({ where: { source: "SELF" }, orderBy: { level: "desc" } });
    expect(rows.map((r) => [r.employeeId, r.assessorEmployeeId, r.competencyId, r.level])).toEqual([[staff1.id, staff1.id, c.m01, 4], [staff1.id, staff1.id, c.m02, 2]]);
    expect(await db.auditLog.count({ where: { action: "competency.rateSelf", subjectEmployeeId: staff1.id } })).toBe(1);
    // The input names nobody: there is no way to rate someone else as SELF.
    await executeCommand(rateSelf, v.staff1, { employeeId: w.people.staff2.id, ratings: [{ competencyId: c.m01, level: 1 }] });
    expect(await db.competencyAssessment.count({ where: { source: "SELF", employeeId: w.people.staff2.id } })).toBe(0);
    expect((await refusal(executeCommand(rateSelf, v.admin, { ratings: [{ competencyId: c.m01, level: 1 }] }))).code).toBe("FORBIDDEN");
    expect((await refusal(executeCommand(rateSelf, v.operatorY, { ratings: [{ competencyId: c.m01, level: 1 }] }))).code).toBe("FORBIDDEN");
  });
});

describe("withdrawing a result", () => {
  it("sets the withdrawal once, with a reason and an audit row; a second withdrawal is refused; only an admin of the agency may", async () => {
    const result = await recordResult(db, { agencyId: w.agencyA.id, employeeId: w.people.staff2.id, competencyId: c.m02, level: 2 });
    for (const viewer of [v.kabid, v.operatorX, v.staff1]) expect((await refusal(executeCommand(withdrawAssessment, viewer, { assessmentId: result.id, reason: "Salah orang" }))).code).toBe("FORBIDDEN");
    expect((await refusal(executeCommand(withdrawAssessment, v.adminB, { assessmentId: result.id, reason: "Salah orang" }))).code).toBe("NOT_FOUND");
    expect((await refusal(executeCommand(withdrawAssessment, v.admin, { assessmentId: result.id, reason: " " }))).code).toBe("VALIDATION");
    await executeCommand(withdrawAssessment, v.admin, { assessmentId: result.id, reason: "NIP tertukar di berkas AC" });
    const after = await db.competencyAssessment.findUniqueOrThrow({ where: { id: result.id } });
    expect(after).toMatchObject({ withdrawnById: w.users.admin.id, withdrawnReason: "NIP tertukar di berkas AC", level: 2 });
    expect(after.withdrawnAt).toBeInstanceOf(Date);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "competency.withdraw", entityId: result.id } });
    expect(audit.subjectEmployeeId).toBe(w.people.staff2.id);
    expect((await refusal(executeCommand(withdrawAssessment, v.admin, { assessmentId: result.id, reason: "Sekali lagi" }))).message).toBe("compAssess.errors.alreadyWithdrawn");
  });

  it("is the only change the database allows: an edit, a second withdrawal and a delete are refused by the trigger", async () => {
    const result = await recordResult(db, { agencyId: w.agencyA.id, employeeId: w.people.staff2.id, competencyId: c.m01, level: 3 });
    await expect(db.competencyAssessment.update({ where: { id: result.id }, data: { level: 5 } })).rejects.toThrow(/append-only/);
    await expect(db.competencyAssessment.delete({ where: { id: result.id } })).rejects.toThrow(/append-only/);
    await db.competencyAssessment.update({ where: { id: result.id }, data: { withdrawnAt: new Date(), withdrawnById: w.users.admin.id, withdrawnReason: "Keliru" } });
    await expect(db.competencyAssessment.update({ where: { id: result.id }, data: { withdrawnReason: "Alasan lain" } })).rejects.toThrow(/append-only/);
    expect(await db.competencyAssessment.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({ level: 3, withdrawnReason: "Keliru" });
  });
});

describe("one ASN's results page", () => {
  it("reads through the viewer's scope, newest first, with the day each result stops being valid (per the agency's settings)", async () => {
    const { staff1 } = w.people;
    await recordResult(db, { agencyId: w.agencyA.id, employeeId: staff1.id, competencyId: c.m02, level: 2, assessedOn: "2024-05-02", source: "ASSESSMENT_CENTRE" });
    await db.competencySettings.create({ data: { agencyId: w.agencyA.id, validityAssessmentCentre: 2 } });
    const page = await assessmentsOf(v.operatorX, staff1.id, 1);
    expect(page?.results.rows[0]?.source).toBe("SELF");
    const ac = page!.results.rows.find((r) => r.source === "ASSESSMENT_CENTRE")!;
    expect([day(ac.assessedOn), day(ac.validUntil)]).toEqual(["2024-05-02", "2026-05-02"]);
    const supervisor = page!.results.rows.find((r) => r.source === "SUPERVISOR")!;
    expect(day(supervisor.validUntil)).toBe(`${calendarToday().getUTCFullYear() + 1}${day(calendarToday()).slice(4)}`);
    expect(await assessmentsOf(v.operatorY, staff1.id, 1)).toBeNull();
    expect(await assessmentsOf(v.adminB, staff1.id, 1)).toBeNull();
  });
});
