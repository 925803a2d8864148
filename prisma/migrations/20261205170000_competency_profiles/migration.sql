-- Issue 14: competency profiles and the three-level gap analysis. Standards get versions (legal basis and the date
-- they take effect) and a requirements part; recorded levels are append-only results with a source; an agency sets
-- how long each source's result stays valid, its JPM bands and its need weighting; an ASN may choose a target position.

CREATE TYPE "RequirementKind" AS ENUM ('EDUCATION', 'TRAINING', 'EXPERIENCE');
CREATE TYPE "AssessmentSource" AS ENUM ('ASSESSMENT_CENTRE', 'UJI_KOMPETENSI', 'MULTI_RATER', 'SUPERVISOR', 'SELF');

-- The dictionary: the seeded PermenPANRB competencies are locked; each level gets its behaviour indicators.
ALTER TABLE "Competency" ADD COLUMN "locked" BOOLEAN NOT NULL DEFAULT false;
UPDATE "Competency" SET "locked" = true
 WHERE "code" IN ('M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08', 'SK.01');
ALTER TABLE "CompetencyLevel" ADD COLUMN "indicators" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Standard versions. Every existing standard becomes one version, in force since 2000-01-01.
CREATE TABLE "PositionStandardVersion" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "positionId" UUID NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PositionStandardVersion_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PositionStandardVersion_legal_basis_named" CHECK (length(trim("legalBasis")) > 0)
);
CREATE UNIQUE INDEX "PositionStandardVersion_agencyId_id_key" ON "PositionStandardVersion"("agencyId", "id");
CREATE UNIQUE INDEX "PositionStandardVersion_agencyId_positionId_id_key" ON "PositionStandardVersion"("agencyId", "positionId", "id");
CREATE UNIQUE INDEX "PositionStandardVersion_positionId_effectiveFrom_key" ON "PositionStandardVersion"("positionId", "effectiveFrom");
ALTER TABLE "PositionStandardVersion" ADD CONSTRAINT "PositionStandardVersion_agencyId_fkey"
  FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PositionStandardVersion" ADD CONSTRAINT "PositionStandardVersion_agencyId_positionId_fkey"
  FOREIGN KEY ("agencyId", "positionId") REFERENCES "Position"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "PositionStandardVersion" ("id", "agencyId", "positionId", "legalBasis", "effectiveFrom")
SELECT gen_random_uuid(), p."agencyId", p."id", 'Standar awal', DATE '2000-01-01'
  FROM "Position" p
 WHERE EXISTS (SELECT 1 FROM "PositionCompetency" pc WHERE pc."positionId" = p."id");

ALTER TABLE "PositionCompetency" ADD COLUMN "versionId" UUID;
UPDATE "PositionCompetency" pc SET "versionId" = v."id"
  FROM "PositionStandardVersion" v WHERE v."positionId" = pc."positionId";
ALTER TABLE "PositionCompetency" ALTER COLUMN "versionId" SET NOT NULL;
DROP INDEX "PositionCompetency_positionId_competencyId_key";
CREATE UNIQUE INDEX "PositionCompetency_versionId_competencyId_key" ON "PositionCompetency"("versionId", "competencyId");
CREATE INDEX "PositionCompetency_positionId_idx" ON "PositionCompetency"("positionId");
ALTER TABLE "PositionCompetency" ADD CONSTRAINT "PositionCompetency_agencyId_positionId_versionId_fkey"
  FOREIGN KEY ("agencyId", "positionId", "versionId") REFERENCES "PositionStandardVersion"("agencyId", "positionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "PositionRequirement" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "kind" "RequirementKind" NOT NULL,
    "description" TEXT NOT NULL,
    "importance" "Importance" NOT NULL,
    "programId" UUID,
    CONSTRAINT "PositionRequirement_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PositionRequirement_described" CHECK (length(trim("description")) > 0),
    CONSTRAINT "PositionRequirement_program_is_training" CHECK ("programId" IS NULL OR "kind" = 'TRAINING')
);
CREATE INDEX "PositionRequirement_versionId_idx" ON "PositionRequirement"("versionId");
ALTER TABLE "PositionRequirement" ADD CONSTRAINT "PositionRequirement_agencyId_fkey"
  FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PositionRequirement" ADD CONSTRAINT "PositionRequirement_agencyId_versionId_fkey"
  FOREIGN KEY ("agencyId", "versionId") REFERENCES "PositionStandardVersion"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PositionRequirement" ADD CONSTRAINT "PositionRequirement_agencyId_programId_fkey"
  FOREIGN KEY ("agencyId", "programId") REFERENCES "Program"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Recorded levels.
CREATE TABLE "CompetencyAssessment" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "competencyId" UUID NOT NULL,
    "level" INTEGER NOT NULL,
    "assessedOn" DATE NOT NULL,
    "source" "AssessmentSource" NOT NULL,
    "assessorName" TEXT NOT NULL,
    "assessorEmployeeId" UUID,
    "documentNumber" TEXT,
    "fileName" TEXT,
    "fileContent" BYTEA,
    "importRunId" UUID,
    "recordedById" UUID,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" UUID,
    "withdrawnReason" TEXT,
    CONSTRAINT "CompetencyAssessment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "CompetencyAssessment_level_range" CHECK ("level" BETWEEN 1 AND 5),
    CONSTRAINT "CompetencyAssessment_withdrawal_explained" CHECK (
      ("withdrawnAt" IS NULL AND "withdrawnById" IS NULL AND "withdrawnReason" IS NULL)
      OR ("withdrawnAt" IS NOT NULL AND length(trim(coalesce("withdrawnReason", ''))) > 0)),
    -- A rating given in Bangkom names who gave it: the ASN themself (SELF) or another employee (SUPERVISOR).
    CONSTRAINT "CompetencyAssessment_self_is_self" CHECK ("source" <> 'SELF' OR "assessorEmployeeId" = "employeeId"),
    CONSTRAINT "CompetencyAssessment_file_named" CHECK ("fileContent" IS NULL OR "fileName" IS NOT NULL)
);
CREATE UNIQUE INDEX "CompetencyAssessment_agencyId_id_key" ON "CompetencyAssessment"("agencyId", "id");
CREATE INDEX "CompetencyAssessment_agencyId_employeeId_competencyId_idx" ON "CompetencyAssessment"("agencyId", "employeeId", "competencyId");
CREATE INDEX "CompetencyAssessment_agencyId_competencyId_idx" ON "CompetencyAssessment"("agencyId", "competencyId");
CREATE INDEX "CompetencyAssessment_importRunId_idx" ON "CompetencyAssessment"("importRunId");
ALTER TABLE "CompetencyAssessment" ADD CONSTRAINT "CompetencyAssessment_agencyId_fkey"
  FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CompetencyAssessment" ADD CONSTRAINT "CompetencyAssessment_agencyId_employeeId_fkey"
  FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CompetencyAssessment" ADD CONSTRAINT "CompetencyAssessment_agencyId_competencyId_fkey"
  FOREIGN KEY ("agencyId", "competencyId") REFERENCES "Competency"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CompetencyAssessment" ADD CONSTRAINT "CompetencyAssessment_agencyId_assessorEmployeeId_fkey"
  FOREIGN KEY ("agencyId", "assessorEmployeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CompetencyAssessment" ADD CONSTRAINT "CompetencyAssessment_agencyId_importRunId_fkey"
  FOREIGN KEY ("agencyId", "importRunId") REFERENCES "ImportRun"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CompetencyAssessment" ADD CONSTRAINT "CompetencyAssessment_agencyId_recordedById_fkey"
  FOREIGN KEY ("agencyId", "recordedById") REFERENCES "User"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CompetencyAssessment" ADD CONSTRAINT "CompetencyAssessment_agencyId_withdrawnById_fkey"
  FOREIGN KEY ("agencyId", "withdrawnById") REFERENCES "User"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Append-only: no DELETE, and the only UPDATE is a withdrawal of a result not yet withdrawn, changing nothing else.
CREATE FUNCTION competency_assessment_withdraw_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'CompetencyAssessment is append-only: DELETE is not allowed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD."withdrawnAt" IS NOT NULL OR NEW."withdrawnAt" IS NULL
     OR (to_jsonb(NEW) - 'withdrawnAt' - 'withdrawnById' - 'withdrawnReason')
        IS DISTINCT FROM (to_jsonb(OLD) - 'withdrawnAt' - 'withdrawnById' - 'withdrawnReason') THEN
    RAISE EXCEPTION 'CompetencyAssessment is append-only: a result can only be withdrawn, once' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "CompetencyAssessment_withdraw_only" BEFORE UPDATE OR DELETE ON "CompetencyAssessment"
  FOR EACH ROW EXECUTE FUNCTION competency_assessment_withdraw_only();
CREATE TRIGGER "CompetencyAssessment_no_truncate" BEFORE TRUNCATE ON "CompetencyAssessment"
  FOR EACH STATEMENT EXECUTE FUNCTION bangkom_reject_change();

CREATE TABLE "CompetencySettings" (
    "agencyId" UUID NOT NULL,
    "validityAssessmentCentre" INTEGER NOT NULL DEFAULT 3,
    "validityUjiKompetensi" INTEGER NOT NULL DEFAULT 3,
    "validityMultiRater" INTEGER NOT NULL DEFAULT 1,
    "validitySupervisor" INTEGER NOT NULL DEFAULT 1,
    "validitySelf" INTEGER NOT NULL DEFAULT 1,
    "jpmHighPct" INTEGER NOT NULL DEFAULT 90,
    "jpmMidPct" INTEGER NOT NULL DEFAULT 78,
    "jpmHighName" TEXT NOT NULL DEFAULT 'Optimal',
    "jpmMidName" TEXT NOT NULL DEFAULT 'Cukup optimal',
    "jpmLowName" TEXT NOT NULL DEFAULT 'Kurang optimal',
    "weightByImportance" BOOLEAN NOT NULL DEFAULT false,
    "weightMutlak" INTEGER NOT NULL DEFAULT 3,
    "weightPenting" INTEGER NOT NULL DEFAULT 2,
    "weightPerlu" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "CompetencySettings_pkey" PRIMARY KEY ("agencyId"),
    CONSTRAINT "CompetencySettings_validity_range" CHECK (
      "validityAssessmentCentre" BETWEEN 1 AND 10 AND "validityUjiKompetensi" BETWEEN 1 AND 10
      AND "validityMultiRater" BETWEEN 1 AND 10 AND "validitySupervisor" BETWEEN 1 AND 10 AND "validitySelf" BETWEEN 1 AND 10),
    CONSTRAINT "CompetencySettings_bands_ordered" CHECK (0 < "jpmMidPct" AND "jpmMidPct" < "jpmHighPct" AND "jpmHighPct" <= 100),
    CONSTRAINT "CompetencySettings_weights_positive" CHECK ("weightMutlak" > 0 AND "weightPenting" > 0 AND "weightPerlu" > 0)
);
ALTER TABLE "CompetencySettings" ADD CONSTRAINT "CompetencySettings_agencyId_fkey"
  FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "CareerTarget" (
    "agencyId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "positionId" UUID NOT NULL,
    "chosenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CareerTarget_pkey" PRIMARY KEY ("employeeId")
);
CREATE UNIQUE INDEX "CareerTarget_agencyId_employeeId_key" ON "CareerTarget"("agencyId", "employeeId");
CREATE INDEX "CareerTarget_agencyId_positionId_idx" ON "CareerTarget"("agencyId", "positionId");
ALTER TABLE "CareerTarget" ADD CONSTRAINT "CareerTarget_agencyId_fkey"
  FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CareerTarget" ADD CONSTRAINT "CareerTarget_agencyId_employeeId_fkey"
  FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CareerTarget" ADD CONSTRAINT "CareerTarget_agencyId_positionId_fkey"
  FOREIGN KEY ("agencyId", "positionId") REFERENCES "Position"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The current level of each (employee, competency) of an agency on a date (lib/competency/rules.ts currentLevel
-- says the same in TypeScript): the most trusted source with a valid result on that date, then that source's
-- latest result (the later recorded one on a tie). A result is valid from its date until, not including, the
-- same date N years later (N per source, CompetencySettings). Withdrawn results never count.
CREATE FUNCTION competency_current_levels(p_agency uuid, p_on date)
RETURNS TABLE (employee_id uuid, competency_id uuid, level integer, source "AssessmentSource", assessment_id uuid, assessed_on date)
LANGUAGE sql STABLE AS $$
  WITH validity AS (
    SELECT coalesce(s."validityAssessmentCentre", 3) AS ac, coalesce(s."validityUjiKompetensi", 3) AS uk,
           coalesce(s."validityMultiRater", 1) AS mr, coalesce(s."validitySupervisor", 1) AS sv, coalesce(s."validitySelf", 1) AS sf
      FROM (SELECT p_agency AS id) a LEFT JOIN "CompetencySettings" s ON s."agencyId" = a.id
  )
  SELECT DISTINCT ON (r."employeeId", r."competencyId")
         r."employeeId", r."competencyId", r."level", r."source", r."id", r."assessedOn"
    FROM "CompetencyAssessment" r, validity v
   WHERE r."agencyId" = p_agency
     AND r."withdrawnAt" IS NULL
     AND r."assessedOn" <= p_on
     AND p_on < (r."assessedOn" + make_interval(years => CASE r."source"
           WHEN 'ASSESSMENT_CENTRE' THEN v.ac WHEN 'UJI_KOMPETENSI' THEN v.uk WHEN 'MULTI_RATER' THEN v.mr
           WHEN 'SUPERVISOR' THEN v.sv ELSE v.sf END))::date
   ORDER BY r."employeeId", r."competencyId", r."source", r."assessedOn" DESC, r."recordedAt" DESC, r."id" DESC
$$;

-- The standard line of each position of an agency in force on a date: the version with the latest effectiveFrom on
-- or before it.
CREATE FUNCTION position_standard_on(p_agency uuid, p_on date)
RETURNS TABLE (position_id uuid, version_id uuid, competency_id uuid, required_level integer, importance "Importance")
LANGUAGE sql STABLE AS $$
  SELECT pc."positionId", v.id, pc."competencyId", pc."requiredLevel", pc."importance"
    FROM (SELECT DISTINCT ON ("positionId") "id", "positionId"
            FROM "PositionStandardVersion"
           WHERE "agencyId" = p_agency AND "effectiveFrom" <= p_on
           ORDER BY "positionId", "effectiveFrom" DESC) v
    JOIN "PositionCompetency" pc ON pc."versionId" = v.id
$$;

-- Every ASN in service on a date (the service end date included, as isInService of lib/people/rules.ts says), against
-- the standard of the position they held that day (their assignment, or their current position when no assignment
-- covers the day): one row per standard line, with the current level
-- (null: not assessed), the gap max(0, required - current) and the surplus max(0, current - required).
CREATE FUNCTION competency_gaps(p_agency uuid, p_on date)
RETURNS TABLE (employee_id uuid, unit_id uuid, position_id uuid, competency_id uuid, required_level integer,
               importance "Importance", current_level integer, source "AssessmentSource", gap integer, surplus integer)
LANGUAGE sql STABLE AS $$
  WITH staff AS (
    SELECT e."id", coalesce(a."unitId", e."unitId") AS unit_id, coalesce(a."positionId", e."positionId") AS position_id
      FROM "Employee" e
      LEFT JOIN "EmployeeAssignment" a ON a."employeeId" = e."id" AND a."startDate" <= p_on
           AND (a."endDate" IS NULL OR a."endDate" >= p_on)
     WHERE e."agencyId" = p_agency AND e."serviceStartDate" <= p_on
       AND (e."serviceEndDate" IS NULL OR e."serviceEndDate" >= p_on) -- the end date is the last day in service
  )
  SELECT s."id", s.unit_id, s.position_id, st.competency_id, st.required_level, st.importance,
         c.level, c.source,
         CASE WHEN c.level IS NULL THEN NULL ELSE greatest(0, st.required_level - c.level) END,
         CASE WHEN c.level IS NULL THEN NULL ELSE greatest(0, c.level - st.required_level) END
    FROM staff s
    JOIN position_standard_on(p_agency, p_on) st ON st.position_id = s.position_id
    LEFT JOIN competency_current_levels(p_agency, p_on) c ON c.employee_id = s."id" AND c.competency_id = st.competency_id
$$;
