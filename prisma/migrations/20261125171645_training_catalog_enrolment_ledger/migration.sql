-- CreateEnum
CREATE TYPE "RouteCode" AS ENUM ('KL01', 'KL02', 'KL03', 'KL04', 'KL05', 'KL06', 'KL07', 'KL08', 'KL09', 'KL10', 'KL11', 'KL12', 'NKL01', 'NKL02', 'NKL03', 'NKL04', 'NKL05', 'NKL06', 'NKL07', 'NKL08', 'NKL09', 'NKL10', 'NKL11', 'NKL12', 'NKL13');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('LEARNING', 'OPENING_CLOSING', 'MEAL', 'TRAVEL', 'OUTBOUND', 'OTHER');

-- CreateEnum
CREATE TYPE "BatchStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'RUNNING', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TrainerKind" AS ENUM ('WIDYAISWARA', 'NARASUMBER');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('PENDING_SUPERVISOR', 'PENDING_AGENCY', 'CONFIRMED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "EnrolmentOrigin" AS ENUM ('SELF', 'NOMINATION', 'ADMIN');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT');

-- CreateEnum
CREATE TYPE "LedgerSource" AS ENUM ('BATCH', 'EXTERNAL', 'CORRECTION');

-- CreateTable
CREATE TABLE "AgencyPolicy" (
    "agencyId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "targetJp" INTEGER NOT NULL DEFAULT 20,
    "proRate" BOOLEAN NOT NULL DEFAULT true,
    "countedRouteCodes" "RouteCode"[],
    "completionThresholdPct" INTEGER NOT NULL DEFAULT 80,
    "pppkCeilingJp" INTEGER,
    "jpSessionKinds" "SessionKind"[] DEFAULT ARRAY['LEARNING']::"SessionKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgencyPolicy_pkey" PRIMARY KEY ("agencyId","year")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "objectives" TEXT NOT NULL,
    "routeCode" "RouteCode" NOT NULL,
    "organiser" TEXT NOT NULL,
    "isLeadership" BOOLEAN NOT NULL DEFAULT false,
    "eligibleTypes" "PositionType"[],
    "eligibleUnitIds" UUID[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramCompetency" (
    "programId" UUID NOT NULL,
    "competencyId" UUID NOT NULL,
    "targetLevel" INTEGER NOT NULL,

    CONSTRAINT "ProgramCompetency_pkey" PRIMARY KEY ("programId","competencyId")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "item" TEXT NOT NULL,
    "volume" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "unitPrice" INTEGER NOT NULL,
    "taxBasisPoints" INTEGER NOT NULL DEFAULT 0,
    "fundSource" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Batch" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "venue" TEXT,
    "onlineUrl" TEXT,
    "capacity" INTEGER NOT NULL,
    "confirmedCount" INTEGER NOT NULL DEFAULT 0,
    "registrationOpensAt" TIMESTAMP(3) NOT NULL,
    "registrationClosesAt" TIMESTAMP(3) NOT NULL,
    "status" "BatchStatus" NOT NULL DEFAULT 'DRAFT',
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BatchQuota" (
    "batchId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "seats" INTEGER NOT NULL,
    "confirmedCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BatchQuota_pkey" PRIMARY KEY ("batchId","unitId")
);

-- CreateTable
CREATE TABLE "Trainer" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "employeeId" UUID,
    "name" TEXT NOT NULL,
    "kind" "TrainerKind" NOT NULL,
    "external" BOOLEAN NOT NULL DEFAULT false,
    "institution" TEXT,

    CONSTRAINT "Trainer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RundownSession" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "plannedMinutes" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT,
    "kind" "SessionKind" NOT NULL,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "changeReason" TEXT,

    CONSTRAINT "RundownSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionTrainer" (
    "sessionId" UUID NOT NULL,
    "trainerId" UUID NOT NULL,

    CONSTRAINT "SessionTrainer_pkey" PRIMARY KEY ("sessionId","trainerId")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "quotaUnitId" UUID,
    "status" "EnrolmentStatus" NOT NULL,
    "origin" "EnrolmentOrigin" NOT NULL,
    "requestedById" UUID,
    "supervisorId" UUID,
    "supervisorNote" TEXT,
    "supervisorDecidedAt" TIMESTAMP(3),
    "agencyDecidedById" UUID,
    "agencyDecidedAt" TIMESTAMP(3),
    "queueSeq" BIGINT,
    "withdrawnReason" TEXT,
    "rejectedReason" TEXT,
    "completed" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "sessionId" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "recordedById" UUID,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("sessionId","enrolmentId")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "minutes" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "year" INTEGER NOT NULL,
    "source" "LedgerSource" NOT NULL,
    "routeCode" "RouteCode" NOT NULL,
    "title" TEXT NOT NULL,
    "batchId" UUID,
    "correctsId" UUID,
    "reason" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Program_agencyId_routeCode_idx" ON "Program"("agencyId", "routeCode");

-- CreateIndex
CREATE INDEX "Program_title_trgm_idx" ON "Program" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ProgramCompetency_competencyId_idx" ON "ProgramCompetency"("competencyId");

-- CreateIndex
CREATE INDEX "BudgetLine_programId_idx" ON "BudgetLine"("programId");

-- CreateIndex
CREATE INDEX "Batch_agencyId_status_startDate_idx" ON "Batch"("agencyId", "status", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Batch_programId_number_key" ON "Batch"("programId", "number");

-- CreateIndex
CREATE INDEX "Trainer_agencyId_idx" ON "Trainer"("agencyId");

-- CreateIndex
CREATE INDEX "RundownSession_batchId_date_startMinute_idx" ON "RundownSession"("batchId", "date", "startMinute");

-- CreateIndex
CREATE INDEX "SessionTrainer_trainerId_idx" ON "SessionTrainer"("trainerId");

-- CreateIndex
CREATE INDEX "Enrolment_employeeId_status_idx" ON "Enrolment"("employeeId", "status");

-- CreateIndex
CREATE INDEX "Enrolment_batchId_status_queueSeq_idx" ON "Enrolment"("batchId", "status", "queueSeq");

-- CreateIndex
CREATE INDEX "Enrolment_supervisorId_status_idx" ON "Enrolment"("supervisorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_batchId_employeeId_key" ON "Enrolment"("batchId", "employeeId");

-- CreateIndex
CREATE INDEX "Attendance_enrolmentId_idx" ON "Attendance"("enrolmentId");

-- CreateIndex
CREATE INDEX "LedgerEntry_agencyId_year_employeeId_idx" ON "LedgerEntry"("agencyId", "year", "employeeId");

-- CreateIndex
CREATE INDEX "LedgerEntry_employeeId_year_idx" ON "LedgerEntry"("employeeId", "year");

-- CreateIndex
CREATE INDEX "LedgerEntry_batchId_employeeId_idx" ON "LedgerEntry"("batchId", "employeeId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- AddForeignKey
ALTER TABLE "AgencyPolicy" ADD CONSTRAINT "AgencyPolicy_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramCompetency" ADD CONSTRAINT "ProgramCompetency_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramCompetency" ADD CONSTRAINT "ProgramCompetency_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatchQuota" ADD CONSTRAINT "BatchQuota_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trainer" ADD CONSTRAINT "Trainer_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trainer" ADD CONSTRAINT "Trainer_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RundownSession" ADD CONSTRAINT "RundownSession_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionTrainer" ADD CONSTRAINT "SessionTrainer_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "RundownSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionTrainer" ADD CONSTRAINT "SessionTrainer_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "Trainer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "RundownSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "LedgerEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Written by hand: invariants the database keeps whatever the caller does.

-- No overbooking, ever: the seat counters are changed under row locks, and these checks refuse the rest.
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_capacity_positive" CHECK ("capacity" > 0);
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_seats_within_capacity" CHECK ("confirmedCount" BETWEEN 0 AND "capacity");
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_dates" CHECK ("endDate" >= "startDate");
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_registration_window" CHECK ("registrationClosesAt" > "registrationOpensAt");
ALTER TABLE "BatchQuota" ADD CONSTRAINT "BatchQuota_seats_within_quota" CHECK ("seats" >= 0 AND "confirmedCount" BETWEEN 0 AND "seats");

ALTER TABLE "RundownSession" ADD CONSTRAINT "RundownSession_times" CHECK ("startMinute" >= 0 AND "endMinute" <= 1440 AND "startMinute" < "endMinute" AND "plannedMinutes" > 0);
ALTER TABLE "ProgramCompetency" ADD CONSTRAINT "ProgramCompetency_level_range" CHECK ("targetLevel" BETWEEN 1 AND 5);
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_amounts" CHECK ("volume" > 0 AND "unitPrice" >= 0 AND "taxBasisPoints" BETWEEN 0 AND 10000);
ALTER TABLE "AgencyPolicy" ADD CONSTRAINT "AgencyPolicy_values" CHECK ("targetJp" >= 0 AND "completionThresholdPct" BETWEEN 1 AND 100 AND ("pppkCeilingJp" IS NULL OR "pppkCeilingJp" >= 0));

-- The waiting list is served in the order requests reached the agency decision.
CREATE SEQUENCE "Enrolment_queue_seq";

-- The JP ledger is immutable; an entry belongs to the year of its date; a correction says what and why.
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_year_of_date" CHECK ("year" = EXTRACT(YEAR FROM "date")::int);
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_minutes_nonzero" CHECK ("minutes" <> 0);
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_correction_explained" CHECK (
  ("source" = 'CORRECTION') = ("correctsId" IS NOT NULL) AND ("source" <> 'CORRECTION' OR length(trim(coalesce("reason", ''))) > 0)
);
CREATE TRIGGER "LedgerEntry_append_only" BEFORE UPDATE OR DELETE ON "LedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION bangkom_reject_change();
CREATE TRIGGER "LedgerEntry_no_truncate" BEFORE TRUNCATE ON "LedgerEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION bangkom_reject_change();
