// The authorisation matrix's entries for the competency dictionary and position standards (issue 14, decision
// 0029), with the fresh records each call needs: admins only (manage:competency); another agency's record is
// not found. Kept here so tests/authz/commands.ts only spreads them in.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { CommandEntry } from "./commands";
import type { Records } from "./records";
import type { TargetKey } from "./world";

const ADMIN = { ADMIN: "any" } as const;
const freshCode = () => `T.${randomUUID().slice(0, 8).toUpperCase()}`;
const levels = Object.fromEntries([1, 2, 3, 4, 5].flatMap((l) => [[`descriptor${l}`, `Deskripsi level ${l}`], [`indicators${l}`, `Indikator ${l}`]]));

/** An unused technical competency of the target's agency, with five levels. */
async function ownCompetency(r: Records, t: TargetKey) {
  const agencyId = r.agency(t);
  return db.competency.create({
    data: { agencyId, kind: "TECHNICAL", code: freshCode(), name: "Kompetensi Matriks", description: "", levels: { create: [1, 2, 3, 4, 5].map((level) => ({ level, descriptor: `Level ${level}` })) } },
  });
}

/** A version of a fresh position's standard, in force since 2024. */
async function standardVersion(r: Records, t: TargetKey) {
  const position = await r.position(t);
  return db.positionStandardVersion.create({ data: { agencyId: position.agencyId, positionId: position.id, legalBasis: "Perwal Matriks", effectiveFrom: new Date("2024-01-01T00:00:00Z") } });
}

async function standardLine(r: Records, t: TargetKey) {
  const [version, competency] = await Promise.all([standardVersion(r, t), ownCompetency(r, t)]);
  return db.positionCompetency.create({ data: { agencyId: version.agencyId, positionId: version.positionId, versionId: version.id, competencyId: competency.id, requiredLevel: 3, importance: "PENTING" } });
}

export const STANDARDS_COMMANDS: Record<string, CommandEntry> = {
  createCompetency: { record: "none", grants: ADMIN, input: async () => ({ kind: "TECHNICAL", code: freshCode(), name: "Kompetensi Matriks", description: "Definisi", ...levels }) },
  updateCompetency: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => ({ competencyId: (await ownCompetency(r, t)).id, kind: "GOVERNMENT", code: freshCode(), name: "Kompetensi Diubah", description: "Definisi", ...levels }),
  },
  removeCompetency: { record: "agency", grants: ADMIN, input: async (r, t) => ({ competencyId: (await ownCompetency(r, t)).id }) },
  createStandardVersion: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => ({ positionId: (await r.position(t)).id, legalBasis: "Perwal Matriks No. 1", effectiveFrom: "2026-01-01", from: "DEFAULT" }),
  },
  saveStandardLine: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => {
      const [version, competency] = await Promise.all([standardVersion(r, t), ownCompetency(r, t)]);
      return { versionId: version.id, competencyId: competency.id, requiredLevel: "3", importance: "MUTLAK" };
    },
  },
  removeStandardLine: { record: "agency", grants: ADMIN, input: async (r, t) => ({ lineId: (await standardLine(r, t)).id }) },
  saveRequirement: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => ({ versionId: (await standardVersion(r, t)).id, kind: "EDUCATION", description: "S1 Administrasi Publik", importance: "PENTING" }),
  },
  removeRequirement: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => {
      const version = await standardVersion(r, t);
      const requirement = await db.positionRequirement.create({ data: { agencyId: version.agencyId, versionId: version.id, kind: "TRAINING", description: "PKA", importance: "MUTLAK" } });
      return { requirementId: requirement.id };
    },
  },
};
