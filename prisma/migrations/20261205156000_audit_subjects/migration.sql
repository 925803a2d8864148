-- The audit trail, visible (issue 13, decision 0026). Each audit row names the person, batch or unit it is
-- about (its "subject"), so an employee's or a batch's history is one index range and an operator's view is
-- "rows about the people and units of my subtree". The subject is derived once, when the row is written, by a
-- trigger from the row's entity, entity id and before/after JSON: every writer (lib/action.ts's audit, bulk
-- imports in SQL, jobs) is covered, and a row about something later deleted keeps its subject.

ALTER TABLE "AuditLog" ADD COLUMN "subjectEmployeeId" UUID,
  ADD COLUMN "subjectBatchId" UUID,
  ADD COLUMN "subjectUnitId" UUID;

-- Newest first, with the id as tie-breaker, for keyset pagination; the filters each have their own range.
DROP INDEX "AuditLog_agencyId_createdAt_idx";
CREATE INDEX "AuditLog_agencyId_createdAt_id_idx" ON "AuditLog"("agencyId", "createdAt", "id");
CREATE INDEX "AuditLog_agencyId_entity_createdAt_id_idx" ON "AuditLog"("agencyId", "entity", "createdAt", "id");
CREATE INDEX "AuditLog_agencyId_action_createdAt_id_idx" ON "AuditLog"("agencyId", "action", "createdAt", "id");
CREATE INDEX "AuditLog_agencyId_actorUserId_createdAt_id_idx" ON "AuditLog"("agencyId", "actorUserId", "createdAt", "id");
CREATE INDEX "AuditLog_subjectEmployeeId_createdAt_id_idx" ON "AuditLog"("subjectEmployeeId", "createdAt", "id");
CREATE INDEX "AuditLog_subjectBatchId_createdAt_id_idx" ON "AuditLog"("subjectBatchId", "createdAt", "id");
CREATE INDEX "AuditLog_subjectUnitId_createdAt_id_idx" ON "AuditLog"("subjectUnitId", "createdAt", "id");

-- A text that is a UUID, as a UUID; NULL otherwise (ids like "agency:2025" or "unknown-email").
CREATE FUNCTION bangkom_uuid_or_null(value text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN value ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN value::uuid END
$$;

-- What an audit row is about: the JSON's employeeId/batchId/unitId first (they survive the record's deletion),
-- then the record itself, by kind (the part of the entity before any ".").
CREATE FUNCTION bangkom_audit_subject_of(entity text, entity_id text, before_json jsonb, after_json jsonb,
  OUT emp uuid, OUT bat uuid, OUT uni uuid) LANGUAGE plpgsql STABLE AS $$
DECLARE
  kind text := split_part(entity, '.', 1);
  rid uuid := bangkom_uuid_or_null(entity_id);
  -- What the record itself says; a lookup that finds nothing (the record is gone) leaves these NULL.
  e uuid;
  b uuid;
  u uuid;
BEGIN
  emp := coalesce(bangkom_uuid_or_null(after_json ->> 'employeeId'), bangkom_uuid_or_null(before_json ->> 'employeeId'));
  bat := coalesce(bangkom_uuid_or_null(after_json ->> 'batchId'), bangkom_uuid_or_null(before_json ->> 'batchId'));
  uni := coalesce(bangkom_uuid_or_null(after_json ->> 'unitId'), bangkom_uuid_or_null(before_json ->> 'unitId'));
  IF rid IS NULL THEN RETURN; END IF;
  CASE kind
    WHEN 'Employee' THEN e := rid;
    WHEN 'User' THEN SELECT x."employeeId" INTO e FROM "User" x WHERE x.id = rid;
    WHEN 'EmployeeAssignment' THEN SELECT x."employeeId", x."unitId" INTO e, u FROM "EmployeeAssignment" x WHERE x.id = rid;
    WHEN 'InactivityPeriod' THEN SELECT x."employeeId" INTO e FROM "InactivityPeriod" x WHERE x.id = rid;
    WHEN 'ExternalTraining' THEN SELECT x."employeeId" INTO e FROM "ExternalTraining" x WHERE x.id = rid;
    WHEN 'LedgerEntry' THEN SELECT x."employeeId", x."batchId" INTO e, b FROM "LedgerEntry" x WHERE x.id = rid;
    -- LearningScore and ObserverRating rows are audited under their enrolment's id.
    WHEN 'Enrolment', 'LearningScore', 'ObserverRating' THEN SELECT x."employeeId", x."batchId" INTO e, b FROM "Enrolment" x WHERE x.id = rid;
    WHEN 'Certificate' THEN
      SELECT x."employeeId", n."batchId" INTO e, b FROM "Certificate" x JOIN "Enrolment" n ON n.id = x."enrolmentId" WHERE x.id = rid;
    WHEN 'ReactionInvite' THEN
      SELECT n."employeeId", x."batchId" INTO e, b FROM "ReactionInvite" x JOIN "Enrolment" n ON n.id = x."enrolmentId" WHERE x.id = rid;
    WHEN 'FeedbackTask' THEN
      SELECT x."employeeId", n."batchId" INTO e, b FROM "FeedbackTask" x JOIN "Enrolment" n ON n.id = x."enrolmentId" WHERE x.id = rid;
    WHEN 'FollowUpPlan' THEN
      SELECT t."employeeId", n."batchId" INTO e, b
      FROM "FollowUpPlan" x JOIN "FeedbackTask" t ON t.id = x."taskId" JOIN "Enrolment" n ON n.id = t."enrolmentId" WHERE x.id = rid;
    WHEN 'Batch', 'Attendance' THEN b := rid; -- attendance is audited under its batch's id
    WHEN 'RundownSession' THEN SELECT x."batchId" INTO b FROM "RundownSession" x WHERE x.id = rid;
    WHEN 'ResultIndicator' THEN SELECT x."batchId", x."unitId" INTO b, u FROM "ResultIndicator" x WHERE x.id = rid;
    WHEN 'OrgUnit' THEN u := rid;
    WHEN 'Position' THEN SELECT x."unitId" INTO u FROM "Position" x WHERE x.id = rid;
    ELSE NULL;
  END CASE;
  -- The record's own id wins for the kinds that are the subject themselves; otherwise the JSON's come first.
  IF kind = 'Employee' THEN emp := e; ELSE emp := coalesce(emp, e); END IF;
  IF kind IN ('Batch', 'Attendance') THEN bat := b; ELSE bat := coalesce(bat, b); END IF;
  IF kind = 'OrgUnit' THEN uni := u; ELSE uni := coalesce(uni, u); END IF;
END $$;

-- Fills the subject columns a writer left empty.
CREATE FUNCTION bangkom_audit_subject() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s record;
BEGIN
  IF NEW."subjectEmployeeId" IS NULL OR NEW."subjectBatchId" IS NULL OR NEW."subjectUnitId" IS NULL THEN
    SELECT * INTO s FROM bangkom_audit_subject_of(NEW.entity, NEW."entityId", NEW.before, NEW.after);
    NEW."subjectEmployeeId" := coalesce(NEW."subjectEmployeeId", s.emp);
    NEW."subjectBatchId" := coalesce(NEW."subjectBatchId", s.bat);
    NEW."subjectUnitId" := coalesce(NEW."subjectUnitId", s.uni);
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "AuditLog_subject" BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION bangkom_audit_subject();

-- The rows written before this migration get their subjects the same way. The audit log is append-only, so the
-- guard is lifted for this one statement, which fills only the new, derived columns (nothing recorded changes).
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only";
UPDATE "AuditLog" a SET "subjectEmployeeId" = s.emp, "subjectBatchId" = s.bat, "subjectUnitId" = s.uni
FROM "AuditLog" l CROSS JOIN LATERAL bangkom_audit_subject_of(l.entity, l."entityId", l.before, l.after) s
WHERE a.id = l.id AND (s.emp IS NOT NULL OR s.bat IS NOT NULL OR s.uni IS NOT NULL);
ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only";
