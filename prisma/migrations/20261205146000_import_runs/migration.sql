-- The one import pipeline's audit trail (docs/decisions/0020-import-pipeline.md): each uploaded file with its
-- SHA-256 and bytes, its check's progress and dry run, and every data row as received with its problems.

CREATE TYPE "ImportStatus" AS ENUM ('CHECKING', 'READY', 'INVALID', 'APPLYING', 'APPLIED', 'FAILED', 'CANCELLED');

CREATE TABLE "ImportRun" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "original" BYTEA NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'CHECKING',
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "problemCount" INTEGER NOT NULL DEFAULT 0,
    "progressDone" INTEGER NOT NULL DEFAULT 0,
    "progressTotal" INTEGER NOT NULL DEFAULT 0,
    "summary" JSONB,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "checkedAt" TIMESTAMP(3),
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id"),
    -- What the code assumes, kept by the database too.
    CONSTRAINT "ImportRun_sha256_hex" CHECK ("fileSha256" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "ImportRun_format" CHECK ("format" IN ('csv', 'xlsx')),
    CONSTRAINT "ImportRun_size_matches" CHECK ("fileSize" = octet_length("original")),
    CONSTRAINT "ImportRun_counts" CHECK ("rowCount" >= 0 AND "problemCount" BETWEEN 0 AND "rowCount" AND "progressDone" >= 0 AND "progressTotal" >= 0)
);

CREATE TABLE "ImportRow" (
    "agencyId" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "cells" JSONB NOT NULL,
    "problems" JSONB,

    CONSTRAINT "ImportRow_pkey" PRIMARY KEY ("runId","line"),
    CONSTRAINT "ImportRow_line_positive" CHECK ("line" >= 2)
);

CREATE UNIQUE INDEX "ImportRun_agencyId_id_key" ON "ImportRun"("agencyId", "id");
CREATE INDEX "ImportRun_agencyId_kind_createdAt_idx" ON "ImportRun"("agencyId", "kind", "createdAt");

ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_agencyId_createdById_fkey" FOREIGN KEY ("agencyId", "createdById") REFERENCES "User"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ImportRow" ADD CONSTRAINT "ImportRow_agencyId_runId_fkey" FOREIGN KEY ("agencyId", "runId") REFERENCES "ImportRun"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
