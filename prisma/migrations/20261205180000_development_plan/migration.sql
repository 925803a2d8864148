-- The annual competency-development plan (issue 15, decision 0035): plan, versions, lines with their targets and
-- budget, OPD proposals, batches linked to plan lines and the budget realised per batch.

-- CreateEnum
CREATE TYPE "PlanVersionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "PlanProvider" AS ENUM ('INTERNAL', 'LAN', 'OTHER_AGENCY', 'VENDOR');

-- CreateEnum
CREATE TYPE "FundSource" AS ENUM ('APBD', 'PAD', 'DAK', 'APBN', 'OTHER');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'MERGED', 'DECLINED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PLAN_APPROVER';

-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "planItemId" UUID;

-- CreateTable
CREATE TABLE "DevelopmentPlan" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "proposalsOpenAt" TIMESTAMP(3),
    "proposalsCloseAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DevelopmentPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "PlanVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "reason" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" UUID,
    "submittedAt" TIMESTAMP(3),
    "approvedById" UUID,
    "approvedAt" TIMESTAMP(3),

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanItem" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanLine" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "competencyId" UUID,
    "targetLevel" INTEGER,
    "unitId" UUID,
    "targetPositionTypes" "PositionType"[],
    "targetPeople" INTEGER NOT NULL,
    "routeCode" "RouteCode" NOT NULL,
    "provider" "PlanProvider" NOT NULL,
    "providerName" TEXT NOT NULL DEFAULT '',
    "plannedMonth" INTEGER NOT NULL,
    "jpPerParticipant" INTEGER NOT NULL,
    "curriculumFit" TEXT NOT NULL DEFAULT '',
    "needCompetencyId" UUID,
    "needTargetLevel" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanLineTarget" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "lineId" UUID NOT NULL,
    "unitId" UUID,
    "positionId" UUID,

    CONSTRAINT "PlanLineTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanBudgetItem" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "lineId" UUID NOT NULL,
    "item" TEXT NOT NULL,
    "volume" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "unitPrice" INTEGER NOT NULL,
    "fundSource" "FundSource" NOT NULL,
    "accountCode" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanBudgetItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanProposal" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "competencyId" UUID,
    "targetLevel" INTEGER,
    "targetPeople" INTEGER NOT NULL,
    "routeCode" "RouteCode",
    "plannedMonth" INTEGER,
    "jpPerParticipant" INTEGER,
    "estimatedRupiah" INTEGER,
    "justification" TEXT NOT NULL DEFAULT '',
    "needCompetencyId" UUID,
    "needTargetLevel" INTEGER,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" UUID,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "itemId" UUID,

    CONSTRAINT "PlanProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BatchSpending" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "fundSource" "FundSource" NOT NULL,
    "amount" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "spentOn" DATE NOT NULL,
    "recordedById" UUID,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BatchSpending_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DevelopmentPlan_agencyId_id_key" ON "DevelopmentPlan"("agencyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DevelopmentPlan_agencyId_year_key" ON "DevelopmentPlan"("agencyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_agencyId_id_key" ON "PlanVersion"("agencyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_agencyId_planId_id_key" ON "PlanVersion"("agencyId", "planId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_planId_number_key" ON "PlanVersion"("planId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PlanItem_agencyId_id_key" ON "PlanItem"("agencyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PlanItem_agencyId_planId_id_key" ON "PlanItem"("agencyId", "planId", "id");

-- CreateIndex
CREATE INDEX "PlanLine_itemId_idx" ON "PlanLine"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanLine_agencyId_id_key" ON "PlanLine"("agencyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PlanLine_versionId_itemId_key" ON "PlanLine"("versionId", "itemId");

-- CreateIndex
CREATE INDEX "PlanLineTarget_lineId_idx" ON "PlanLineTarget"("lineId");

-- CreateIndex
CREATE INDEX "PlanBudgetItem_lineId_idx" ON "PlanBudgetItem"("lineId");

-- CreateIndex
CREATE INDEX "PlanProposal_planId_unitId_idx" ON "PlanProposal"("planId", "unitId");

-- CreateIndex
CREATE INDEX "BatchSpending_batchId_idx" ON "BatchSpending"("batchId");

-- CreateIndex
CREATE INDEX "Batch_planItemId_idx" ON "Batch"("planItemId");

-- AddForeignKey
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_agencyId_planItemId_fkey" FOREIGN KEY ("agencyId", "planItemId") REFERENCES "PlanItem"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_agencyId_planId_fkey" FOREIGN KEY ("agencyId", "planId") REFERENCES "DevelopmentPlan"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_agencyId_planId_fkey" FOREIGN KEY ("agencyId", "planId") REFERENCES "DevelopmentPlan"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_agencyId_planId_versionId_fkey" FOREIGN KEY ("agencyId", "planId", "versionId") REFERENCES "PlanVersion"("agencyId", "planId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_agencyId_planId_itemId_fkey" FOREIGN KEY ("agencyId", "planId", "itemId") REFERENCES "PlanItem"("agencyId", "planId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_agencyId_competencyId_fkey" FOREIGN KEY ("agencyId", "competencyId") REFERENCES "Competency"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_agencyId_needCompetencyId_fkey" FOREIGN KEY ("agencyId", "needCompetencyId") REFERENCES "Competency"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_agencyId_unitId_fkey" FOREIGN KEY ("agencyId", "unitId") REFERENCES "OrgUnit"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLineTarget" ADD CONSTRAINT "PlanLineTarget_agencyId_lineId_fkey" FOREIGN KEY ("agencyId", "lineId") REFERENCES "PlanLine"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLineTarget" ADD CONSTRAINT "PlanLineTarget_agencyId_unitId_fkey" FOREIGN KEY ("agencyId", "unitId") REFERENCES "OrgUnit"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLineTarget" ADD CONSTRAINT "PlanLineTarget_agencyId_positionId_fkey" FOREIGN KEY ("agencyId", "positionId") REFERENCES "Position"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanBudgetItem" ADD CONSTRAINT "PlanBudgetItem_agencyId_lineId_fkey" FOREIGN KEY ("agencyId", "lineId") REFERENCES "PlanLine"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanProposal" ADD CONSTRAINT "PlanProposal_agencyId_planId_fkey" FOREIGN KEY ("agencyId", "planId") REFERENCES "DevelopmentPlan"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanProposal" ADD CONSTRAINT "PlanProposal_agencyId_unitId_fkey" FOREIGN KEY ("agencyId", "unitId") REFERENCES "OrgUnit"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanProposal" ADD CONSTRAINT "PlanProposal_agencyId_competencyId_fkey" FOREIGN KEY ("agencyId", "competencyId") REFERENCES "Competency"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanProposal" ADD CONSTRAINT "PlanProposal_agencyId_needCompetencyId_fkey" FOREIGN KEY ("agencyId", "needCompetencyId") REFERENCES "Competency"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanProposal" ADD CONSTRAINT "PlanProposal_agencyId_planId_itemId_fkey" FOREIGN KEY ("agencyId", "planId", "itemId") REFERENCES "PlanItem"("agencyId", "planId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatchSpending" ADD CONSTRAINT "BatchSpending_agencyId_batchId_fkey" FOREIGN KEY ("agencyId", "batchId") REFERENCES "Batch"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Checks the forms also make, so no other writer can store a line the figures would misread.
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_year_check" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_window_check"
  CHECK (("proposalsOpenAt" IS NULL) = ("proposalsCloseAt" IS NULL) AND ("proposalsOpenAt" IS NULL OR "proposalsCloseAt" > "proposalsOpenAt"));
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_number_check" CHECK ("number" >= 0);
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_status_stamps_check" CHECK (
  ("status" = 'DRAFT' OR "submittedAt" IS NOT NULL) AND ("status" <> 'APPROVED' OR "approvedAt" IS NOT NULL));
-- At most one version of a plan is being worked on (draft or submitted); the others are approved.
CREATE UNIQUE INDEX "PlanVersion_one_open_per_plan" ON "PlanVersion"("planId") WHERE "status" <> 'APPROVED';
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_values_check" CHECK (
  ("competencyId" IS NULL) = ("targetLevel" IS NULL) AND ("targetLevel" IS NULL OR "targetLevel" BETWEEN 1 AND 5)
  AND ("needCompetencyId" IS NULL) = ("needTargetLevel" IS NULL) AND ("needTargetLevel" IS NULL OR "needTargetLevel" BETWEEN 1 AND 5)
  AND "targetPeople" >= 1 AND "plannedMonth" BETWEEN 1 AND 12 AND "jpPerParticipant" >= 1 AND length(btrim("title")) > 0);
ALTER TABLE "PlanLineTarget" ADD CONSTRAINT "PlanLineTarget_one_target_check" CHECK (num_nonnulls("unitId", "positionId") = 1);
CREATE UNIQUE INDEX "PlanLineTarget_line_unit_key" ON "PlanLineTarget"("lineId", "unitId") WHERE "unitId" IS NOT NULL;
CREATE UNIQUE INDEX "PlanLineTarget_line_position_key" ON "PlanLineTarget"("lineId", "positionId") WHERE "positionId" IS NOT NULL;
ALTER TABLE "PlanBudgetItem" ADD CONSTRAINT "PlanBudgetItem_values_check" CHECK ("volume" >= 1 AND "unitPrice" >= 0 AND length(btrim("item")) > 0);
ALTER TABLE "PlanProposal" ADD CONSTRAINT "PlanProposal_values_check" CHECK (
  ("competencyId" IS NULL) = ("targetLevel" IS NULL) AND ("targetLevel" IS NULL OR "targetLevel" BETWEEN 1 AND 5)
  AND ("needCompetencyId" IS NULL) = ("needTargetLevel" IS NULL) AND ("needTargetLevel" IS NULL OR "needTargetLevel" BETWEEN 1 AND 5)
  AND "targetPeople" >= 1 AND ("plannedMonth" IS NULL OR "plannedMonth" BETWEEN 1 AND 12)
  AND ("jpPerParticipant" IS NULL OR "jpPerParticipant" >= 1) AND ("estimatedRupiah" IS NULL OR "estimatedRupiah" >= 0)
  AND length(btrim("title")) > 0);
ALTER TABLE "PlanProposal" ADD CONSTRAINT "PlanProposal_decision_check" CHECK (CASE "status"
  WHEN 'PROPOSED' THEN "decidedAt" IS NULL AND "itemId" IS NULL
  WHEN 'DECLINED' THEN "decidedAt" IS NOT NULL AND length(btrim(coalesce("decisionReason", ''))) > 0 AND "itemId" IS NULL
  ELSE "decidedAt" IS NOT NULL AND "itemId" IS NOT NULL END);
ALTER TABLE "BatchSpending" ADD CONSTRAINT "BatchSpending_amount_check" CHECK ("amount" <> 0 AND length(btrim("description")) > 0);

-- An approved version never changes (a change is a new revision), and only a draft's lines may be written.
-- Status moves DRAFT → SUBMITTED → APPROVED, or SUBMITTED back to DRAFT; only a draft may be deleted.
CREATE FUNCTION plan_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'APPROVED' THEN
    RAISE EXCEPTION 'plan version % is approved and locked: make a revision', OLD."number" USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" <> 'DRAFT' THEN
      RAISE EXCEPTION 'plan version % is submitted: only a draft may be deleted', OLD."number" USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;
  IF NEW."planId" <> OLD."planId" OR NEW."number" <> OLD."number" THEN
    RAISE EXCEPTION 'a plan version keeps its plan and number' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW."status" <> OLD."status" AND NOT ((OLD."status", NEW."status") IN (('DRAFT', 'SUBMITTED'), ('SUBMITTED', 'DRAFT'), ('SUBMITTED', 'APPROVED'))) THEN
    RAISE EXCEPTION 'plan version status cannot move from % to %', OLD."status", NEW."status" USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "PlanVersion_guard" BEFORE UPDATE OR DELETE ON "PlanVersion" FOR EACH ROW EXECUTE FUNCTION plan_version_guard();

CREATE FUNCTION plan_version_writable(p_version uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE v_status "PlanVersionStatus";
BEGIN
  -- FOR SHARE: a submission waits for writes to its lines in flight, and a write waits for a submission.
  SELECT "status" INTO v_status FROM "PlanVersion" WHERE id = p_version FOR SHARE;
  -- Not found: the version is being deleted (a draft, checked by plan_version_guard) and its lines go with it.
  IF FOUND AND v_status <> 'DRAFT' THEN
    RAISE EXCEPTION 'the lines of a % plan version cannot change', lower(v_status::text) USING ERRCODE = 'insufficient_privilege';
  END IF;
END;
$$;
CREATE FUNCTION plan_line_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM plan_version_writable(OLD."versionId"); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM plan_version_writable(NEW."versionId"); RETURN NEW; END IF;
  RETURN OLD;
END;
$$;
CREATE FUNCTION plan_line_part_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM plan_version_writable((SELECT "versionId" FROM "PlanLine" WHERE id = OLD."lineId")); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM plan_version_writable((SELECT "versionId" FROM "PlanLine" WHERE id = NEW."lineId")); RETURN NEW; END IF;
  RETURN OLD;
END;
$$;
CREATE TRIGGER "PlanLine_guard" BEFORE INSERT OR UPDATE OR DELETE ON "PlanLine" FOR EACH ROW EXECUTE FUNCTION plan_line_guard();
CREATE TRIGGER "PlanLineTarget_guard" BEFORE INSERT OR UPDATE OR DELETE ON "PlanLineTarget" FOR EACH ROW EXECUTE FUNCTION plan_line_part_guard();
CREATE TRIGGER "PlanBudgetItem_guard" BEFORE INSERT OR UPDATE OR DELETE ON "PlanBudgetItem" FOR EACH ROW EXECUTE FUNCTION plan_line_part_guard();
CREATE TRIGGER "PlanVersion_no_truncate" BEFORE TRUNCATE ON "PlanVersion" FOR EACH STATEMENT EXECUTE FUNCTION bangkom_reject_change();
CREATE TRIGGER "PlanLine_no_truncate" BEFORE TRUNCATE ON "PlanLine" FOR EACH STATEMENT EXECUTE FUNCTION bangkom_reject_change();
CREATE TRIGGER "PlanBudgetItem_no_truncate" BEFORE TRUNCATE ON "PlanBudgetItem" FOR EACH STATEMENT EXECUTE FUNCTION bangkom_reject_change();

-- Realised budget is a record: corrections are new rows.
CREATE TRIGGER "BatchSpending_append_only" BEFORE UPDATE OR DELETE ON "BatchSpending" FOR EACH ROW EXECUTE FUNCTION bangkom_reject_change();
CREATE TRIGGER "BatchSpending_no_truncate" BEFORE TRUNCATE ON "BatchSpending" FOR EACH STATEMENT EXECUTE FUNCTION bangkom_reject_change();
