-- CreateTable
CREATE TABLE "LearningScore" (
    "enrolmentId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "preScore" INTEGER,
    "postScore" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID NOT NULL,

    CONSTRAINT "LearningScore_pkey" PRIMARY KEY ("enrolmentId")
);

-- CreateTable
CREATE TABLE "ObserverRating" (
    "enrolmentId" UUID NOT NULL,
    "competencyId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "level" INTEGER NOT NULL,
    "observerName" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID NOT NULL,

    CONSTRAINT "ObserverRating_pkey" PRIMARY KEY ("enrolmentId","competencyId")
);

-- CreateIndex
CREATE INDEX "LearningScore_agencyId_idx" ON "LearningScore"("agencyId");

-- CreateIndex
CREATE INDEX "ObserverRating_competencyId_idx" ON "ObserverRating"("competencyId");

-- AddForeignKey
ALTER TABLE "LearningScore" ADD CONSTRAINT "LearningScore_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningScore" ADD CONSTRAINT "LearningScore_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObserverRating" ADD CONSTRAINT "ObserverRating_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObserverRating" ADD CONSTRAINT "ObserverRating_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObserverRating" ADD CONSTRAINT "ObserverRating_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: what the schema language cannot say.
ALTER TABLE "LearningScore" ADD CONSTRAINT "LearningScore_score_range" CHECK (
  ("preScore" IS NULL OR "preScore" BETWEEN 0 AND 100) AND ("postScore" IS NULL OR "postScore" BETWEEN 0 AND 100)
);
ALTER TABLE "ObserverRating" ADD CONSTRAINT "ObserverRating_level_range" CHECK ("level" BETWEEN 1 AND 5);
