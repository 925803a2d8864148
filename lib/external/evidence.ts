import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findDuplicates } from "./queries";
import { MAX_FILE_BYTES, sanitizeFileName, sniffFileType, storageKey, type ExternalFileType } from "./rules";
import type { SubmitInput } from "./schemas";

// What every external-training writer shares (the ASN's own submission and an admin's or operator's entry on
// their behalf): the certificate file checked from its bytes, the likely-duplicate warning, and the row's
// training and file columns. The file is stored by the caller last, inside its transaction.

export type Evidence = { bytes: Uint8Array; fileType: ExternalFileType };

/** The certificate's bytes and type, or a field error on `file`: empty, over 5 MB, or not a PDF/JPEG/PNG by content. */
export async function readEvidence(file: File): Promise<Evidence> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength === 0) throw new AppError("VALIDATION", "common.invalid", { file: ["external.errors.file.required"] });
  if (bytes.byteLength > MAX_FILE_BYTES) throw new AppError("VALIDATION", "common.invalid", { file: ["external.errors.file.tooBig"] });
  const fileType = sniffFileType(bytes);
  if (!fileType) throw new AppError("VALIDATION", "common.invalid", { file: ["external.errors.file.type"] });
  return { bytes, fileType };
}

/** Likely duplicates of the training for the person; unless confirmed, a CONFLICT naming why (the form then asks). */
export async function checkDuplicates(tx: Tx, agencyId: string, employeeId: string, input: SubmitInput) {
  const duplicates = await findDuplicates(tx, {
    agencyId, employeeId, certificateNumber: input.certificateNumber, title: input.title, startDate: input.startDate, endDate: input.endDate,
  });
  if (duplicates.length && !input.confirmDuplicate) {
    const reasons = [...new Set(duplicates.flatMap((d) => d.reasons))].map((r) => `external.duplicate.${r}`);
    throw new AppError("CONFLICT", "external.duplicate.warning", { confirmDuplicate: reasons });
  }
  return duplicates;
}

/** The training and file columns of a new ExternalTraining row, with a fresh storage key. */
export function trainingColumns(agencyId: string, employeeId: string, input: SubmitInput, file: File, evidence: Evidence) {
  return {
    agencyId,
    employeeId,
    title: input.title,
    organiser: input.organiser,
    location: input.location,
    routeCode: input.routeCode,
    startDate: input.startDate,
    endDate: input.endDate,
    minutes: input.minutes,
    certificateNumber: input.certificateNumber,
    fileKey: storageKey(agencyId, randomUUID(), evidence.fileType),
    fileName: sanitizeFileName(file.name, evidence.fileType),
    fileType: evidence.fileType,
    fileSize: evidence.bytes.byteLength,
    fileSha256: createHash("sha256").update(evidence.bytes).digest("hex"),
  };
}
