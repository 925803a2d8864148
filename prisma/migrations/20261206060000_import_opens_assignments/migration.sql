-- The ASN import opens each new employee's first assignment itself, in the statement that inserts them: source
-- IMPORT, its run, its actor and the start SIASN gives (TMT JABATAN). It says so for that statement with a
-- transaction-local setting, and this trigger then leaves those employees to it. Before, the trigger opened an
-- INITIAL row and the import rewrote all of them at once: at 50,000 rows that UPDATE cost more than the rows'
-- insert (decision 0041). Every other way of creating an employee still gets its first row from here.
CREATE OR REPLACE FUNCTION employee_initial_assignment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('bangkom.caller_opens_assignments', true) = 'on' THEN
    RETURN NULL;
  END IF;
  INSERT INTO "EmployeeAssignment" ("id", "agencyId", "employeeId", "unitId", "positionId", "startDate", "source")
  SELECT gen_random_uuid(), "agencyId", "id", "unitId", "positionId", "serviceStartDate", 'INITIAL' FROM inserted;
  RETURN NULL;
END $$;

-- An audit row about an employee needs no lookup: its subjects are what bangkom_audit_subject_of gives for the
-- kind "Employee" (the record's id, else the JSON's employeeId; batch and unit from the JSON), computed here
-- without a query per row. The ASN import writes 50,000 of them in one statement; the query per row cost about
-- as much as the rows themselves. tests/integration/audit-trail.test.ts holds this path to the function.
CREATE OR REPLACE FUNCTION bangkom_audit_subject() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s record;
BEGIN
  IF NEW."subjectEmployeeId" IS NULL OR NEW."subjectBatchId" IS NULL OR NEW."subjectUnitId" IS NULL THEN
    IF NEW.entity = 'Employee' THEN
      NEW."subjectEmployeeId" := coalesce(NEW."subjectEmployeeId", bangkom_uuid_or_null(NEW."entityId"),
        bangkom_uuid_or_null(NEW.after ->> 'employeeId'), bangkom_uuid_or_null(NEW.before ->> 'employeeId'));
      NEW."subjectBatchId" := coalesce(NEW."subjectBatchId", bangkom_uuid_or_null(NEW.after ->> 'batchId'), bangkom_uuid_or_null(NEW.before ->> 'batchId'));
      NEW."subjectUnitId" := coalesce(NEW."subjectUnitId", bangkom_uuid_or_null(NEW.after ->> 'unitId'), bangkom_uuid_or_null(NEW.before ->> 'unitId'));
      RETURN NEW;
    END IF;
    SELECT * INTO s FROM bangkom_audit_subject_of(NEW.entity, NEW."entityId", NEW.before, NEW.after);
    NEW."subjectEmployeeId" := coalesce(NEW."subjectEmployeeId", s.emp);
    NEW."subjectBatchId" := coalesce(NEW."subjectBatchId", s.bat);
    NEW."subjectUnitId" := coalesce(NEW."subjectUnitId", s.uni);
  END IF;
  RETURN NEW;
END $$;
