-- An agency's own people (issue 13): units keyed by SIASN's UNOR ID, a head position per unit, closed units,
-- the SIASN identity fields of an employee, where each employee worked when (EmployeeAssignment), and
-- accounts that must choose their own password.

ALTER TABLE "OrgUnit" ADD COLUMN "siasnId" TEXT,
  ADD COLUMN "headPositionId" UUID,
  ADD COLUMN "closedOn" DATE;
CREATE UNIQUE INDEX "OrgUnit_agencyId_siasnId_key" ON "OrgUnit"("agencyId", "siasnId");
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_agencyId_headPositionId_fkey"
  FOREIGN KEY ("agencyId", "headPositionId") REFERENCES "Position"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE INDEX "Position_agencyId_unitId_name_idx" ON "Position"("agencyId", "unitId", "name");

ALTER TABLE "Employee" ADD COLUMN "serviceEndReason" TEXT,
  ADD COLUMN "pnsId" TEXT,
  ADD COLUMN "nipLama" TEXT,
  ADD COLUMN "birthPlace" TEXT,
  ADD COLUMN "emailGov" TEXT,
  ADD COLUMN "legalStatus" TEXT,
  ADD COLUMN "pnsDate" DATE,
  ADD COLUMN "rankDate" DATE;

CREATE TABLE "EmployeeAssignment" (
  "id" UUID NOT NULL,
  "agencyId" UUID NOT NULL,
  "employeeId" UUID NOT NULL,
  "unitId" UUID NOT NULL,
  "positionId" UUID NOT NULL,
  "startDate" DATE NOT NULL,
  "endDate" DATE,
  "source" TEXT NOT NULL,
  "importRunId" UUID,
  "createdById" UUID,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "EmployeeAssignment_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "EmployeeAssignment_dates_check" CHECK ("endDate" IS NULL OR "endDate" >= "startDate"),
  CONSTRAINT "EmployeeAssignment_source_check" CHECK ("source" IN ('IMPORT', 'MANUAL', 'INITIAL'))
);
CREATE INDEX "EmployeeAssignment_employeeId_startDate_idx" ON "EmployeeAssignment"("employeeId", "startDate");
CREATE INDEX "EmployeeAssignment_agencyId_unitId_idx" ON "EmployeeAssignment"("agencyId", "unitId");
-- At most one open assignment (endDate NULL) per employee, and no two periods of one employee ending the same day.
CREATE UNIQUE INDEX "EmployeeAssignment_one_open" ON "EmployeeAssignment"("employeeId", "endDate") NULLS NOT DISTINCT;
ALTER TABLE "EmployeeAssignment" ADD CONSTRAINT "EmployeeAssignment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "EmployeeAssignment" ADD CONSTRAINT "EmployeeAssignment_agencyId_employeeId_fkey" FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EmployeeAssignment" ADD CONSTRAINT "EmployeeAssignment_agencyId_unitId_fkey" FOREIGN KEY ("agencyId", "unitId") REFERENCES "OrgUnit"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "EmployeeAssignment" ADD CONSTRAINT "EmployeeAssignment_agencyId_positionId_fkey" FOREIGN KEY ("agencyId", "positionId") REFERENCES "Position"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "EmployeeAssignment" ADD CONSTRAINT "EmployeeAssignment_agencyId_importRunId_fkey" FOREIGN KEY ("agencyId", "importRunId") REFERENCES "ImportRun"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Every existing employee's current place becomes their first assignment.
INSERT INTO "EmployeeAssignment" ("id", "agencyId", "employeeId", "unitId", "positionId", "startDate", "source")
SELECT gen_random_uuid(), "agencyId", "id", "unitId", "positionId", "serviceStartDate", 'INITIAL' FROM "Employee";

ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "passwordChangedAt" TIMESTAMP(3);

-- Whatever creates an employee (a form, an import, the demo data), their first place is on record. The
-- statement-level trigger reads the inserted rows as a set, so a 50,000-row import pays one INSERT … SELECT.
CREATE FUNCTION employee_initial_assignment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EmployeeAssignment" ("id", "agencyId", "employeeId", "unitId", "positionId", "startDate", "source")
  SELECT gen_random_uuid(), "agencyId", "id", "unitId", "positionId", "serviceStartDate", 'INITIAL' FROM inserted;
  RETURN NULL;
END $$;
CREATE TRIGGER "Employee_initial_assignment" AFTER INSERT ON "Employee"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION employee_initial_assignment();
