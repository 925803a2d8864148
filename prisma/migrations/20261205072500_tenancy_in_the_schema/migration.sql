-- Tenancy in the schema (issue 10): every tenant row carries agencyId, and every reference between tenant
-- rows is a composite foreign key (agencyId, xId) -> (agencyId, id), so PostgreSQL itself refuses a row that
-- points into another agency. Existing data moves over: the new agencyId columns are filled from the parent
-- row, Program.eligibleUnitIds becomes the ProgramEligibleUnit join table, and then every key is checked. A
-- row that already points across agencies (or at a missing row) stops the migration with a message naming
-- the key; nothing is repaired silently, and the failed migration changes nothing (one transaction).

-- 1. The tables that had no agencyId get it from their parent row.
ALTER TABLE "Attendance" ADD COLUMN "agencyId" UUID;
UPDATE "Attendance" a SET "agencyId" = e."agencyId" FROM "Enrolment" e WHERE e.id = a."enrolmentId";
ALTER TABLE "BatchQuota" ADD COLUMN "agencyId" UUID;
UPDATE "BatchQuota" q SET "agencyId" = b."agencyId" FROM "Batch" b WHERE b.id = q."batchId";
ALTER TABLE "CompetencyLevel" ADD COLUMN "agencyId" UUID;
UPDATE "CompetencyLevel" l SET "agencyId" = c."agencyId" FROM "Competency" c WHERE c.id = l."competencyId";
ALTER TABLE "FollowUpPlan" ADD COLUMN "agencyId" UUID;
UPDATE "FollowUpPlan" p SET "agencyId" = t."agencyId" FROM "FeedbackTask" t WHERE t.id = p."taskId";
ALTER TABLE "ProgramCompetency" ADD COLUMN "agencyId" UUID;
UPDATE "ProgramCompetency" pc SET "agencyId" = p."agencyId" FROM "Program" p WHERE p.id = pc."programId";
ALTER TABLE "Question" ADD COLUMN "agencyId" UUID;
UPDATE "Question" q SET "agencyId" = s."agencyId" FROM "QuestionSet" s WHERE s.id = q."setId";
ALTER TABLE "ReactionAnswer" ADD COLUMN "agencyId" UUID;
UPDATE "ReactionAnswer" a SET "agencyId" = r."agencyId" FROM "ReactionResponse" r WHERE r.id = a."responseId";
ALTER TABLE "SessionTrainer" ADD COLUMN "agencyId" UUID;
UPDATE "SessionTrainer" st SET "agencyId" = s."agencyId" FROM "RundownSession" s WHERE s.id = st."sessionId";
ALTER TABLE "UserRole" ADD COLUMN "agencyId" UUID;
UPDATE "UserRole" r SET "agencyId" = u."agencyId" FROM "User" u WHERE u.id = r."userId";
ALTER TABLE "Attendance" ALTER COLUMN "agencyId" SET NOT NULL;
ALTER TABLE "BatchQuota" ALTER COLUMN "agencyId" SET NOT NULL;
ALTER TABLE "CompetencyLevel" ALTER COLUMN "agencyId" SET NOT NULL;
ALTER TABLE "FollowUpPlan" ALTER COLUMN "agencyId" SET NOT NULL;
ALTER TABLE "ProgramCompetency" ALTER COLUMN "agencyId" SET NOT NULL;
ALTER TABLE "Question" ALTER COLUMN "agencyId" SET NOT NULL;
ALTER TABLE "ReactionAnswer" ALTER COLUMN "agencyId" SET NOT NULL;
ALTER TABLE "SessionTrainer" ALTER COLUMN "agencyId" SET NOT NULL;
ALTER TABLE "UserRole" ALTER COLUMN "agencyId" SET NOT NULL;

-- 2. Program.eligibleUnitIds (a uuid array that nothing checked) becomes a join table with foreign keys.
CREATE TABLE "ProgramEligibleUnit" (
    "agencyId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    CONSTRAINT "ProgramEligibleUnit_pkey" PRIMARY KEY ("programId","unitId")
);
INSERT INTO "ProgramEligibleUnit" ("agencyId", "programId", "unitId")
SELECT DISTINCT p."agencyId", p.id, u."unitId"
FROM "Program" p CROSS JOIN LATERAL unnest(p."eligibleUnitIds") AS u("unitId");
ALTER TABLE "Program" DROP COLUMN "eligibleUnitIds";

-- 3. The single-column foreign keys give way to composite ones.
ALTER TABLE "Attendance" DROP CONSTRAINT "Attendance_enrolmentId_fkey";
ALTER TABLE "Attendance" DROP CONSTRAINT "Attendance_sessionId_fkey";
ALTER TABLE "Batch" DROP CONSTRAINT "Batch_programId_fkey";
ALTER TABLE "BatchQuota" DROP CONSTRAINT "BatchQuota_batchId_fkey";
ALTER TABLE "BudgetLine" DROP CONSTRAINT "BudgetLine_programId_fkey";
ALTER TABLE "Certificate" DROP CONSTRAINT "Certificate_enrolmentId_fkey";
ALTER TABLE "CompetencyLevel" DROP CONSTRAINT "CompetencyLevel_competencyId_fkey";
ALTER TABLE "Employee" DROP CONSTRAINT "Employee_positionId_fkey";
ALTER TABLE "Employee" DROP CONSTRAINT "Employee_supervisorId_fkey";
ALTER TABLE "Employee" DROP CONSTRAINT "Employee_unitId_fkey";
ALTER TABLE "Enrolment" DROP CONSTRAINT "Enrolment_batchId_fkey";
ALTER TABLE "Enrolment" DROP CONSTRAINT "Enrolment_employeeId_fkey";
ALTER TABLE "ExternalTraining" DROP CONSTRAINT "ExternalTraining_employeeId_fkey";
ALTER TABLE "FeedbackTask" DROP CONSTRAINT "FeedbackTask_enrolmentId_fkey";
ALTER TABLE "FollowUpPlan" DROP CONSTRAINT "FollowUpPlan_taskId_fkey";
ALTER TABLE "InactivityPeriod" DROP CONSTRAINT "InactivityPeriod_employeeId_fkey";
ALTER TABLE "LearningScore" DROP CONSTRAINT "LearningScore_enrolmentId_fkey";
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_batchId_fkey";
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_correctsId_fkey";
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_employeeId_fkey";
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_externalTrainingId_fkey";
ALTER TABLE "ObserverRating" DROP CONSTRAINT "ObserverRating_competencyId_fkey";
ALTER TABLE "ObserverRating" DROP CONSTRAINT "ObserverRating_enrolmentId_fkey";
ALTER TABLE "OrgUnit" DROP CONSTRAINT "OrgUnit_parentId_fkey";
ALTER TABLE "Position" DROP CONSTRAINT "Position_unitId_fkey";
ALTER TABLE "PositionCompetency" DROP CONSTRAINT "PositionCompetency_competencyId_fkey";
ALTER TABLE "PositionCompetency" DROP CONSTRAINT "PositionCompetency_positionId_fkey";
ALTER TABLE "ProgramCompetency" DROP CONSTRAINT "ProgramCompetency_competencyId_fkey";
ALTER TABLE "ProgramCompetency" DROP CONSTRAINT "ProgramCompetency_programId_fkey";
ALTER TABLE "Question" DROP CONSTRAINT "Question_setId_fkey";
ALTER TABLE "ReactionAnswer" DROP CONSTRAINT "ReactionAnswer_questionId_fkey";
ALTER TABLE "ReactionAnswer" DROP CONSTRAINT "ReactionAnswer_responseId_fkey";
ALTER TABLE "ReactionInvite" DROP CONSTRAINT "ReactionInvite_enrolmentId_fkey";
ALTER TABLE "ReactionInvite" DROP CONSTRAINT "ReactionInvite_questionSetId_fkey";
ALTER TABLE "ReactionResponse" DROP CONSTRAINT "ReactionResponse_questionSetId_fkey";
ALTER TABLE "ResultIndicator" DROP CONSTRAINT "ResultIndicator_batchId_fkey";
ALTER TABLE "ResultIndicator" DROP CONSTRAINT "ResultIndicator_unitId_fkey";
ALTER TABLE "RundownSession" DROP CONSTRAINT "RundownSession_batchId_fkey";
ALTER TABLE "SessionTrainer" DROP CONSTRAINT "SessionTrainer_sessionId_fkey";
ALTER TABLE "SessionTrainer" DROP CONSTRAINT "SessionTrainer_trainerId_fkey";
ALTER TABLE "Trainer" DROP CONSTRAINT "Trainer_employeeId_fkey";
ALTER TABLE "User" DROP CONSTRAINT "User_employeeId_fkey";
ALTER TABLE "UserRole" DROP CONSTRAINT "UserRole_unitId_fkey";
ALTER TABLE "UserRole" DROP CONSTRAINT "UserRole_userId_fkey";

-- 4. A composite key needs a unique (agencyId, id) on the table it references, and a one-to-one reference a
-- unique (agencyId, xId). OrgUnit.path gets a prefix index: with the "C" collation a plain B-tree serves
-- `path LIKE '/a/b/%'` whatever the database's locale (text_pattern_ops would too, but Prisma cannot model it
-- on a B-tree, and the drift check would flag it).
DROP INDEX "LearningScore_agencyId_idx";
CREATE INDEX "ProgramEligibleUnit_unitId_idx" ON "ProgramEligibleUnit"("unitId");
CREATE UNIQUE INDEX "Batch_agencyId_id_key" ON "Batch"("agencyId", "id");
CREATE UNIQUE INDEX "Certificate_agencyId_enrolmentId_key" ON "Certificate"("agencyId", "enrolmentId");
CREATE UNIQUE INDEX "Competency_agencyId_id_key" ON "Competency"("agencyId", "id");
CREATE UNIQUE INDEX "Employee_agencyId_id_key" ON "Employee"("agencyId", "id");
CREATE UNIQUE INDEX "Enrolment_agencyId_id_key" ON "Enrolment"("agencyId", "id");
CREATE UNIQUE INDEX "ExternalTraining_agencyId_id_key" ON "ExternalTraining"("agencyId", "id");
CREATE UNIQUE INDEX "FeedbackTask_agencyId_id_key" ON "FeedbackTask"("agencyId", "id");
CREATE UNIQUE INDEX "FeedbackTask_agencyId_enrolmentId_key" ON "FeedbackTask"("agencyId", "enrolmentId");
CREATE UNIQUE INDEX "LearningScore_agencyId_enrolmentId_key" ON "LearningScore"("agencyId", "enrolmentId");
CREATE UNIQUE INDEX "LedgerEntry_agencyId_id_key" ON "LedgerEntry"("agencyId", "id");
ALTER TABLE "OrgUnit" ALTER COLUMN "path" SET DATA TYPE TEXT COLLATE "C";
CREATE INDEX "OrgUnit_path_prefix_idx" ON "OrgUnit"("path");
CREATE UNIQUE INDEX "OrgUnit_agencyId_id_key" ON "OrgUnit"("agencyId", "id");
CREATE UNIQUE INDEX "Position_agencyId_id_key" ON "Position"("agencyId", "id");
CREATE UNIQUE INDEX "Program_agencyId_id_key" ON "Program"("agencyId", "id");
CREATE UNIQUE INDEX "Question_agencyId_id_key" ON "Question"("agencyId", "id");
CREATE UNIQUE INDEX "QuestionSet_agencyId_id_key" ON "QuestionSet"("agencyId", "id");
CREATE UNIQUE INDEX "ReactionInvite_agencyId_enrolmentId_key" ON "ReactionInvite"("agencyId", "enrolmentId");
CREATE UNIQUE INDEX "ReactionResponse_agencyId_id_key" ON "ReactionResponse"("agencyId", "id");
CREATE UNIQUE INDEX "RundownSession_agencyId_id_key" ON "RundownSession"("agencyId", "id");
CREATE UNIQUE INDEX "Trainer_agencyId_id_key" ON "Trainer"("agencyId", "id");
CREATE UNIQUE INDEX "User_agencyId_id_key" ON "User"("agencyId", "id");
CREATE UNIQUE INDEX "User_agencyId_employeeId_key" ON "User"("agencyId", "employeeId");

-- 5. Every reference between tenant rows, old and new, as (agencyId, xId) -> (agencyId, id). Nullable ones are
-- MATCH SIMPLE (the default), so a null xId is allowed. Added NOT VALID here and validated one by one below.
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_agencyId_parentId_fkey" FOREIGN KEY ("agencyId", "parentId") REFERENCES "OrgUnit"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Position" ADD CONSTRAINT "Position_agencyId_unitId_fkey" FOREIGN KEY ("agencyId", "unitId") REFERENCES "OrgUnit"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_agencyId_unitId_fkey" FOREIGN KEY ("agencyId", "unitId") REFERENCES "OrgUnit"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_agencyId_positionId_fkey" FOREIGN KEY ("agencyId", "positionId") REFERENCES "Position"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_agencyId_supervisorId_fkey" FOREIGN KEY ("agencyId", "supervisorId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "InactivityPeriod" ADD CONSTRAINT "InactivityPeriod_agencyId_employeeId_fkey" FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_employeeId_fkey" FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_agencyId_userId_fkey" FOREIGN KEY ("agencyId", "userId") REFERENCES "User"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_agencyId_unitId_fkey" FOREIGN KEY ("agencyId", "unitId") REFERENCES "OrgUnit"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "CompetencyLevel" ADD CONSTRAINT "CompetencyLevel_agencyId_competencyId_fkey" FOREIGN KEY ("agencyId", "competencyId") REFERENCES "Competency"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "PositionCompetency" ADD CONSTRAINT "PositionCompetency_agencyId_positionId_fkey" FOREIGN KEY ("agencyId", "positionId") REFERENCES "Position"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "PositionCompetency" ADD CONSTRAINT "PositionCompetency_agencyId_competencyId_fkey" FOREIGN KEY ("agencyId", "competencyId") REFERENCES "Competency"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ProgramCompetency" ADD CONSTRAINT "ProgramCompetency_agencyId_programId_fkey" FOREIGN KEY ("agencyId", "programId") REFERENCES "Program"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ProgramCompetency" ADD CONSTRAINT "ProgramCompetency_agencyId_competencyId_fkey" FOREIGN KEY ("agencyId", "competencyId") REFERENCES "Competency"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ProgramEligibleUnit" ADD CONSTRAINT "ProgramEligibleUnit_agencyId_programId_fkey" FOREIGN KEY ("agencyId", "programId") REFERENCES "Program"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ProgramEligibleUnit" ADD CONSTRAINT "ProgramEligibleUnit_agencyId_unitId_fkey" FOREIGN KEY ("agencyId", "unitId") REFERENCES "OrgUnit"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_agencyId_programId_fkey" FOREIGN KEY ("agencyId", "programId") REFERENCES "Program"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_agencyId_programId_fkey" FOREIGN KEY ("agencyId", "programId") REFERENCES "Program"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "BatchQuota" ADD CONSTRAINT "BatchQuota_agencyId_batchId_fkey" FOREIGN KEY ("agencyId", "batchId") REFERENCES "Batch"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "BatchQuota" ADD CONSTRAINT "BatchQuota_agencyId_unitId_fkey" FOREIGN KEY ("agencyId", "unitId") REFERENCES "OrgUnit"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Trainer" ADD CONSTRAINT "Trainer_agencyId_employeeId_fkey" FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "RundownSession" ADD CONSTRAINT "RundownSession_agencyId_batchId_fkey" FOREIGN KEY ("agencyId", "batchId") REFERENCES "Batch"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "SessionTrainer" ADD CONSTRAINT "SessionTrainer_agencyId_sessionId_fkey" FOREIGN KEY ("agencyId", "sessionId") REFERENCES "RundownSession"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "SessionTrainer" ADD CONSTRAINT "SessionTrainer_agencyId_trainerId_fkey" FOREIGN KEY ("agencyId", "trainerId") REFERENCES "Trainer"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_agencyId_batchId_fkey" FOREIGN KEY ("agencyId", "batchId") REFERENCES "Batch"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_agencyId_employeeId_fkey" FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_agencyId_quotaUnitId_fkey" FOREIGN KEY ("agencyId", "quotaUnitId") REFERENCES "OrgUnit"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_agencyId_supervisorId_fkey" FOREIGN KEY ("agencyId", "supervisorId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_agencyId_sessionId_fkey" FOREIGN KEY ("agencyId", "sessionId") REFERENCES "RundownSession"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_agencyId_enrolmentId_fkey" FOREIGN KEY ("agencyId", "enrolmentId") REFERENCES "Enrolment"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_agencyId_employeeId_fkey" FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_agencyId_batchId_fkey" FOREIGN KEY ("agencyId", "batchId") REFERENCES "Batch"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_agencyId_externalTrainingId_fkey" FOREIGN KEY ("agencyId", "externalTrainingId") REFERENCES "ExternalTraining"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_agencyId_correctsId_fkey" FOREIGN KEY ("agencyId", "correctsId") REFERENCES "LedgerEntry"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "LedgerYearTotal" ADD CONSTRAINT "LedgerYearTotal_agencyId_employeeId_fkey" FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ExternalTraining" ADD CONSTRAINT "ExternalTraining_agencyId_employeeId_fkey" FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "YearCloseRow" ADD CONSTRAINT "YearCloseRow_agencyId_employeeId_fkey" FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "YearCloseRow" ADD CONSTRAINT "YearCloseRow_agencyId_unitId_fkey" FOREIGN KEY ("agencyId", "unitId") REFERENCES "OrgUnit"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_agencyId_userId_fkey" FOREIGN KEY ("agencyId", "userId") REFERENCES "User"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_agencyId_enrolmentId_fkey" FOREIGN KEY ("agencyId", "enrolmentId") REFERENCES "Enrolment"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_agencyId_employeeId_fkey" FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "Question" ADD CONSTRAINT "Question_agencyId_setId_fkey" FOREIGN KEY ("agencyId", "setId") REFERENCES "QuestionSet"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ReactionInvite" ADD CONSTRAINT "ReactionInvite_agencyId_batchId_fkey" FOREIGN KEY ("agencyId", "batchId") REFERENCES "Batch"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ReactionInvite" ADD CONSTRAINT "ReactionInvite_agencyId_enrolmentId_fkey" FOREIGN KEY ("agencyId", "enrolmentId") REFERENCES "Enrolment"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ReactionInvite" ADD CONSTRAINT "ReactionInvite_agencyId_questionSetId_fkey" FOREIGN KEY ("agencyId", "questionSetId") REFERENCES "QuestionSet"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ReactionResponse" ADD CONSTRAINT "ReactionResponse_agencyId_batchId_fkey" FOREIGN KEY ("agencyId", "batchId") REFERENCES "Batch"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ReactionResponse" ADD CONSTRAINT "ReactionResponse_agencyId_questionSetId_fkey" FOREIGN KEY ("agencyId", "questionSetId") REFERENCES "QuestionSet"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ReactionAnswer" ADD CONSTRAINT "ReactionAnswer_agencyId_responseId_fkey" FOREIGN KEY ("agencyId", "responseId") REFERENCES "ReactionResponse"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ReactionAnswer" ADD CONSTRAINT "ReactionAnswer_agencyId_questionId_fkey" FOREIGN KEY ("agencyId", "questionId") REFERENCES "Question"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ReactionAnswer" ADD CONSTRAINT "ReactionAnswer_agencyId_trainerId_fkey" FOREIGN KEY ("agencyId", "trainerId") REFERENCES "Trainer"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "FeedbackTask" ADD CONSTRAINT "FeedbackTask_agencyId_enrolmentId_fkey" FOREIGN KEY ("agencyId", "enrolmentId") REFERENCES "Enrolment"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "FeedbackTask" ADD CONSTRAINT "FeedbackTask_agencyId_employeeId_fkey" FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "FeedbackTask" ADD CONSTRAINT "FeedbackTask_agencyId_supervisorId_fkey" FOREIGN KEY ("agencyId", "supervisorId") REFERENCES "Employee"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "FollowUpPlan" ADD CONSTRAINT "FollowUpPlan_agencyId_taskId_fkey" FOREIGN KEY ("agencyId", "taskId") REFERENCES "FeedbackTask"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "LearningScore" ADD CONSTRAINT "LearningScore_agencyId_enrolmentId_fkey" FOREIGN KEY ("agencyId", "enrolmentId") REFERENCES "Enrolment"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ObserverRating" ADD CONSTRAINT "ObserverRating_agencyId_enrolmentId_fkey" FOREIGN KEY ("agencyId", "enrolmentId") REFERENCES "Enrolment"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ObserverRating" ADD CONSTRAINT "ObserverRating_agencyId_competencyId_fkey" FOREIGN KEY ("agencyId", "competencyId") REFERENCES "Competency"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ResultIndicator" ADD CONSTRAINT "ResultIndicator_agencyId_batchId_fkey" FOREIGN KEY ("agencyId", "batchId") REFERENCES "Batch"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ResultIndicator" ADD CONSTRAINT "ResultIndicator_agencyId_unitId_fkey" FOREIGN KEY ("agencyId", "unitId") REFERENCES "OrgUnit"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ReactionSealed" ADD CONSTRAINT "ReactionSealed_agencyId_batchId_fkey" FOREIGN KEY ("agencyId", "batchId") REFERENCES "Batch"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "ReactionSealed" ADD CONSTRAINT "ReactionSealed_agencyId_questionSetId_fkey" FOREIGN KEY ("agencyId", "questionSetId") REFERENCES "QuestionSet"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;

-- 6. Validate each new key; a row that points into another agency (or at nothing) stops the migration here.
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN
    SELECT con.conname, rel.relname
    FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
    WHERE n.nspname = current_schema() AND con.contype = 'f' AND NOT con.convalidated
    ORDER BY rel.relname, con.conname
  LOOP
    BEGIN
      EXECUTE format('ALTER TABLE %I VALIDATE CONSTRAINT %I', c.relname, c.conname);
    EXCEPTION WHEN foreign_key_violation THEN
      RAISE EXCEPTION 'Tenancy migration stopped: rows of "%" break %: they point at a row of another agency, or at a row that does not exist (%)', c.relname, c.conname, SQLERRM
        USING HINT = 'Correct those rows (they mix agencies) and deploy again; the failed migration changed nothing.';
    END;
  END LOOP;
END;
$$;
