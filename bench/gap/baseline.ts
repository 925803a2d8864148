// The hand-written SQL aggregate bench/gap measures the project against: the heatmap per OPD × competency in one
// statement straight over the tables, with the rules of competency_gaps written inline (the default validity: 3
// years for ASSESSMENT_CENTRE and UJI_KOMPETENSI, 1 for the others, as the bench agency has no settings row; no
// assignments, as the bench has none). Parameters: $1 agency, $2 the date (YYYY-MM-DD).
export type BaselineRow = { opd: string; competency: string; withGap: number; notAssessed: number; assessed: number; averageGap: string | null };

export const BASELINE_HEATMAP = `
  WITH cur AS (
    SELECT DISTINCT ON ("employeeId", "competencyId") "employeeId" AS e, "competencyId" AS c, level
      FROM "CompetencyAssessment"
     WHERE "agencyId" = $1::uuid AND "withdrawnAt" IS NULL AND "assessedOn" <= $2::date
       AND $2::date < ("assessedOn" + make_interval(years => CASE WHEN source IN ('ASSESSMENT_CENTRE', 'UJI_KOMPETENSI') THEN 3 ELSE 1 END))::date
     ORDER BY "employeeId", "competencyId", source, "assessedOn" DESC, "recordedAt" DESC, id DESC
  ), std AS (
    SELECT DISTINCT ON ("positionId") id, "positionId" FROM "PositionStandardVersion"
     WHERE "agencyId" = $1::uuid AND "effectiveFrom" <= $2::date ORDER BY "positionId", "effectiveFrom" DESC
  ), lines AS (
    SELECT split_part(u.path, '/', 2) AS opd, pc."competencyId" AS c, cur.level,
           CASE WHEN cur.level IS NULL THEN NULL ELSE greatest(0, pc."requiredLevel" - cur.level) END AS gap
      FROM "Employee" e
      JOIN "OrgUnit" u ON u.id = e."unitId"
      JOIN std ON std."positionId" = e."positionId"
      JOIN "PositionCompetency" pc ON pc."versionId" = std.id
      LEFT JOIN cur ON cur.e = e.id AND cur.c = pc."competencyId"
     WHERE e."agencyId" = $1::uuid AND e."serviceStartDate" <= $2::date AND (e."serviceEndDate" IS NULL OR e."serviceEndDate" > $2::date)
  )
  SELECT opd, c::text AS competency, count(*) FILTER (WHERE gap > 0)::int AS "withGap", count(*) FILTER (WHERE level IS NULL)::int AS "notAssessed",
         count(*) FILTER (WHERE level IS NOT NULL)::int AS assessed, round(avg(gap), 1) AS "averageGap"
    FROM lines GROUP BY opd, c`;
