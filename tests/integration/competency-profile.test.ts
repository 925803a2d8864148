// One ASN's competency profile (issue 14, the individual level) on a small world built like worked example 1:
// the figures, the results behind them, training evidence that never changes a level, missing mandatory training,
// programs covering the gaps, the career target, and who may read it.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { chooseCareerTarget } from "@/lib/competency/career-target";
import { competencyProfile, teamMemberProfile } from "@/lib/competency/profile";
import { db } from "@/lib/db";
import type { AssessmentSource } from "@/lib/generated/prisma/enums";
import { createCompetencyCatalog } from "../factories/db";
import { buildWorld, refusal, type World } from "./world";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ON = day("2026-01-10");

let w: World;
let ids: Map<string, string>;
let pka: { id: string };
let komunikasi: { id: string };

async function program(title: string, lines: [string, number][]) {
  return db.program.create({
    data: {
      agencyId: w.agencyA.id, title, description: title, objectives: title, routeCode: "KL10", organiser: "BKPP Uji",
      competencies: { create: lines.map(([code, targetLevel]) => ({ competencyId: ids.get(code)!, targetLevel })) },
    },
  });
}

async function batch(programId: string, status: "OPEN" | "DONE", start: string, number = 1) {
  return db.batch.create({
    data: {
      agencyId: w.agencyA.id, programId, number, startDate: day(start), endDate: day(start), capacity: 30, status,
      registrationOpensAt: new Date(day(start).getTime() - 40 * 86_400_000), registrationClosesAt: new Date(day(start).getTime() - 86_400_000),
    },
  });
}

async function completed(programId: string, employeeId: string, start: string) {
  const b = await batch(programId, "DONE", start, 9);
  await db.enrolment.create({ data: { agencyId: w.agencyA.id, batchId: b.id, employeeId, status: "CONFIRMED", origin: "ADMIN", completed: true } });
}

async function result(code: string, level: number, on: string, source: AssessmentSource, extra: Record<string, unknown> = {}) {
  return db.competencyAssessment.create({
    data: {
      agencyId: w.agencyA.id, employeeId: w.people.staff1.id, competencyId: ids.get(code)!, level, assessedOn: day(on), source,
      assessorName: source === "SUPERVISOR" ? "Kabid X1" : "UPT Penilaian Kompetensi", assessorEmployeeId: source === "SUPERVISOR" ? w.people.kabid.id : null,
      documentNumber: source === "ASSESSMENT_CENTRE" ? "AC/2024/0512" : null, ...extra,
    },
  });
}

beforeEach(async () => {
  w = await buildWorld();
  ids = await createCompetencyCatalog(db, w.agencyA.id);
  // Worked example 1's standard on staff1's position, with PKA as a mandatory training requirement.
  pka = await program("Pelatihan Kepemimpinan Administrator (PKA)", [["M.02", 3]]);
  komunikasi = await program("Pelatihan Komunikasi Efektif", [["M.04", 3]]);
  const version = await db.positionStandardVersion.create({
    data: { agencyId: w.agencyA.id, positionId: w.people.staff1.positionId, legalBasis: "Perwal Uji No. 1 Tahun 2025", effectiveFrom: day("2025-01-01") },
  });
  const line = (code: string, importance: "MUTLAK" | "PENTING") => ({ agencyId: w.agencyA.id, positionId: w.people.staff1.positionId, versionId: version.id, competencyId: ids.get(code)!, requiredLevel: 3, importance });
  await db.positionCompetency.createMany({ data: [line("M.01", "MUTLAK"), line("M.02", "PENTING"), line("M.04", "PENTING"), line("SK.01", "PENTING")] });
  await db.positionRequirement.create({ data: { agencyId: w.agencyA.id, versionId: version.id, kind: "TRAINING", description: "PKA", importance: "MUTLAK", programId: pka.id } });

  await result("M.01", 3, "2024-05-02", "ASSESSMENT_CENTRE");
  await result("M.02", 2, "2024-05-02", "ASSESSMENT_CENTRE");
  await result("M.04", 2, "2024-05-02", "ASSESSMENT_CENTRE");
  await result("M.04", 3, "2025-11-01", "SUPERVISOR");
  // A wrong sheet, withdrawn: it never counts, but the history keeps it with its reason.
  await result("M.01", 5, "2024-05-02", "ASSESSMENT_CENTRE", { withdrawnAt: new Date("2024-06-01T00:00:00Z"), withdrawnReason: "Lembar peserta lain" });
});

describe("the profile against the current position (worked example 1)", () => {
  it("shows the current levels, gaps and an incomplete JPM of 77,8 %", async () => {
    const p = (await competencyProfile(await w.viewer(w.users.staff1), w.people.staff1.id, ON))!;
    const byCode = new Map(p.current.lines.map((l) => [l.code, l]));
    expect(p.current.lines.map((l) => l.code)).toEqual(["M.01", "M.02", "M.04", "SK.01"]);
    expect([...byCode].map(([code, l]) => [code, l.current?.level ?? null, l.gap])).toEqual([["M.01", 3, 0], ["M.02", 2, 1], ["M.04", 2, 1], ["SK.01", null, null]]);
    // The assessment centre outranks the later supervisor rating, which stays available as another result.
    expect(byCode.get("M.04")!.current!.source).toBe("ASSESSMENT_CENTRE");
    expect(byCode.get("M.04")!.others.map((r) => [r.source, r.level, r.status])).toEqual([["SUPERVISOR", 3, "VALID"]]);
    expect(byCode.get("M.01")!.others.map((r) => [r.level, r.status, r.withdrawnReason])).toEqual([[5, "WITHDRAWN", "Lembar peserta lain"]]);
    expect(p.current.jpm).toEqual({ percent: 77.8, metSum: 7, requiredSum: 9, notAssessed: 1, complete: false });
    expect(p.current.band).toEqual({ key: "LOW", name: "Kurang optimal" });
    expect(p.current.version?.legalBasis).toBe("Perwal Uji No. 1 Tahun 2025");
    expect(p.history).toHaveLength(5);
    expect(p.history.filter((r) => r.status === "WITHDRAWN")).toHaveLength(1);
  });

  it("a standard not yet in force is not used: before 2025 the position has none", async () => {
    const p = (await competencyProfile(await w.viewer(w.users.staff1), w.people.staff1.id, day("2024-12-31")))!;
    expect(p.current.version).toBeNull();
    expect(p.current.lines).toEqual([]);
  });

  it("lists completed training as evidence on its competencies without changing the level", async () => {
    await completed(komunikasi.id, w.people.staff1.id, "2025-08-04");
    const p = (await competencyProfile(await w.viewer(w.users.staff1), w.people.staff1.id, ON))!;
    const m04 = p.current.lines.find((l) => l.code === "M.04")!;
    expect(m04.evidence.map((e) => [e.programTitle, e.targetLevel, e.date.toISOString().slice(0, 10)])).toEqual([["Pelatihan Komunikasi Efektif", 3, "2025-08-04"]]);
    expect(m04.current!.level).toBe(2);
    expect(m04.gap).toBe(1);
  });

  it("names the mandatory training the holder lacks until they complete it", async () => {
    const viewer = await w.viewer(w.users.staff1);
    const before = (await competencyProfile(viewer, w.people.staff1.id, ON))!;
    expect(before.current.missingTrainings.map((r) => r.programTitle)).toEqual(["Pelatihan Kepemimpinan Administrator (PKA)"]);
    await completed(pka.id, w.people.staff1.id, "2025-09-01");
    const after = (await competencyProfile(viewer, w.people.staff1.id, ON))!;
    expect(after.current.missingTrainings).toEqual([]);
  });

  it("recommends programs reaching the required level of a gap, with their open batches", async () => {
    const open = await batch(pka.id, "OPEN", "2026-02-02");
    await db.batch.update({ where: { id: open.id }, data: { registrationOpensAt: day("2026-01-01"), registrationClosesAt: day("2026-01-25") } });
    await program("Pelatihan Komunikasi Dasar", [["M.04", 2]]); // below the required 3: not recommended
    const p = (await competencyProfile(await w.viewer(w.users.staff1), w.people.staff1.id, ON))!;
    expect(p.current.recommendations.map((r) => [r.code, r.title, r.openBatches.map((b) => b.id)])).toEqual([
      ["M.02", "Pelatihan Kepemimpinan Administrator (PKA)", [open.id]],
      ["M.04", "Pelatihan Komunikasi Efektif", []],
    ]);
  });
});

describe("the career target", () => {
  it("is chosen and cleared by the ASN, audited, and measured against its own standard", async () => {
    const asn = await w.viewer(w.users.staff1);
    const kabidPosition = w.people.kabid.positionId;
    const v = await db.positionStandardVersion.create({ data: { agencyId: w.agencyA.id, positionId: kabidPosition, legalBasis: "Perwal Uji No. 2", effectiveFrom: day("2024-01-01") } });
    await db.positionCompetency.create({ data: { agencyId: w.agencyA.id, positionId: kabidPosition, versionId: v.id, competencyId: ids.get("M.02")!, requiredLevel: 4, importance: "PENTING" } });

    await executeCommand(chooseCareerTarget, asn, { positionId: kabidPosition });
    const p = (await competencyProfile(asn, w.people.staff1.id, ON))!;
    expect(p.target?.position.id).toBe(kabidPosition);
    expect(p.target!.lines.map((l) => [l.code, l.requiredLevel, l.current?.level, l.gap])).toEqual([["M.02", 4, 2, 2]]);
    expect(p.target!.jpm.percent).toBe(50);
    const audit = await db.auditLog.findFirst({ where: { entity: "CareerTarget", entityId: w.people.staff1.id, action: "create" } });
    expect(audit?.after).toMatchObject({ positionId: kabidPosition });

    await executeCommand(chooseCareerTarget, asn, { positionId: "" });
    expect(await db.careerTarget.findUnique({ where: { employeeId: w.people.staff1.id } })).toBeNull();
    expect((await competencyProfile(asn, w.people.staff1.id, ON))!.target).toBeNull();
  });

  it("refuses another agency's position, and anyone choosing for someone else", async () => {
    const asn = await w.viewer(w.users.staff1);
    expect((await refusal(executeCommand(chooseCareerTarget, asn, { positionId: w.people.outsider.positionId }))).code).toBe("NOT_FOUND");
    expect((await refusal(executeCommand(chooseCareerTarget, await w.viewer(w.users.admin), { positionId: w.people.kabid.positionId }))).code).toBe("FORBIDDEN");
    expect(await db.careerTarget.count()).toBe(0);
  });
});

describe("who may read a profile", () => {
  it("the ASN, their supervisor, an operator of their unit and an admin; nobody else", async () => {
    const read = async (user: { id: string }) => (await competencyProfile(await w.viewer(user), w.people.staff1.id, ON))?.employee.id ?? null;
    expect(await read(w.users.staff1)).toBe(w.people.staff1.id);
    expect(await read(w.users.kabid)).toBe(w.people.staff1.id);
    expect(await read(w.users.operatorX)).toBe(w.people.staff1.id);
    expect(await read(w.users.admin)).toBe(w.people.staff1.id);
    expect(await read(w.users.operatorY)).toBeNull(); // an operator outside the unit
    expect(await read(w.users.adminB)).toBeNull(); // another agency
    expect(await competencyProfile(await w.viewer(w.users.staff1), w.people.staff2.id, ON)).toBeNull(); // a peer
  });

  it("a supervisor's team page refuses another team's member", async () => {
    const kabid = await w.viewer(w.users.kabid);
    expect((await teamMemberProfile(kabid, w.people.staff1.id, ON))?.employee.id).toBe(w.people.staff1.id);
    expect(await teamMemberProfile(kabid, w.people.other.id, ON)).toBeNull();
    expect(await teamMemberProfile(kabid, w.people.kabid.id, ON)).toBeNull(); // not their own record either
    // An operator of the unit may read the profile, but the team page is only a supervisor's.
    expect(await teamMemberProfile(await w.viewer(w.users.operatorX), w.people.staff1.id, ON)).toBeNull();
  });
});
