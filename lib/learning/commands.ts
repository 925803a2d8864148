import "server-only";
import { defineCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { interpolate } from "@/lib/i18n/format";
import { learningEn } from "@/lib/i18n/messages/learning.en";
import { learningId } from "@/lib/i18n/messages/learning.id";
import { checkImport, describeRowError, looksLikeXlsx, MAX_IMPORT_BYTES, normaliseNip } from "./rules";
import { importSchema, ratingsSchema, scoreSchema } from "./schemas";
import { readScoreSheet } from "./sheet";

// Level 2 writes: scores per participant (typed on the grid or imported from the batch's XLSX template) and
// observer ratings per program competency. Only for RUNNING or DONE batches of the viewer's agency, only for
// confirmed participants.

const REVALIDATE = ["/admin/angkatan"];
const fileError = (key: string) => new AppError("VALIDATION", key, { file: [key] });

async function scoredBatch(tx: Tx, viewer: Viewer, batchId: string) {
  const batch = await tx.batch.findFirst({ where: { id: batchId, agencyId: viewer.agencyId }, select: { id: true, status: true, programId: true } });
  if (!batch) throw new AppError("NOT_FOUND", "common.notFound");
  if (batch.status !== "RUNNING" && batch.status !== "DONE") throw new AppError("CONFLICT", "learning.errors.batchNotRunning");
  return batch;
}

/** A confirmed participant of a batch of the viewer's agency, with that batch checked. */
async function participant(tx: Tx, viewer: Viewer, enrolmentId: string) {
  const enrolment = await tx.enrolment.findFirst({
    where: { id: enrolmentId, agencyId: viewer.agencyId },
    select: { id: true, batchId: true, status: true, employee: { select: { name: true } } },
  });
  if (!enrolment) throw new AppError("NOT_FOUND", "common.notFound");
  const batch = await scoredBatch(tx, viewer, enrolment.batchId);
  if (enrolment.status !== "CONFIRMED") throw new AppError("CONFLICT", "learning.errors.notParticipant");
  return { ...enrolment, batch };
}

/** The grid: one participant's pre-test and post-test; an empty field clears that score. */
export const saveLearningScore = defineCommand({
  name: "learning.score",
  permission: "record:learning",
  schema: scoreSchema,
  revalidate: REVALIDATE,
  successMessage: (m, r: { name: string }) => interpolate(m.learning.edit.saved, { name: r.name }),
  async run({ viewer, input, tx, audit }) {
    const enrolment = await participant(tx, viewer, input.enrolmentId);
    const before = await tx.learningScore.findUnique({ where: { enrolmentId: enrolment.id }, select: { preScore: true, postScore: true } });
    const after = { preScore: input.preScore, postScore: input.postScore };
    await tx.learningScore.upsert({
      where: { enrolmentId: enrolment.id },
      create: { enrolmentId: enrolment.id, agencyId: viewer.agencyId, updatedById: viewer.userId, ...after },
      update: { updatedById: viewer.userId, ...after },
    });
    await audit({ action: "update", entity: "LearningScore", entityId: enrolment.id, before: before ?? null, after });
    return { name: enrolment.employee.name };
  },
});

/** Observer ratings of one participant, one level per program competency; an empty level removes it. */
export const saveObserverRatings = defineCommand({
  name: "learning.ratings",
  permission: "record:learning",
  schema: ratingsSchema,
  revalidate: REVALIDATE,
  successMessage: (m, r: { name: string }) => interpolate(m.learning.ratings.saved, { name: r.name }),
  async run({ viewer, input, tx, audit }) {
    const enrolment = await participant(tx, viewer, input.enrolmentId);
    const developed = new Set(
      (await tx.programCompetency.findMany({ where: { programId: enrolment.batch.programId }, select: { competencyId: true } })).map((c) => c.competencyId),
    );
    if (input.ratings.some((r) => !developed.has(r.competencyId))) throw new AppError("VALIDATION", "learning.errors.competency");
    const before = await tx.observerRating.findMany({ where: { enrolmentId: enrolment.id }, select: { competencyId: true, level: true, observerName: true } });
    const observerName = input.observerName || null;
    for (const r of input.ratings) {
      const key = { enrolmentId_competencyId: { enrolmentId: enrolment.id, competencyId: r.competencyId } };
      if (r.level === null) await tx.observerRating.deleteMany({ where: { enrolmentId: enrolment.id, competencyId: r.competencyId } });
      else
        await tx.observerRating.upsert({
          where: key,
          create: { enrolmentId: enrolment.id, competencyId: r.competencyId, agencyId: viewer.agencyId, level: r.level, observerName, updatedById: viewer.userId },
          update: { level: r.level, observerName, updatedById: viewer.userId },
        });
    }
    await audit({ action: "update", entity: "ObserverRating", entityId: enrolment.id, before, after: { observerName, ratings: input.ratings } });
    return { name: enrolment.employee.name };
  },
});

/**
 * The filled template of a batch. Every row is checked first; if any is wrong nothing is written and the
 * refusal lists each wrong row ("Baris 7: nilai post-test 120 di luar 0–100") in the field errors under
 * "rows". A clean sheet is written in this one transaction, one upsert per participant, with one audit row.
 */
export const importLearningScores = defineCommand({
  name: "learning.import",
  permission: "record:learning",
  schema: importSchema,
  revalidate: REVALIDATE,
  successMessage: (m, r: { imported: number }) => interpolate(m.learning.import.done, { count: r.imported }),
  async run({ viewer, input, tx, audit }) {
    const batch = await scoredBatch(tx, viewer, input.batchId);
    if (input.file.size === 0) throw fileError("learning.import.noFile");
    if (input.file.size > MAX_IMPORT_BYTES) throw fileError("learning.import.tooLarge");
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    if (!looksLikeXlsx(bytes)) throw fileError("learning.import.notXlsx");
    const rows = await readScoreSheet(bytes);
    if (!rows) throw fileError("learning.import.unreadable");

    const enrolments = await tx.enrolment.findMany({
      where: { batchId: batch.id, agencyId: viewer.agencyId, status: "CONFIRMED" },
      select: { id: true, employee: { select: { nip: true } } },
    });
    const participants = new Map(enrolments.map((e) => [e.employee.nip, e.id]));
    const sheetNips = [...new Set(rows.map((r) => normaliseNip(r.nip)).filter(Boolean))];
    const known = await tx.employee.findMany({ where: { agencyId: viewer.agencyId, nip: { in: sheetNips } }, select: { nip: true } });
    const check = checkImport(rows, participants, new Set(known.map((e) => e.nip)));
    if (!check.ok) {
      const texts = (input.locale === "en" ? learningEn : learningId).import.rowErrors;
      throw new AppError("VALIDATION", "learning.import.refused", { rows: check.errors.map((e) => describeRowError(texts, e)) }, { count: new Set(check.errors.map((e) => e.row)).size });
    }
    if (!check.updates.length) throw fileError("learning.import.empty");

    const ids = check.updates.map((u) => u.enrolmentId);
    const before = await tx.learningScore.findMany({ where: { enrolmentId: { in: ids } }, select: { enrolmentId: true, preScore: true, postScore: true } });
    for (const u of check.updates) {
      // An empty cell leaves that score as it was.
      const set = { ...(u.preScore !== null ? { preScore: u.preScore } : {}), ...(u.postScore !== null ? { postScore: u.postScore } : {}) };
      await tx.learningScore.upsert({
        where: { enrolmentId: u.enrolmentId },
        create: { enrolmentId: u.enrolmentId, agencyId: viewer.agencyId, updatedById: viewer.userId, ...set },
        update: { updatedById: viewer.userId, ...set },
      });
    }
    await audit({
      action: "learning.import", entity: "Batch", entityId: batch.id,
      before, after: check.updates.map(({ enrolmentId, preScore, postScore }) => ({ enrolmentId, preScore, postScore })),
    });
    return { imported: check.updates.length };
  },
});
