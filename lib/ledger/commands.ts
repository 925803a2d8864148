import "server-only";
import type { Tx } from "@/lib/db";
import type { RouteCode } from "@/lib/generated/prisma/enums";
import { ledgerYear } from "./rules";

// The one door to the JP ledger. Batch completion, external verification, reopening a batch, admin corrections and
// the training-history import all write here, so every entry gets its year from its date the same way, and the
// database's own guards (append-only, closed years need a reason) meet every writer. Callers audit their command.

type Entry = {
  agencyId: string;
  employeeId: string;
  date: Date;
  routeCode: RouteCode;
  title: string;
  createdById: string | null;
  batchId?: string | null;
  externalTrainingId?: string | null;
  reason?: string | null;
};

export type LedgerWrite = { id: string; year: number; minutes: number };

/** The database refuses an entry dated in a closed year that has no reason (trigger, decision 0007). */
export const isClosedYearRefusal = (error: unknown) => error instanceof Error && /year \d+ is closed/.test(error.message);

/** Credits minutes a person earned: a completed batch (BATCH) or verified training taken elsewhere (EXTERNAL). */
export async function creditLedger(tx: Tx, source: "BATCH" | "EXTERNAL", entry: Entry & { minutes: number }): Promise<LedgerWrite> {
  if (!Number.isInteger(entry.minutes) || entry.minutes <= 0) throw new RangeError(`A credit is a positive whole number of minutes, not ${entry.minutes}`);
  return write(tx, { ...entry, source });
}

/**
 * A correction: a new entry of its own minutes (negative to take back), naming the entry it corrects when there is
 * one, and always why. The entry corrected is never edited.
 */
export async function correctLedger(tx: Tx, entry: Entry & { minutes: number; correctsId?: string | null; reason: string }): Promise<LedgerWrite> {
  if (!Number.isInteger(entry.minutes) || entry.minutes === 0) throw new RangeError(`A correction is a non-zero whole number of minutes, not ${entry.minutes}`);
  if (!entry.reason.trim()) throw new RangeError("A correction needs its reason");
  return write(tx, { ...entry, source: "CORRECTION" });
}

async function write(tx: Tx, entry: Entry & { minutes: number; source: "BATCH" | "EXTERNAL" | "CORRECTION"; correctsId?: string | null }): Promise<LedgerWrite> {
  const year = ledgerYear(entry.date);
  const created = await tx.ledgerEntry.create({
    data: {
      agencyId: entry.agencyId, employeeId: entry.employeeId, minutes: entry.minutes, date: entry.date, year, source: entry.source,
      routeCode: entry.routeCode, title: entry.title, batchId: entry.batchId ?? null, externalTrainingId: entry.externalTrainingId ?? null,
      correctsId: entry.correctsId ?? null, reason: entry.reason || null, createdById: entry.createdById,
    },
    select: { id: true },
  });
  return { id: created.id, year, minutes: entry.minutes };
}

/** One training of a person's history, imported (SIASN riwayat kursus): its first and last day, and its key. */
export type ImportedTraining = {
  agencyId: string;
  employeeId: string;
  minutes: number;
  startDate: Date;
  endDate: Date;
  routeCode: RouteCode;
  title: string;
  organiser: string | null;
  certificateNumber: string | null;
  importKey: string;
  importRunId: string;
  createdById: string | null;
};

/**
 * Credits imported history (source IMPORT) in one statement, so the year totals are recounted once by the ledger's
 * statement trigger. Each entry is dated its last day. A second entry with the same person and key is refused by
 * the database (LedgerEntry_one_import_per_key).
 */
export async function importLedger(tx: Tx, entries: readonly ImportedTraining[]): Promise<number> {
  for (const e of entries) {
    if (!Number.isInteger(e.minutes) || e.minutes <= 0) throw new RangeError(`An imported training is a positive whole number of minutes, not ${e.minutes}`);
  }
  const { count } = await tx.ledgerEntry.createMany({
    data: entries.map((e) => ({
      agencyId: e.agencyId, employeeId: e.employeeId, minutes: e.minutes, date: e.endDate, year: ledgerYear(e.endDate), source: "IMPORT" as const,
      routeCode: e.routeCode, title: e.title, startDate: e.startDate, organiser: e.organiser, certificateNumber: e.certificateNumber,
      importRunId: e.importRunId, importKey: e.importKey, createdById: e.createdById,
    })),
  });
  return count;
}
