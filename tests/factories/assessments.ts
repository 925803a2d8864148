// Builders for recorded competency levels (issue 14, decision 0030), shared by the assessments' integration tests and
// the authorisation matrix: a competency with its five level descriptors, a standard line for a position (in a
// version in force since 2024-01-01), and a recorded result written straight to the table.
import { randomUUID } from "node:crypto";
import type { AssessmentSource } from "@/lib/generated/prisma/enums";
import type { db as Db } from "@/lib/db";

type Client = typeof Db;
const EFFECTIVE = new Date("2024-01-01T00:00:00Z");

/** A technical competency of the agency with level descriptors, under a fresh code unless one is given. */
export async function createCompetency(db: Client, agencyId: string, data: { code?: string; name?: string } = {}) {
  const competency = await db.competency.create({
    data: { agencyId, kind: "TECHNICAL", code: data.code ?? `T.${randomUUID().slice(0, 8).toUpperCase()}`, name: data.name ?? "Analisis Data Kependudukan", description: "" },
  });
  await db.competencyLevel.createMany({
    data: [1, 2, 3, 4, 5].map((level) => ({ agencyId, competencyId: competency.id, level, descriptor: `Deskriptor level ${level}`, indicators: [] })),
  });
  return competency;
}

/** Puts a competency into the standard in force of a position (its 2024-01-01 version, made when missing). */
export async function addStandardLine(db: Client, position: { id: string; agencyId: string }, competencyId: string, requiredLevel = 3) {
  const version = await db.positionStandardVersion.upsert({
    where: { positionId_effectiveFrom: { positionId: position.id, effectiveFrom: EFFECTIVE } },
    create: { agencyId: position.agencyId, positionId: position.id, legalBasis: "Perwal Uji No. 1 Tahun 2024", effectiveFrom: EFFECTIVE },
    update: {},
  });
  return db.positionCompetency.create({
    data: { agencyId: position.agencyId, positionId: position.id, versionId: version.id, competencyId, requiredLevel, importance: "PENTING" },
  });
}

/** A result recorded as a provider would have it (not withdrawn). */
export async function recordResult(
  db: Client,
  data: { agencyId: string; employeeId: string; competencyId: string; level?: number; assessedOn?: string; source?: AssessmentSource; assessorEmployeeId?: string | null; documentNumber?: string | null },
) {
  return db.competencyAssessment.create({
    data: {
      agencyId: data.agencyId, employeeId: data.employeeId, competencyId: data.competencyId, level: data.level ?? 3,
      assessedOn: new Date(`${data.assessedOn ?? "2025-05-02"}T00:00:00Z`), source: data.source ?? "ASSESSMENT_CENTRE",
      assessorName: "UPT Penilaian Kompetensi Uji", assessorEmployeeId: data.assessorEmployeeId ?? null, documentNumber: data.documentNumber ?? null,
    },
  });
}
