-- CreateEnum
CREATE TYPE "FeedbackTaskStatus" AS ENUM ('OPEN', 'SUBMITTED');

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "feedbackMonths" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "FeedbackTask" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "supervisorId" UUID,
    "dueOn" DATE NOT NULL,
    "status" "FeedbackTaskStatus" NOT NULL DEFAULT 'OPEN',
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "lastRemindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "submittedById" UUID,
    "applied" TEXT,
    "examples" TEXT,
    "rating" INTEGER,
    "behaviours" TEXT[],
    "obstacles" TEXT,
    "selfAssessment" TEXT,

    CONSTRAINT "FeedbackTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpPlan" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "FollowUpPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackTask_enrolmentId_key" ON "FeedbackTask"("enrolmentId");

-- CreateIndex
CREATE INDEX "FeedbackTask_supervisorId_status_idx" ON "FeedbackTask"("supervisorId", "status");

-- CreateIndex
CREATE INDEX "FeedbackTask_agencyId_status_dueOn_idx" ON "FeedbackTask"("agencyId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "FollowUpPlan_taskId_idx" ON "FollowUpPlan"("taskId");

-- CreateIndex
CREATE INDEX "EmailOutbox_sentAt_createdAt_idx" ON "EmailOutbox"("sentAt", "createdAt");

-- AddForeignKey
ALTER TABLE "FeedbackTask" ADD CONSTRAINT "FeedbackTask_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackTask" ADD CONSTRAINT "FeedbackTask_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpPlan" ADD CONSTRAINT "FollowUpPlan_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "FeedbackTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: what the schema language cannot say.
ALTER TABLE "Program" ADD CONSTRAINT "Program_feedback_months" CHECK ("feedbackMonths" BETWEEN 1 AND 24);
ALTER TABLE "FeedbackTask" ADD CONSTRAINT "FeedbackTask_values" CHECK (
  ("rating" IS NULL OR "rating" BETWEEN 1 AND 5)
  AND ("status" = 'SUBMITTED') = ("submittedAt" IS NOT NULL)
  AND ("status" <> 'SUBMITTED' OR ("rating" IS NOT NULL AND length(trim(coalesce("applied", ''))) > 0))
);
