-- Current levels without sorting every result (issue 14, bench/gap): the latest result of each source per
-- employee and competency, kept by trigger, and the SQL functions of 20261205170000 rewritten to read it. The
-- rules are unchanged (lib/competency/rules.ts currentLevel); tests/integration/competency-summary.test.ts checks
-- the summary path against the results themselves.

-- CreateTable
CREATE TABLE "CompetencyResultSummary" (
    "agencyId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "competencyId" UUID NOT NULL,
    "assessmentCentreId" UUID,
    "assessmentCentreLevel" INTEGER,
    "assessmentCentreOn" DATE,
    "ujiKompetensiId" UUID,
    "ujiKompetensiLevel" INTEGER,
    "ujiKompetensiOn" DATE,
    "multiRaterId" UUID,
    "multiRaterLevel" INTEGER,
    "multiRaterOn" DATE,
    "supervisorId" UUID,
    "supervisorLevel" INTEGER,
    "supervisorOn" DATE,
    "selfId" UUID,
    "selfLevel" INTEGER,
    "selfOn" DATE,

    CONSTRAINT "CompetencyResultSummary_pkey" PRIMARY KEY ("agencyId","employeeId","competencyId")
);

-- AddForeignKey
ALTER TABLE "CompetencyResultSummary" ADD CONSTRAINT "CompetencyResultSummary_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyResultSummary" ADD CONSTRAINT "CompetencyResultSummary_agencyId_employeeId_fkey" FOREIGN KEY ("agencyId", "employeeId") REFERENCES "Employee"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyResultSummary" ADD CONSTRAINT "CompetencyResultSummary_agencyId_competencyId_fkey" FOREIGN KEY ("agencyId", "competencyId") REFERENCES "Competency"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyResultSummary" ADD CONSTRAINT "CompetencyResultSummary_agencyId_assessmentCentreId_fkey" FOREIGN KEY ("agencyId", "assessmentCentreId") REFERENCES "CompetencyAssessment"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyResultSummary" ADD CONSTRAINT "CompetencyResultSummary_agencyId_ujiKompetensiId_fkey" FOREIGN KEY ("agencyId", "ujiKompetensiId") REFERENCES "CompetencyAssessment"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyResultSummary" ADD CONSTRAINT "CompetencyResultSummary_agencyId_multiRaterId_fkey" FOREIGN KEY ("agencyId", "multiRaterId") REFERENCES "CompetencyAssessment"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyResultSummary" ADD CONSTRAINT "CompetencyResultSummary_agencyId_supervisorId_fkey" FOREIGN KEY ("agencyId", "supervisorId") REFERENCES "CompetencyAssessment"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyResultSummary" ADD CONSTRAINT "CompetencyResultSummary_agencyId_selfId_fkey" FOREIGN KEY ("agencyId", "selfId") REFERENCES "CompetencyAssessment"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- The pairs with a result dated after a given day (competency_current_levels computes those from the results):
-- none, as of today.
CREATE INDEX "CompetencyResultSummary_latest_idx" ON "CompetencyResultSummary"
  ("agencyId", (greatest("assessmentCentreOn", "ujiKompetensiOn", "multiRaterOn", "supervisorOn", "selfOn")));

-- The summary of a set of (agency, employee, competency) pairs, recomputed from their results. Called with the
-- transition table of an insert or a withdrawal. Writers of one employee bucket (64 buckets per agency) wait for
-- each other, so a recomputation always starts after the writes it must see are committed (READ COMMITTED takes a
-- new snapshot for the statement after the lock).
CREATE FUNCTION competency_result_summary_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1400, b.bucket)
     FROM (SELECT DISTINCT (hashtext(c."agencyId"::text || c."employeeId"::text) & 63) AS bucket FROM changed c ORDER BY 1) b;
  INSERT INTO "CompetencyResultSummary" AS s
        ("agencyId", "employeeId", "competencyId",
         "assessmentCentreId", "assessmentCentreLevel", "assessmentCentreOn", "ujiKompetensiId", "ujiKompetensiLevel", "ujiKompetensiOn",
         "multiRaterId", "multiRaterLevel", "multiRaterOn", "supervisorId", "supervisorLevel", "supervisorOn", "selfId", "selfLevel", "selfOn")
  SELECT p."agencyId", p."employeeId", p."competencyId",
         (array_agg(l.id) FILTER (WHERE l.source = 'ASSESSMENT_CENTRE'))[1], max(l.level) FILTER (WHERE l.source = 'ASSESSMENT_CENTRE'), max(l."assessedOn") FILTER (WHERE l.source = 'ASSESSMENT_CENTRE'),
         (array_agg(l.id) FILTER (WHERE l.source = 'UJI_KOMPETENSI'))[1], max(l.level) FILTER (WHERE l.source = 'UJI_KOMPETENSI'), max(l."assessedOn") FILTER (WHERE l.source = 'UJI_KOMPETENSI'),
         (array_agg(l.id) FILTER (WHERE l.source = 'MULTI_RATER'))[1], max(l.level) FILTER (WHERE l.source = 'MULTI_RATER'), max(l."assessedOn") FILTER (WHERE l.source = 'MULTI_RATER'),
         (array_agg(l.id) FILTER (WHERE l.source = 'SUPERVISOR'))[1], max(l.level) FILTER (WHERE l.source = 'SUPERVISOR'), max(l."assessedOn") FILTER (WHERE l.source = 'SUPERVISOR'),
         (array_agg(l.id) FILTER (WHERE l.source = 'SELF'))[1], max(l.level) FILTER (WHERE l.source = 'SELF'), max(l."assessedOn") FILTER (WHERE l.source = 'SELF')
    FROM (SELECT DISTINCT "agencyId", "employeeId", "competencyId" FROM changed) p
    LEFT JOIN LATERAL (
      SELECT DISTINCT ON (r.source) r.source, r.id, r.level, r."assessedOn"
        FROM "CompetencyAssessment" r
       WHERE r."agencyId" = p."agencyId" AND r."employeeId" = p."employeeId" AND r."competencyId" = p."competencyId"
         AND r."withdrawnAt" IS NULL
       ORDER BY r.source, r."assessedOn" DESC, r."recordedAt" DESC, r.id DESC) l ON true
   GROUP BY p."agencyId", p."employeeId", p."competencyId"
  ON CONFLICT ("agencyId", "employeeId", "competencyId") DO UPDATE SET
    "assessmentCentreId" = EXCLUDED."assessmentCentreId", "assessmentCentreLevel" = EXCLUDED."assessmentCentreLevel", "assessmentCentreOn" = EXCLUDED."assessmentCentreOn",
    "ujiKompetensiId" = EXCLUDED."ujiKompetensiId", "ujiKompetensiLevel" = EXCLUDED."ujiKompetensiLevel", "ujiKompetensiOn" = EXCLUDED."ujiKompetensiOn",
    "multiRaterId" = EXCLUDED."multiRaterId", "multiRaterLevel" = EXCLUDED."multiRaterLevel", "multiRaterOn" = EXCLUDED."multiRaterOn",
    "supervisorId" = EXCLUDED."supervisorId", "supervisorLevel" = EXCLUDED."supervisorLevel", "supervisorOn" = EXCLUDED."supervisorOn",
    "selfId" = EXCLUDED."selfId", "selfLevel" = EXCLUDED."selfLevel", "selfOn" = EXCLUDED."selfOn";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "CompetencyAssessment_summary_insert" AFTER INSERT ON "CompetencyAssessment"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION competency_result_summary_refresh();
CREATE TRIGGER "CompetencyAssessment_summary_withdraw" AFTER UPDATE ON "CompetencyAssessment"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION competency_result_summary_refresh();

-- The results already there.
INSERT INTO "CompetencyResultSummary"
      ("agencyId", "employeeId", "competencyId",
       "assessmentCentreId", "assessmentCentreLevel", "assessmentCentreOn", "ujiKompetensiId", "ujiKompetensiLevel", "ujiKompetensiOn",
       "multiRaterId", "multiRaterLevel", "multiRaterOn", "supervisorId", "supervisorLevel", "supervisorOn", "selfId", "selfLevel", "selfOn")
SELECT l."agencyId", l."employeeId", l."competencyId",
       (array_agg(l.id) FILTER (WHERE l.source = 'ASSESSMENT_CENTRE'))[1], max(l.level) FILTER (WHERE l.source = 'ASSESSMENT_CENTRE'), max(l."assessedOn") FILTER (WHERE l.source = 'ASSESSMENT_CENTRE'),
       (array_agg(l.id) FILTER (WHERE l.source = 'UJI_KOMPETENSI'))[1], max(l.level) FILTER (WHERE l.source = 'UJI_KOMPETENSI'), max(l."assessedOn") FILTER (WHERE l.source = 'UJI_KOMPETENSI'),
       (array_agg(l.id) FILTER (WHERE l.source = 'MULTI_RATER'))[1], max(l.level) FILTER (WHERE l.source = 'MULTI_RATER'), max(l."assessedOn") FILTER (WHERE l.source = 'MULTI_RATER'),
       (array_agg(l.id) FILTER (WHERE l.source = 'SUPERVISOR'))[1], max(l.level) FILTER (WHERE l.source = 'SUPERVISOR'), max(l."assessedOn") FILTER (WHERE l.source = 'SUPERVISOR'),
       (array_agg(l.id) FILTER (WHERE l.source = 'SELF'))[1], max(l.level) FILTER (WHERE l.source = 'SELF'), max(l."assessedOn") FILTER (WHERE l.source = 'SELF')
  FROM (SELECT DISTINCT ON ("agencyId", "employeeId", "competencyId", source) "agencyId", "employeeId", "competencyId", source, id, level, "assessedOn"
          FROM "CompetencyAssessment" WHERE "withdrawnAt" IS NULL
         ORDER BY "agencyId", "employeeId", "competencyId", source, "assessedOn" DESC, "recordedAt" DESC, id DESC) l
 GROUP BY l."agencyId", l."employeeId", l."competencyId";

-- The earliest assessment date whose result, valid for p_years, is still valid on p_on: a result dated a is valid
-- on p_on when a <= p_on < a + p_years (calendar years; 29 February + 1 year is 28 February). a + p_years only
-- grows with a, so the valid dates are exactly those from this one on, and comparing a date to it is the rule.
CREATE FUNCTION competency_valid_from(p_on date, p_years integer) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT min(d)::date
    FROM generate_series((p_on - make_interval(years => p_years))::date - 3, (p_on - make_interval(years => p_years))::date + 3, interval '1 day') d
   WHERE (d::date + make_interval(years => p_years))::date > p_on
$$;

-- The current level of every assessed competency of an agency's ASN on a date: the most trusted source with a
-- valid result on it, the latest of that source. A pair whose results are all dated on or before p_on (every pair,
-- as of today) is read from the summary: its latest result of a source is then the latest as of p_on, and when
-- that one has expired every older one has. A pair with a later result is computed from its results.
DROP FUNCTION competency_gaps(uuid, date);
DROP FUNCTION competency_current_levels(uuid, date);
CREATE FUNCTION competency_current_levels(p_agency uuid, p_on date)
RETURNS TABLE (employee_id uuid, competency_id uuid, level integer, source "AssessmentSource", assessment_id uuid, assessed_on date)
LANGUAGE sql STABLE AS $$
  WITH valid_from AS (
    SELECT competency_valid_from(p_on, coalesce(s."validityAssessmentCentre", 3)) AS ac,
           competency_valid_from(p_on, coalesce(s."validityUjiKompetensi", 3)) AS uk,
           competency_valid_from(p_on, coalesce(s."validityMultiRater", 1)) AS mr,
           competency_valid_from(p_on, coalesce(s."validitySupervisor", 1)) AS sv,
           competency_valid_from(p_on, coalesce(s."validitySelf", 1)) AS sf
      FROM (SELECT p_agency AS id) a LEFT JOIN "CompetencySettings" s ON s."agencyId" = a.id
  ), summarised AS (
    SELECT CASE WHEN m."assessmentCentreOn" >= v.ac THEN 'ASSESSMENT_CENTRE'::"AssessmentSource"
                WHEN m."ujiKompetensiOn" >= v.uk THEN 'UJI_KOMPETENSI' WHEN m."multiRaterOn" >= v.mr THEN 'MULTI_RATER'
                WHEN m."supervisorOn" >= v.sv THEN 'SUPERVISOR' WHEN m."selfOn" >= v.sf THEN 'SELF' END AS source, m.*
      FROM "CompetencyResultSummary" m, valid_from v
     WHERE m."agencyId" = p_agency
       AND greatest(m."assessmentCentreOn", m."ujiKompetensiOn", m."multiRaterOn", m."supervisorOn", m."selfOn") <= p_on
  )
  SELECT m."employeeId", m."competencyId",
         CASE m.source WHEN 'ASSESSMENT_CENTRE' THEN m."assessmentCentreLevel" WHEN 'UJI_KOMPETENSI' THEN m."ujiKompetensiLevel"
              WHEN 'MULTI_RATER' THEN m."multiRaterLevel" WHEN 'SUPERVISOR' THEN m."supervisorLevel" ELSE m."selfLevel" END,
         m.source,
         CASE m.source WHEN 'ASSESSMENT_CENTRE' THEN m."assessmentCentreId" WHEN 'UJI_KOMPETENSI' THEN m."ujiKompetensiId"
              WHEN 'MULTI_RATER' THEN m."multiRaterId" WHEN 'SUPERVISOR' THEN m."supervisorId" ELSE m."selfId" END,
         CASE m.source WHEN 'ASSESSMENT_CENTRE' THEN m."assessmentCentreOn" WHEN 'UJI_KOMPETENSI' THEN m."ujiKompetensiOn"
              WHEN 'MULTI_RATER' THEN m."multiRaterOn" WHEN 'SUPERVISOR' THEN m."supervisorOn" ELSE m."selfOn" END
    FROM summarised m
   WHERE m.source IS NOT NULL
  UNION ALL
  SELECT * FROM (
    SELECT DISTINCT ON (r."employeeId", r."competencyId")
           r."employeeId", r."competencyId", r."level", r."source", r."id", r."assessedOn"
      FROM "CompetencyResultSummary" m
      JOIN "CompetencyAssessment" r ON r."agencyId" = m."agencyId" AND r."employeeId" = m."employeeId" AND r."competencyId" = m."competencyId"
      CROSS JOIN valid_from v
     WHERE m."agencyId" = p_agency
       AND greatest(m."assessmentCentreOn", m."ujiKompetensiOn", m."multiRaterOn", m."supervisorOn", m."selfOn") > p_on
       AND r."withdrawnAt" IS NULL
       AND r."assessedOn" <= p_on
       AND r."assessedOn" >= CASE r."source" WHEN 'ASSESSMENT_CENTRE' THEN v.ac WHEN 'UJI_KOMPETENSI' THEN v.uk
                                 WHEN 'MULTI_RATER' THEN v.mr WHEN 'SUPERVISOR' THEN v.sv ELSE v.sf END
     ORDER BY r."employeeId", r."competencyId", r."source", r."assessedOn" DESC, r."recordedAt" DESC, r."id" DESC) later
$$;

-- Every ASN in service on a date (the service end date included, as isInService of lib/people/rules.ts says), with
-- the unit and position they held that day: their assignment, or their current ones when no assignment covers it.
CREATE FUNCTION competency_staff_on(p_agency uuid, p_on date)
RETURNS TABLE (employee_id uuid, unit_id uuid, position_id uuid)
LANGUAGE sql STABLE AS $$
  SELECT e."id", coalesce(a."unitId", e."unitId"), coalesce(a."positionId", e."positionId")
    FROM "Employee" e
    LEFT JOIN "EmployeeAssignment" a ON a."employeeId" = e."id" AND a."startDate" <= p_on
         AND (a."endDate" IS NULL OR a."endDate" >= p_on)
   WHERE e."agencyId" = p_agency AND e."serviceStartDate" <= p_on
     AND (e."serviceEndDate" IS NULL OR e."serviceEndDate" >= p_on) -- the end date is the last day in service
$$;

-- Every ASN in service on a date against the standard of the position they held that day: one row per standard
-- line, with the current level (null: not assessed), the gap max(0, required - current) and the surplus
-- max(0, current - required).
CREATE FUNCTION competency_gaps(p_agency uuid, p_on date)
RETURNS TABLE (employee_id uuid, unit_id uuid, position_id uuid, competency_id uuid, required_level integer,
               importance "Importance", current_level integer, source "AssessmentSource", gap integer, surplus integer)
LANGUAGE sql STABLE AS $$
  SELECT s.employee_id, s.unit_id, s.position_id, st.competency_id, st.required_level, st.importance,
         c.level, c.source,
         CASE WHEN c.level IS NULL THEN NULL ELSE greatest(0, st.required_level - c.level) END,
         CASE WHEN c.level IS NULL THEN NULL ELSE greatest(0, c.level - st.required_level) END
    FROM competency_staff_on(p_agency, p_on) s
    JOIN position_standard_on(p_agency, p_on) st ON st.position_id = s.position_id
    LEFT JOIN competency_current_levels(p_agency, p_on) c ON c.employee_id = s.employee_id AND c.competency_id = st.competency_id
$$;
