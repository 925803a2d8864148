import "server-only";
import { openOnDay } from "@/lib/catalog/catalog-order";
import { db } from "@/lib/db";
import type { CoveringProgram, Evidence, StandardLineInput, TrainingRequirement } from "./profile-rules";

// The reads behind one profile. Callers have already checked the viewer may read this person (lib/competency/profile.ts).

const KIND_ORDER = { MANAGERIAL: 0, SOCIOCULTURAL: 1, GOVERNMENT: 2, TECHNICAL: 3 } as const;

/** A position's standard version in force on a date (latest effectiveFrom on or before it): lines and training requirements. */
export async function standardInForce(agencyId: string, positionId: string, on: Date) {
  const version = await db.positionStandardVersion.findFirst({
    where: { agencyId, positionId, effectiveFrom: { lte: on } },
    orderBy: { effectiveFrom: "desc" },
    select: {
      id: true, legalBasis: true, effectiveFrom: true,
      lines: { select: { competencyId: true, requiredLevel: true, importance: true, competency: { select: { code: true, name: true, kind: true } } } },
      requirements: { where: { kind: "TRAINING" }, select: { id: true, description: true, importance: true, programId: true, program: { select: { title: true } } } },
    },
  });
  if (!version) return null;
  const lines: StandardLineInput[] = version.lines
    .map((l) => ({ competencyId: l.competencyId, code: l.competency.code, name: l.competency.name, kind: l.competency.kind, requiredLevel: l.requiredLevel, importance: l.importance }))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.code.localeCompare(b.code, undefined, { numeric: true }));
  const requirements: TrainingRequirement[] = version.requirements.map((r) => ({ id: r.id, description: r.description, importance: r.importance, programId: r.programId, programTitle: r.program?.title ?? null }));
  return { version: { id: version.id, legalBasis: version.legalBasis, effectiveFrom: version.effectiveFrom }, lines, requirements };
}

/**
 * The person's completed training in the catalog: batches where their seat ended completed, or that credited them JP
 * (a batch credit in the ledger). Each program competency becomes evidence (program, target level, the batch's last
 * day, the certificate number if one was issued and not revoked).
 */
export async function completedTrainings(agencyId: string, employeeId: string) {
  const [enrolments, credits] = await Promise.all([
    db.enrolment.findMany({
      where: { agencyId, employeeId, status: "CONFIRMED", completed: true },
      select: { batchId: true, certificate: { select: { number: true, revokedAt: true } } },
    }),
    db.ledgerEntry.findMany({ where: { agencyId, employeeId, source: "BATCH", batchId: { not: null }, minutes: { gt: 0 } }, select: { batchId: true } }),
  ]);
  const certificateOf = new Map(enrolments.map((e) => [e.batchId, e.certificate && !e.certificate.revokedAt ? e.certificate.number : null]));
  const batchIds = [...new Set([...enrolments.map((e) => e.batchId), ...credits.map((c) => c.batchId!)])];
  const batches = batchIds.length ? await db.batch.findMany({
    where: { agencyId, id: { in: batchIds } },
    select: { id: true, endDate: true, program: { select: { id: true, title: true, competencies: { select: { competencyId: true, targetLevel: true } } } } },
    orderBy: { endDate: "desc" },
  }) : [];
  const evidence: Evidence[] = batches.flatMap((b) => b.program.competencies.map((c) => ({
    programId: b.program.id, programTitle: b.program.title, competencyId: c.competencyId, targetLevel: c.targetLevel, date: b.endDate, certificateNumber: certificateOf.get(b.id) ?? null,
  })));
  return { evidence, programIds: new Set(batches.map((b) => b.program.id)) };
}

/** Programs developing any of these competencies, with their batches open for registration on the day. */
export async function coveringPrograms(agencyId: string, competencyIds: string[], on: Date): Promise<CoveringProgram[]> {
  const rows = await db.programCompetency.findMany({
    where: { agencyId, competencyId: { in: competencyIds } },
    select: {
      competencyId: true, targetLevel: true,
      program: {
        select: {
          id: true, title: true,
          batches: { where: { status: "OPEN" }, select: { id: true, number: true, status: true, startDate: true, registrationOpensAt: true, registrationClosesAt: true }, orderBy: { startDate: "asc" } },
        },
      },
    },
  });
  return rows.map((r) => ({
    programId: r.program.id, title: r.program.title, competencyId: r.competencyId, targetLevel: r.targetLevel,
    openBatches: r.program.batches.filter((b) => openOnDay(b, on)).map((b) => ({ id: b.id, number: b.number, startDate: b.startDate, registrationClosesAt: b.registrationClosesAt })),
  }));
}
