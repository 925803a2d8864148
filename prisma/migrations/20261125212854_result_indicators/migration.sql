-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "tracksResults" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ResultIndicator" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "higherIsBetter" BOOLEAN NOT NULL DEFAULT true,
    "baselineValue" DECIMAL(14,2) NOT NULL,
    "baselineOn" DATE NOT NULL,
    "resultValue" DECIMAL(14,2),
    "resultOn" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID NOT NULL,

    CONSTRAINT "ResultIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResultIndicator_batchId_idx" ON "ResultIndicator"("batchId");

-- CreateIndex
CREATE INDEX "ResultIndicator_agencyId_idx" ON "ResultIndicator"("agencyId");

-- AddForeignKey
ALTER TABLE "ResultIndicator" ADD CONSTRAINT "ResultIndicator_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultIndicator" ADD CONSTRAINT "ResultIndicator_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultIndicator" ADD CONSTRAINT "ResultIndicator_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A result is a value with its date, measured no earlier than the baseline.
ALTER TABLE "ResultIndicator" ADD CONSTRAINT "ResultIndicator_result_pair" CHECK (("resultValue" IS NULL) = ("resultOn" IS NULL));
ALTER TABLE "ResultIndicator" ADD CONSTRAINT "ResultIndicator_result_after_baseline" CHECK ("resultOn" IS NULL OR "resultOn" >= "baselineOn");
ALTER TABLE "ResultIndicator" ADD CONSTRAINT "ResultIndicator_name_present" CHECK (length(btrim("name")) > 0 AND length(btrim("measure")) > 0);
