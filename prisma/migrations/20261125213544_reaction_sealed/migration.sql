-- CreateTable
CREATE TABLE "ReactionSealed" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "questionSetId" UUID NOT NULL,
    "answers" JSONB NOT NULL,

    CONSTRAINT "ReactionSealed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReactionSealed_batchId_questionSetId_idx" ON "ReactionSealed"("batchId", "questionSetId");
