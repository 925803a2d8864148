// The competency dictionary and versioned position standards (issue 14, decision 0029): agency-own competencies
// are created, edited and removed only while unused; locked ones are refused; a new standard version copies the
// one in force; two versions on one date and another agency's position are refused; positionStandard reads the
// version in force today; every change leaves an audit row.
import { beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { createCompetency, removeCompetency, updateCompetency } from "@/lib/competency/dictionary";
import { positionStandard } from "@/lib/competency/queries";
import { createStandardVersion, removeStandardLine, saveRequirement, saveStandardLine } from "@/lib/competency/standards";
import { db } from "@/lib/db";
import { calendarToday } from "@/lib/time";
import { createCompetencyCatalog } from "../factories/db";
import { buildWorld, refusal, type World } from "./world";

let w: World;
let admin: Viewer;
let ids: Map<string, string>;
let positionId: string;
let firstVersionId: string;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const levels = (prefix: string) => Object.fromEntries([1, 2, 3, 4, 5].flatMap((l) => [[`descriptor${l}`, `${prefix} ${l}`], [`indicators${l}`, `Indikator ${l}`]]));
const audits = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" }, select: { action: true, before: true, after: true } });

beforeAll(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  ids = await createCompetencyCatalog(db, w.agencyA.id);
  await createCompetencyCatalog(db, w.agencyB.id);
  positionId = w.people.kabid.positionId;
  const version = await db.positionStandardVersion.create({ data: { agencyId: w.agencyA.id, positionId, legalBasis: "Perwal Uji No. 12 Tahun 2024", effectiveFrom: day("2024-01-01") } });
  firstVersionId = version.id;
  await db.positionCompetency.createMany({
    data: [["M.01", 3, "MUTLAK"], ["M.02", 3, "PENTING"], ["T.03", 4, "MUTLAK"]].map(([code, level, importance]) => ({
      agencyId: w.agencyA.id, positionId, versionId: version.id, competencyId: ids.get(code as string)!, requiredLevel: level as number, importance: importance as "MUTLAK",
    })),
  });
  await db.positionRequirement.create({ data: { agencyId: w.agencyA.id, versionId: version.id, kind: "TRAINING", description: "PKA", importance: "MUTLAK" } });
});

describe("the competency dictionary", () => {
  it("creates a technical competency with five levels and indicators, edits it, and audits both", async () => {
    const { competencyId } = await executeCommand(createCompetency, admin, { kind: "TECHNICAL", code: "t.50", name: "Pengelolaan Arsip", description: "Arsip dinamis.", ...levels("Deskripsi") });
    const stored = await db.competency.findUniqueOrThrow({ where: { id: competencyId }, include: { levels: { orderBy: { level: "asc" } } } });
    expect([stored.code, stored.locked, stored.levels.length, stored.levels[0]!.indicators]).toEqual(["T.50", false, 5, ["Indikator 1"]]);

    await executeCommand(updateCompetency, admin, { competencyId, kind: "TECHNICAL", code: "T.50", name: "Pengelolaan Arsip Dinamis", description: "Arsip dinamis.", ...levels("Deskripsi"), descriptor3: "Menata arsip unit kerja" });
    const level3 = await db.competencyLevel.findUniqueOrThrow({ where: { competencyId_level: { competencyId, level: 3 } } });
    expect(level3.descriptor).toBe("Menata arsip unit kerja");
    const trail = await audits(competencyId);
    expect(trail.map((a) => a.action)).toEqual(["competency.create", "competency.update"]);
    expect((trail[1]!.before as { name: string }).name).toBe("Pengelolaan Arsip");
    expect((trail[1]!.after as { levels: { descriptor: string }[] }).levels[2]!.descriptor).toBe("Menata arsip unit kerja");
  });

  it("refuses a code already used in the agency, naming the field, but allows it in another agency", async () => {
    const error = await refusal(executeCommand(createCompetency, admin, { kind: "TECHNICAL", code: "T.03", name: "Duplikat", description: "x", ...levels("D") }));
    expect(error.fieldErrors).toEqual({ code: ["compStandards.errors.codeTaken"] });
    const adminB = await w.viewer(w.users.adminB);
    await expect(executeCommand(createCompetency, adminB, { kind: "GOVERNMENT", code: "T.51", name: "Lain", description: "x", ...levels("D") })).resolves.toBeTruthy();
  });

  it("refuses to edit or remove a locked PermenPANRB competency, and changes nothing", async () => {
    const m01 = ids.get("M.01")!;
    const before = await db.competency.findUniqueOrThrow({ where: { id: m01 }, include: { levels: true } });
    const edit = await refusal(executeCommand(updateCompetency, admin, { competencyId: m01, kind: "TECHNICAL", code: "X.01", name: "Diubah", description: "x", ...levels("D") }));
    expect(edit.message).toBe("compStandards.errors.locked");
    expect((await refusal(executeCommand(removeCompetency, admin, { competencyId: m01 }))).message).toBe("compStandards.errors.locked");
    expect(await db.competency.findUniqueOrThrow({ where: { id: m01 }, include: { levels: true } })).toEqual(before);
  });

  it("removes an unused competency, refuses one a standard uses and says what uses it", async () => {
    const used = await refusal(executeCommand(removeCompetency, admin, { competencyId: ids.get("T.03")! }));
    expect([used.code, used.message, used.values]).toEqual(["CONFLICT", "compStandards.errors.inUse", { standards: 1, programs: 0, results: 0 }]);
    const { competencyId } = await executeCommand(createCompetency, admin, { kind: "GOVERNMENT", code: "PEM.90", name: "Sementara", description: "x", ...levels("D") });
    await executeCommand(removeCompetency, admin, { competencyId });
    expect(await db.competency.count({ where: { id: competencyId } })).toBe(0);
    expect((await audits(competencyId)).map((a) => a.action)).toEqual(["competency.create", "competency.remove"]);
  });

  it("is the admin's: an operator is refused", async () => {
    const operator = await w.viewer(w.users.operatorX);
    expect((await refusal(executeCommand(createCompetency, operator, { kind: "TECHNICAL", code: "T.70", name: "X", description: "x", ...levels("D") }))).code).toBe("FORBIDDEN");
  });
});

describe("position standard versions", () => {
  it("a copy of the version in force keeps its lines and requirements; positionStandard switches on its effective date", async () => {
    const today = calendarToday();
    const upcoming = await executeCommand(createStandardVersion, admin, { positionId, legalBasis: "Perwal Uji No. 9 Tahun 2099", effectiveFrom: iso(addDays(today, 30)), from: "COPY" });
    const copy = await db.positionStandardVersion.findUniqueOrThrow({ where: { id: upcoming.versionId }, include: { lines: { include: { competency: true } }, requirements: true } });
    expect(copy.lines.map((l) => [l.competency.code, l.requiredLevel, l.importance]).sort()).toEqual([["M.01", 3, "MUTLAK"], ["M.02", 3, "PENTING"], ["T.03", 4, "MUTLAK"]]);
    expect(copy.requirements.map((r) => [r.kind, r.description, r.importance])).toEqual([["TRAINING", "PKA", "MUTLAK"]]);
    // Raise M.02 in the upcoming version only: today's standard is still the 2024 one.
    const m02 = copy.lines.find((l) => l.competency.code === "M.02")!;
    await executeCommand(saveStandardLine, admin, { versionId: copy.id, lineId: m02.id, competencyId: m02.competencyId, requiredLevel: "4", importance: "MUTLAK" });
    expect((await positionStandard(admin, positionId)).find((l) => l.competency.code === "M.02")?.requiredLevel).toBe(3);

    // A version starting today is in force today.
    const now = await executeCommand(createStandardVersion, admin, { positionId, legalBasis: "Perwal Uji No. 1 Tahun 2026", effectiveFrom: iso(today), from: "DEFAULT", keepTechnical: "on" });
    const standard = await positionStandard(admin, positionId);
    expect(standard.every((l) => l.versionId === now.versionId)).toBe(true);
    expect(standard.map((l) => l.competency.code)).toEqual(["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01", "T.03"]);
    expect(standard.find((l) => l.competency.code === "T.03")).toMatchObject({ requiredLevel: 4, importance: "MUTLAK" });
    const trail = await audits(upcoming.versionId);
    expect(trail[0]).toMatchObject({ action: "standard.version.create", after: { copiedFrom: firstVersionId, from: "COPY" } });
  });

  it("refuses a second version on the same date with a message naming it, and writes nothing", async () => {
    const count = await db.positionStandardVersion.count({ where: { positionId } });
    const error = await refusal(executeCommand(createStandardVersion, admin, { positionId, legalBasis: "Perwal lain", effectiveFrom: "2024-01-01", from: "COPY" }));
    expect([error.code, error.fieldErrors, error.values]).toEqual(["CONFLICT", { effectiveFrom: ["compStandards.errors.dateTaken"] }, { date: "2024-01-01" }]);
    expect(await db.positionStandardVersion.count({ where: { positionId } })).toBe(count);
  });

  it("refuses another agency's position and version as not found", async () => {
    const adminB = await w.viewer(w.users.adminB);
    expect((await refusal(executeCommand(createStandardVersion, adminB, { positionId, legalBasis: "X", effectiveFrom: "2030-01-01", from: "DEFAULT" }))).code).toBe("NOT_FOUND");
    const lineB = { versionId: firstVersionId, competencyId: ids.get("M.03")!, requiredLevel: "2", importance: "PERLU" };
    expect((await refusal(executeCommand(saveStandardLine, adminB, lineB))).code).toBe("NOT_FOUND");
    expect((await refusal(executeCommand(saveRequirement, adminB, { versionId: firstVersionId, kind: "EDUCATION", description: "S1", importance: "PENTING" }))).code).toBe("NOT_FOUND");
  });

  it("adds a line once, refuses the same competency twice, removes it; a training requirement links a catalog program", async () => {
    const input = { versionId: firstVersionId, competencyId: ids.get("M.05")!, requiredLevel: "2", importance: "PERLU" };
    const { lineId } = await executeCommand(saveStandardLine, admin, input);
    expect((await refusal(executeCommand(saveStandardLine, admin, { ...input, requiredLevel: "3" }))).fieldErrors).toEqual({ competencyId: ["compStandards.errors.lineTaken"] });
    await executeCommand(removeStandardLine, admin, { lineId });
    expect((await audits(lineId)).map((a) => a.action)).toEqual(["standard.line.create", "standard.line.remove"]);

    const program = await db.program.create({ data: { agencyId: w.agencyA.id, title: "Pelatihan Kepemimpinan Administrator", description: "", objectives: "", routeCode: "KL01", organiser: "BKPP" } });
    const { requirementId } = await executeCommand(saveRequirement, admin, { versionId: firstVersionId, kind: "TRAINING", description: "PKA", importance: "MUTLAK", programId: program.id });
    expect((await db.positionRequirement.findUniqueOrThrow({ where: { id: requirementId } })).programId).toBe(program.id);
    const programB = await db.program.create({ data: { agencyId: w.agencyB.id, title: "Lain", description: "", objectives: "", routeCode: "KL01", organiser: "X" } });
    expect((await refusal(executeCommand(saveRequirement, admin, { versionId: firstVersionId, kind: "TRAINING", description: "PKA", importance: "MUTLAK", programId: programB.id }))).fieldErrors).toEqual({ programId: ["compStandards.errors.programUnknown"] });
  });
});
