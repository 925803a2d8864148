-- Issue 13, decision 0027: an admin's correction of one person's ledger (with or without the entry it corrects),
-- training recorded by an admin or operator on an ASN's behalf, and SIASN training history imported as ledger
-- entries of source IMPORT that a re-import never credits twice.

-- A new source. Its value is not used below (PostgreSQL refuses a new enum value in the transaction that adds
-- it), so the import's invariants are stated on the columns that only an imported entry has.
ALTER TYPE "LedgerSource" ADD VALUE IF NOT EXISTS 'IMPORT';

ALTER TABLE "LedgerEntry" ADD COLUMN "startDate" DATE;
ALTER TABLE "LedgerEntry" ADD COLUMN "organiser" TEXT;
ALTER TABLE "LedgerEntry" ADD COLUMN "certificateNumber" TEXT;
ALTER TABLE "LedgerEntry" ADD COLUMN "importRunId" UUID;
-- NIP aside (the employee), what makes an imported entry the same one again: certificate number and dates
-- (lib/ledger/rules.ts importKey). Set exactly on imported entries.
ALTER TABLE "LedgerEntry" ADD COLUMN "importKey" TEXT;

ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_agencyId_importRunId_fkey"
  FOREIGN KEY ("agencyId", "importRunId") REFERENCES "ImportRun"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "LedgerEntry_importRunId_idx" ON "LedgerEntry"("importRunId");

-- An imported entry names its run and key, credits a positive number of minutes, and corrects nothing.
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_import_named" CHECK (
  ("importRunId" IS NULL) = ("importKey" IS NULL)
  AND ("importKey" IS NULL OR ("minutes" > 0 AND "correctsId" IS NULL AND "batchId" IS NULL AND "externalTrainingId" IS NULL))
);
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_start_before_date" CHECK ("startDate" IS NULL OR "startDate" <= "date");
-- Re-importing never credits twice: one imported entry per person and key.
CREATE UNIQUE INDEX "LedgerEntry_one_import_per_key" ON "LedgerEntry"("agencyId", "employeeId", "importKey") WHERE "importKey" IS NOT NULL;

-- A correction always says why; it names the entry it corrects when there is one (an admin's correction of a
-- person's year may stand alone). Only a correction names an entry.
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_correction_explained";
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_correction_explained" CHECK (
  ("source" = 'CORRECTION' OR "correctsId" IS NULL)
  AND ("source" <> 'CORRECTION' OR length(trim(coalesce("reason", ''))) > 0)
);

-- External training recorded by an admin or operator on the ASN's behalf: who recorded it (null = the ASN).
ALTER TABLE "ExternalTraining" ADD COLUMN "recordedById" UUID;
ALTER TABLE "ExternalTraining" ADD CONSTRAINT "ExternalTraining_agencyId_recordedById_fkey"
  FOREIGN KEY ("agencyId", "recordedById") REFERENCES "User"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
