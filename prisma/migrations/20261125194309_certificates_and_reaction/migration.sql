-- CreateEnum
CREATE TYPE "ReactionAspect" AS ENUM ('MATERIAL', 'TRAINER', 'ORGANISATION', 'FACILITIES', 'RELEVANCE');

-- CreateEnum
CREATE TYPE "ReactionInviteStatus" AS ENUM ('PENDING', 'DRAFT', 'SUBMITTED');

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "certificateFormat" TEXT NOT NULL DEFAULT '{seq}/STTPP/BKPP/{year}',
ADD COLUMN     "signatoryName" TEXT,
ADD COLUMN     "signatoryPosition" TEXT;

-- CreateTable
CREATE TABLE "Certificate" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "holderName" TEXT NOT NULL,
    "programTitle" TEXT NOT NULL,
    "batchNumber" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "signatoryName" TEXT NOT NULL,
    "signatoryPosition" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedById" UUID,
    "revokedReason" TEXT,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" BIGSERIAL NOT NULL,
    "bucket" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionSet" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" UUID NOT NULL,
    "setId" UUID NOT NULL,
    "aspect" "ReactionAspect" NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReactionInvite" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "questionSetId" UUID NOT NULL,
    "status" "ReactionInviteStatus" NOT NULL DEFAULT 'PENDING',
    "draft" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReactionInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReactionResponse" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "questionSetId" UUID NOT NULL,
    "respondentId" UUID,
    "submittedOn" DATE NOT NULL,

    CONSTRAINT "ReactionResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReactionAnswer" (
    "id" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "trainerId" UUID,
    "rating" INTEGER NOT NULL,
    "comment" TEXT,

    CONSTRAINT "ReactionAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_enrolmentId_key" ON "Certificate"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE INDEX "Certificate_employeeId_idx" ON "Certificate"("employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_agencyId_number_key" ON "Certificate"("agencyId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_agencyId_year_seq_key" ON "Certificate"("agencyId", "year", "seq");

-- CreateIndex
CREATE INDEX "RateLimitHit_bucket_key_createdAt_idx" ON "RateLimitHit"("bucket", "key", "createdAt");

-- CreateIndex
CREATE INDEX "QuestionSet_agencyId_active_idx" ON "QuestionSet"("agencyId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "Question_setId_position_key" ON "Question"("setId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ReactionInvite_enrolmentId_key" ON "ReactionInvite"("enrolmentId");

-- CreateIndex
CREATE INDEX "ReactionInvite_batchId_status_idx" ON "ReactionInvite"("batchId", "status");

-- CreateIndex
CREATE INDEX "ReactionResponse_batchId_idx" ON "ReactionResponse"("batchId");

-- CreateIndex
CREATE INDEX "ReactionAnswer_questionId_idx" ON "ReactionAnswer"("questionId");

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionSet" ADD CONSTRAINT "QuestionSet_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_setId_fkey" FOREIGN KEY ("setId") REFERENCES "QuestionSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReactionInvite" ADD CONSTRAINT "ReactionInvite_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReactionInvite" ADD CONSTRAINT "ReactionInvite_questionSetId_fkey" FOREIGN KEY ("questionSetId") REFERENCES "QuestionSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReactionResponse" ADD CONSTRAINT "ReactionResponse_questionSetId_fkey" FOREIGN KEY ("questionSetId") REFERENCES "QuestionSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReactionAnswer" ADD CONSTRAINT "ReactionAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "ReactionResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReactionAnswer" ADD CONSTRAINT "ReactionAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: what the schema language cannot say.
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_values" CHECK (
  "seq" > 0 AND "minutes" >= 0 AND length("code") >= 16
  AND ("revokedAt" IS NULL) = ("revokedReason" IS NULL)
  AND ("revokedReason" IS NULL OR length(trim("revokedReason")) > 0)
);
ALTER TABLE "ReactionAnswer" ADD CONSTRAINT "ReactionAnswer_rating" CHECK ("rating" BETWEEN 1 AND 5);
-- Answers are final once given; a response is never rewritten.
CREATE TRIGGER "ReactionResponse_append_only" BEFORE UPDATE OR DELETE ON "ReactionResponse"
  FOR EACH ROW EXECUTE FUNCTION bangkom_reject_change();
