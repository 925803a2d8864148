-- CreateEnum
CREATE TYPE "ExternalTrainingStatus" AS ENUM ('SUBMITTED', 'VERIFIED', 'REJECTED');

-- AlterTable
ALTER TABLE "LedgerEntry" ADD COLUMN     "externalTrainingId" UUID;

-- CreateTable
CREATE TABLE "ExternalTraining" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "organiser" TEXT NOT NULL,
    "location" TEXT,
    "routeCode" "RouteCode" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "certificateNumber" TEXT NOT NULL,
    "fileKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileType" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "status" "ExternalTrainingStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" UUID,
    "decisionReason" TEXT,

    CONSTRAINT "ExternalTraining_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YearClose" (
    "agencyId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "closedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedById" UUID NOT NULL,
    "evaluatedOn" DATE NOT NULL,
    "employeeCount" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,

    CONSTRAINT "YearClose_pkey" PRIMARY KEY ("agencyId","year")
);

-- CreateTable
CREATE TABLE "YearCloseRow" (
    "agencyId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "employeeId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "activeMonths" INTEGER NOT NULL,
    "targetMinutes" INTEGER NOT NULL,
    "creditedMinutes" INTEGER NOT NULL,
    "status" TEXT NOT NULL,

    CONSTRAINT "YearCloseRow_pkey" PRIMARY KEY ("agencyId","year","employeeId")
);

-- CreateIndex
CREATE INDEX "ExternalTraining_agencyId_status_submittedAt_idx" ON "ExternalTraining"("agencyId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "ExternalTraining_employeeId_startDate_idx" ON "ExternalTraining"("employeeId", "startDate");

-- CreateIndex
CREATE INDEX "ExternalTraining_agencyId_certificateNumber_idx" ON "ExternalTraining"("agencyId", "certificateNumber");

-- CreateIndex
CREATE INDEX "LedgerEntry_externalTrainingId_idx" ON "LedgerEntry"("externalTrainingId");

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_externalTrainingId_fkey" FOREIGN KEY ("externalTrainingId") REFERENCES "ExternalTraining"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalTraining" ADD CONSTRAINT "ExternalTraining_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalTraining" ADD CONSTRAINT "ExternalTraining_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearClose" ADD CONSTRAINT "YearClose_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearCloseRow" ADD CONSTRAINT "YearCloseRow_agencyId_year_fkey" FOREIGN KEY ("agencyId", "year") REFERENCES "YearClose"("agencyId", "year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: what the schema language cannot say.
ALTER TABLE "ExternalTraining" ADD CONSTRAINT "ExternalTraining_values" CHECK (
  "minutes" > 0 AND "endDate" >= "startDate" AND "fileSize" BETWEEN 1 AND 5242880
);
ALTER TABLE "ExternalTraining" ADD CONSTRAINT "ExternalTraining_decision" CHECK (
  ("status" = 'SUBMITTED') = ("decidedAt" IS NULL)
  AND ("status" <> 'REJECTED' OR length(trim(coalesce("decisionReason", ''))) > 0)
);

-- An external entry names the training it credits, and a training is credited at most once.
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_external_named" CHECK ("source" <> 'EXTERNAL' OR "externalTrainingId" IS NOT NULL);
CREATE UNIQUE INDEX "LedgerEntry_one_credit_per_external" ON "LedgerEntry"("externalTrainingId") WHERE "source" = 'EXTERNAL';

-- A closed year's snapshot is sealed.
CREATE TRIGGER "YearClose_append_only" BEFORE UPDATE OR DELETE ON "YearClose"
  FOR EACH ROW EXECUTE FUNCTION bangkom_reject_change();
CREATE TRIGGER "YearCloseRow_append_only" BEFORE UPDATE OR DELETE ON "YearCloseRow"
  FOR EACH ROW EXECUTE FUNCTION bangkom_reject_change();

-- After a year is closed, every new entry dated in it must carry a reason.
CREATE FUNCTION bangkom_closed_year_needs_reason() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF length(trim(coalesce(NEW."reason", ''))) = 0
     AND EXISTS (SELECT 1 FROM "YearClose" WHERE "agencyId" = NEW."agencyId" AND "year" = NEW."year") THEN
    RAISE EXCEPTION 'year % is closed: an entry dated in it needs a reason', NEW."year" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "LedgerEntry_closed_year_reason" BEFORE INSERT ON "LedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION bangkom_closed_year_needs_reason();
