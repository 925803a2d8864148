// The data of `bench/gap`: one agency, 40 OPD with three bidang each (160 units, 480 positions), N ASN (default
// 100,000) each holding a position whose standard (one version, in force since 2024-01-01) has 10 competencies
// (M.01–M.08, SK.01 and one of 11 technical ones), and 10 × N assessment results (default 1,000,000): every
// source, dated over the last four years (so many SUPERVISOR/SELF/360 results have expired), 2 % withdrawn, about
// one in eleven on a competency outside the holder's standard. Set-based SQL through every CHECK, FK and trigger.
import type pg from "pg";

export const AGENCY_ID = "00000000-0000-7000-8000-00000000d001";
export const ADMIN_USER_ID = "00000000-0000-7000-8000-00000000d002";
export const OPDS = 40;

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function build(sql: pg.Client, employees: number, today: Date, log: (line: string) => void): Promise<void> {
  const A = `'${AGENCY_ID}'::uuid`;
  const ADMIN = `'${ADMIN_USER_ID}'::uuid`;
  const results = employees * 10;
  const steps: [string, string][] = [
    ["agency, 160 units, 480 positions, 20 competencies, 480 standards of 10 lines", `
      SELECT setseed(0.1414);
      INSERT INTO "Agency"(id, code, name, region, province) VALUES (${A}, 'BENCH-GAP', 'Pemerintah Provinsi Bench Gap', 'bench-gap', 'Bench');
      INSERT INTO "User"(id, "agencyId", email, name, "passwordHash") VALUES (${ADMIN}, ${A}, 'admin@bench-gap', 'Admin Bench', 'x');
      INSERT INTO "UserRole"(id, "agencyId", "userId", role) VALUES (uuidv7(), ${A}, ${ADMIN}, 'ADMIN');
      CREATE TEMP TABLE opd AS SELECT g, uuidv7() AS id FROM generate_series(1, ${OPDS}) g;
      INSERT INTO "OrgUnit"(id, "agencyId", code, name, kind, path, depth)
        SELECT id, ${A}, 'OPD' || lpad(g::text, 2, '0'), 'Dinas Nomor ' || g, 'OPD', '/' || id || '/', 0 FROM opd;
      CREATE TEMP TABLE sub AS SELECT o.g, k, uuidv7() AS id, o.id AS opd FROM opd o CROSS JOIN generate_series(1, 3) k;
      INSERT INTO "OrgUnit"(id, "agencyId", "parentId", code, name, kind, path, depth)
        SELECT id, ${A}, opd, 'OPD' || lpad(g::text, 2, '0') || '-B' || k, 'Bidang ' || k || ' Nomor ' || g, 'BIDANG', '/' || opd || '/' || id || '/', 1 FROM sub;
      CREATE TEMP TABLE unit_n AS SELECT (row_number() OVER (ORDER BY code) - 1)::int AS n, id FROM "OrgUnit" WHERE "agencyId" = ${A};
      CREATE TEMP TABLE pos AS SELECT (u.n * 3 + k)::int AS n, uuidv7() AS id, u.id AS unit, k FROM unit_n u CROSS JOIN generate_series(0, 2) k;
      INSERT INTO "Position"(id, "agencyId", "unitId", name, type)
        SELECT id, ${A}, unit, (ARRAY['Pengolah Data', 'Pranata Komputer Ahli Pertama', 'Kepala Subbagian'])[k + 1] || ' ' || n,
               ((ARRAY['PELAKSANA', 'FUNGSIONAL_AHLI_PERTAMA', 'PENGAWAS'])[k + 1])::"PositionType" FROM pos;
      CREATE TEMP TABLE comp AS
        SELECT k, uuidv7() AS id, CASE WHEN k < 8 THEN 'M.0' || (k + 1) WHEN k = 8 THEN 'SK.01' ELSE 'T.' || lpad((k - 8)::text, 2, '0') END AS code,
               CASE WHEN k < 8 THEN 'MANAGERIAL' WHEN k = 8 THEN 'SOCIOCULTURAL' ELSE 'TECHNICAL' END AS kind
          FROM generate_series(0, 19) k;
      INSERT INTO "Competency"(id, "agencyId", kind, code, name, description)
        SELECT id, ${A}, kind::"CompetencyKind", code, 'Kompetensi ' || code, 'bench' FROM comp;
      CREATE TEMP TABLE ver AS SELECT n, uuidv7() AS id, id AS position FROM pos;
      INSERT INTO "PositionStandardVersion"(id, "agencyId", "positionId", "legalBasis", "effectiveFrom")
        SELECT id, ${A}, position, 'Pergub Bench No. 1 Tahun 2024', date '2024-01-01' FROM ver;
      -- line j (0..9) of position n: M.01..M.08, SK.01, then technical T.(1 + n % 11) (comp k = 9 + n % 11)
      CREATE TEMP TABLE line AS SELECT v.n, j, CASE WHEN j < 9 THEN j ELSE 9 + v.n % 11 END AS k FROM ver v CROSS JOIN generate_series(0, 9) j;
      INSERT INTO "PositionCompetency"(id, "agencyId", "positionId", "versionId", "competencyId", "requiredLevel", importance)
        SELECT uuidv7(), ${A}, v.position, v.id, c.id, 1 + (l.n * 7 + l.j * 3) % 4,
               (ARRAY['MUTLAK', 'PENTING', 'PERLU'])[1 + (l.n + l.j) % 3]::"Importance"
          FROM line l JOIN ver v ON v.n = l.n JOIN comp c ON c.k = l.k;`],
    [`${employees.toLocaleString("en")} ASN`, `
      INSERT INTO "Employee"(id, "agencyId", nip, name, kind, gender, "birthDate", rank, "unitId", "positionId", "serviceStartDate", "updatedAt")
        SELECT uuidv7(), ${A}, '1981' || lpad(g::text, 14, '0'), 'Pegawai Bench ' || g, 'PNS', (CASE WHEN g % 2 = 0 THEN 'F' ELSE 'M' END)::"Gender",
               date '1970-01-01' + (g * 37 % 9000), 'III/a', p.unit, p.id, make_date(2000 + g % 20, 1 + g % 12, 1), now()
          FROM (SELECT g, floor(480 * power(random(), 1.3))::int AS p FROM generate_series(1, ${employees}) g) s
          JOIN pos p ON p.n = s.p;
      CREATE TEMP TABLE emp AS SELECT row_number() OVER (ORDER BY e.id)::int AS n, e.id, p.n AS pos_n
        FROM "Employee" e JOIN pos p ON p.id = e."positionId" WHERE e."agencyId" = ${A};
      ANALYZE emp;`],
    [`${results.toLocaleString("en")} assessment results`, `
      INSERT INTO "CompetencyAssessment"(id, "agencyId", "employeeId", "competencyId", level, "assessedOn", source, "assessorName",
                                         "assessorEmployeeId", "recordedAt", "withdrawnAt", "withdrawnById", "withdrawnReason")
        SELECT uuidv7(), ${A}, e.id, c.id, s.level, date '${iso(today)}' - s.age, s.source::"AssessmentSource", 'Penilai Bench',
               CASE WHEN s.source = 'SELF' THEN e.id END, now(),
               CASE WHEN s.withdrawn THEN now() END, CASE WHEN s.withdrawn THEN ${ADMIN} END, CASE WHEN s.withdrawn THEN 'Salah input (bench)' END
          FROM (SELECT g, 1 + floor(${employees} * random())::int AS e, floor(11 * random())::int AS j, 1 + floor(5 * random())::int AS level,
                       floor(1500 * random())::int AS age, random() < 0.02 AS withdrawn,
                       (ARRAY['ASSESSMENT_CENTRE', 'ASSESSMENT_CENTRE', 'ASSESSMENT_CENTRE', 'UJI_KOMPETENSI', 'MULTI_RATER',
                              'SUPERVISOR', 'SUPERVISOR', 'SUPERVISOR', 'SELF', 'SELF'])[1 + floor(10 * random())::int] AS source
                  FROM generate_series(1, ${results}) g) s
          JOIN emp e ON e.n = s.e
          JOIN comp c ON c.k = CASE WHEN s.j < 9 THEN s.j WHEN s.j = 9 THEN 9 + e.pos_n % 11 ELSE 9 + (e.pos_n + 1 + s.g % 10) % 11 END;`],
    // What autovacuum does to a table at rest: statistics and the visibility map (index-only scans need it).
    ["VACUUM ANALYZE", `VACUUM ANALYZE;`],
  ];
  for (const [label, text] of steps) {
    const t = performance.now();
    await sql.query(text);
    log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
}
