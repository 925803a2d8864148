// The data of `bench/compliance`: one agency, 40 OPD (each with three bidang and an UPTD under the first),
// 100,000 ASN and 1,000,000 ledger entries, generated with set-based SQL in well under a minute or two.
// Every row goes through the schema's CHECKs, foreign keys and triggers (no replication-role tricks).
//
// Shape, for year Y (the current year) evaluated today (T):
// - ASN: PNS and about 1 in 6 PPPK; most started long ago; about 3% start during Y (on the 15th, on the 16th,
//   any day, or after the last 15th, which leaves them exempt), about 3% leave during Y (on the 14th, the 15th,
//   any day), 1% left in Y-1 (outside Y's list) and 1% have a period of inactivity (some two, overlapping).
// - Unit sizes are skewed (the first OPD is several times the last), and so is who gets training: 5% of ASN
//   never get any, the rest are drawn with a power law ("the same people every time").
// - Ledger: 880,000 BATCH entries from 550 DONE batches (450 ending in Y before T, 100 in Y-1); 100,000
//   EXTERNAL entries, one per VERIFIED ExternalTraining (85% in Y); 20,000 CORRECTIONs of earlier entries
//   (reversals, partial reversals and top-ups), each with its reason. Plus 4,000 external submissions that are
//   SUBMITTED or REJECTED and so have no entry.
// - Planned: 22 upcoming batches with LEARNING, MEAL, OPENING_CLOSING and cancelled sessions: 20 OPEN or CLOSED
//   ending in Y after T, one OPEN in Y+1 and one CANCELLED in Y; about 17,000 enrolments, 14,000 of them
//   CONFIRMED, the rest WAITLISTED, PENDING_AGENCY or WITHDRAWN.
import type pg from "pg";

export const AGENCY_ID = "00000000-0000-7000-8000-00000000c001";
export const ADMIN_USER_ID = "00000000-0000-7000-8000-00000000c002";
export const EMPLOYEES = 100_000;
export const OPDS = 40;
export const LEDGER_ENTRIES = 1_000_000;
const BATCH_ENTRIES = 880_000;
const EXTERNAL_ENTRIES = 100_000;
const CORRECTIONS = LEDGER_ENTRIES - BATCH_ENTRIES - EXTERNAL_ENTRIES;
/** Bump when the generator changes, so a cached database is rebuilt. */
const VERSION = 1;

export const marker = (year: number) => `bench-compliance v${VERSION} year ${year}`;

/** True when the database already holds this data set for this year. */
export async function isBuilt(sql: pg.Client, year: number): Promise<boolean> {
  const { rows } = await sql.query(
    `SELECT (SELECT region FROM "Agency" WHERE id = $1) AS marker,
            (SELECT count(*)::int FROM "Employee") AS employees,
            (SELECT count(*)::int FROM "LedgerEntry") AS ledger`,
    [AGENCY_ID],
  );
  return rows[0].marker === marker(year) && rows[0].employees === EMPLOYEES && rows[0].ledger === LEDGER_ENTRIES;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Builds everything into an empty, migrated database. `today` is a calendar date (UTC midnight) in `year`. */
export async function build(sql: pg.Client, year: number, today: Date, log: (line: string) => void): Promise<void> {
  const A = `'${AGENCY_ID}'::uuid`;
  const ADMIN = `'${ADMIN_USER_ID}'::uuid`;
  const Y = year;
  // Finished training in Y ends between 10 January and yesterday; planned training starts the day after tomorrow.
  const lastDone = iso(addDays(today, -1));
  const firstPlanned = addDays(today, 2);
  const lastPlannedStart = new Date(Date.UTC(Y, 11, 29));
  const plannedDays = Math.max(0, Math.round((lastPlannedStart.getTime() - firstPlanned.getTime()) / 86_400_000));
  const hasPlanned = firstPlanned <= lastPlannedStart;

  const steps: [string, string][] = [
    ["agency, 200 units, 600 positions, admin", `
      SELECT setseed(0.4242);
      INSERT INTO "Agency"(id, code, name, region, province)
        VALUES (${A}, 'BENCH-COMPLIANCE', 'Pemerintah Provinsi Bench', '${marker(Y)}', 'Bench');
      INSERT INTO "User"(id, "agencyId", email, name, "passwordHash") VALUES (${ADMIN}, ${A}, 'admin@bench-compliance', 'Admin Bench', 'x');
      INSERT INTO "UserRole"(id, "agencyId", "userId", role) VALUES (uuidv7(), ${A}, ${ADMIN}, 'ADMIN');
      CREATE TEMP TABLE opd AS SELECT g, uuidv7() AS id FROM generate_series(1, ${OPDS}) g;
      INSERT INTO "OrgUnit"(id, "agencyId", code, name, kind, path, depth)
        SELECT id, ${A}, 'OPD' || lpad(g::text, 2, '0'),
               (ARRAY['Dinas', 'Badan', 'Kantor', 'Sekretariat'])[g % 4 + 1] || ' Nomor ' || g, 'OPD', '/' || id || '/', 0
        FROM opd;
      CREATE TEMP TABLE sub AS SELECT o.g, k, uuidv7() AS id, o.id AS opd FROM opd o CROSS JOIN generate_series(1, 3) k;
      INSERT INTO "OrgUnit"(id, "agencyId", "parentId", code, name, kind, path, depth)
        SELECT id, ${A}, opd, 'OPD' || lpad(g::text, 2, '0') || '-B' || k, 'Bidang ' || k || ' Nomor ' || g, 'BIDANG',
               '/' || opd || '/' || id || '/', 1
        FROM sub;
      INSERT INTO "OrgUnit"(id, "agencyId", "parentId", code, name, kind, path, depth)
        SELECT x.id, ${A}, x.parent, 'OPD' || lpad(x.g::text, 2, '0') || '-B1-U', 'UPTD Nomor ' || x.g, 'UPTD',
               '/' || x.opd || '/' || x.parent || '/' || x.id || '/', 2
        FROM (SELECT g, id AS parent, opd, uuidv7() AS id FROM sub WHERE k = 1) x;
      CREATE TEMP TABLE unit_n AS SELECT (row_number() OVER (ORDER BY code) - 1)::int AS n, id FROM "OrgUnit" WHERE "agencyId" = ${A};
      CREATE TEMP TABLE pos AS SELECT u.n, k, uuidv7() AS id, u.id AS unit FROM unit_n u CROSS JOIN generate_series(0, 2) k;
      INSERT INTO "Position"(id, "agencyId", "unitId", name, type)
        SELECT id, ${A}, unit, (ARRAY['Pengolah Data', 'Pranata Komputer Ahli Pertama', 'Kepala Subbagian'])[k + 1],
               ((ARRAY['PELAKSANA', 'FUNGSIONAL_AHLI_PERTAMA', 'PENGAWAS'])[k + 1])::"PositionType"
        FROM pos;`],
    [`${EMPLOYEES.toLocaleString("en")} ASN, 1% with inactivity`, `
      INSERT INTO "Employee"(id, "agencyId", nip, name, kind, gender, "birthDate", rank, "unitId", "positionId",
                             "serviceStartDate", "serviceEndDate", "updatedAt")
        SELECT uuidv7(), ${A}, '1980' || lpad(g::text, 14, '0'),
               (ARRAY['Siti','Budi','Agus','Dewi','Rina','Bambang','Sri','Eko','Wahyu','Lestari','Hendra','Yuni'])[g % 12 + 1] || ' ' ||
               (ARRAY['Rahayu','Santoso','Wibowo','Kusuma','Nugroho','Hidayat','Saputra','Pratama','Susanti'])[g % 9 + 1] || ' ' || g,
               kind::"EmployeeKind", (CASE WHEN g % 2 = 0 THEN 'F' ELSE 'M' END)::"Gender",
               date '1965-01-01' + (g * 37 % 12000), CASE WHEN kind = 'PPPK' THEN 'IX' ELSE 'III/a' END,
               p.unit, p.id,
               CASE WHEN g % 100 = 0 THEN make_date(${Y}, 1 + g / 100 % 12, 15)          -- starts on a 15th: that month counts
                    WHEN g % 100 = 1 THEN make_date(${Y}, 1 + g / 100 % 12, 16)          -- starts on a 16th: it does not
                    WHEN g % 100 = 2 THEN make_date(${Y}, 1, 1) + (g / 100 % 365)
                    WHEN g % 100 = 3 AND g / 100 % 3 = 0 THEN make_date(${Y}, 12, 16 + g / 300 % 10) -- after the last 15th: exempt
                    WHEN g % 100 = 3 THEN make_date(${Y}, 1, 1) + (g / 100 % 300)
                    WHEN kind = 'PPPK' THEN make_date(${Y} - 2 - g % 4, 1 + g % 12, 1)
                    ELSE make_date(1990 + g % 30, 1 + g % 12, 1)
               END,
               CASE WHEN g % 100 = 4 THEN make_date(${Y}, 1 + g / 100 % 12, 14)          -- leaves on a 14th: that month does not count
                    WHEN g % 100 = 5 THEN make_date(${Y}, 1 + g / 100 % 12, 15)          -- leaves on a 15th: it does
                    WHEN g % 100 = 6 THEN make_date(${Y}, 1, 1) + (g / 100 % 300)
                    WHEN g % 100 = 7 THEN make_date(${Y} - 1, 1 + g / 100 % 12, 10)      -- left last year: not in Y's list
               END,
               now()
        FROM (SELECT g, floor(200 * power(random(), 1.4))::int AS u, CASE WHEN g % 6 = 0 THEN 'PPPK' ELSE 'PNS' END AS kind
              FROM generate_series(1, ${EMPLOYEES}) g) s
        JOIN pos p ON p.n = s.u AND p.k = s.g % 3;
      CREATE TEMP TABLE emp AS SELECT substr(nip, 5)::int AS n, id FROM "Employee" WHERE "agencyId" = ${A};
      INSERT INTO "InactivityPeriod"(id, "agencyId", "employeeId", kind, "startDate", "endDate", note)
        SELECT uuidv7(), ${A}, e.id, (ARRAY['LONG_LEAVE', 'STUDY_ASSIGNMENT', 'OTHER'])[e.n / 100 % 3 + 1]::"InactivityKind",
               make_date(${Y} - 1, 6, 1) + (e.n * 7 % 540), make_date(${Y} - 1, 6, 1) + (e.n * 7 % 540) + 20 + (e.n * 13 % 400), 'bench'
        FROM emp e WHERE e.n % 100 = 50
        UNION ALL
        SELECT uuidv7(), ${A}, e.id, 'OTHER'::"InactivityKind", make_date(${Y}, 3, 1) + (e.n % 90), make_date(${Y}, 3, 1) + (e.n % 90) + 100, 'bench, overlapping'
        FROM emp e WHERE e.n % 1000 = 50;`],
    ["60 programs, 550 DONE batches", `
      CREATE TEMP TABLE prog AS
        SELECT g, uuidv7() AS id, (enum_range(NULL::"RouteCode"))[1 + g % 25] AS rc, 'Pelatihan Bench ' || g AS title FROM generate_series(1, 60) g;
      INSERT INTO "Program"(id, "agencyId", title, description, objectives, "routeCode", organiser, "eligibleTypes", "updatedAt")
        SELECT id, ${A}, title, 'Program untuk bench', 'Tujuan', rc, 'BKPP Bench', '{}', now() FROM prog;
      CREATE TEMP TABLE done AS
        SELECT s.g, uuidv7() AS id, p.id AS program, p.rc, p.title, s.end_date,
               row_number() OVER (PARTITION BY p.id ORDER BY s.g)::int AS number
        FROM (SELECT g, CASE WHEN g <= 450 THEN date '${Y}-01-10' + ((g - 1) * greatest(0, date '${lastDone}' - date '${Y}-01-10') / 449)
                             ELSE make_date(${Y} - 1, 1, 10) + (g - 451) * 3 END AS end_date
              FROM generate_series(1, 550) g) s
        JOIN prog p ON p.g = 1 + s.g % 60;
      INSERT INTO "Batch"(id, "agencyId", "programId", number, "startDate", "endDate", capacity, "registrationOpensAt",
                          "registrationClosesAt", status, "doneAt", "updatedAt")
        SELECT id, ${A}, program, number, end_date - g % 4, end_date, 2000, end_date - 40, end_date - 10, 'DONE', end_date + 1, now() FROM done;`],
    [`${BATCH_ENTRIES.toLocaleString("en")} BATCH ledger entries`, `
      CREATE TEMP TABLE trained AS SELECT row_number() OVER (ORDER BY random())::int AS n, id FROM emp WHERE n % 20 <> 0;
      ANALYZE trained; ANALYZE done;
      INSERT INTO "LedgerEntry"(id, "agencyId", "employeeId", minutes, date, year, source, "routeCode", title, "batchId", "createdById", "createdAt")
        SELECT uuidv7(), ${A}, t.id, s.minutes, b.end_date, extract(year FROM b.end_date)::int, 'BATCH', b.rc, b.title || ' (angkatan ' || b.number || ')',
               b.id, ${ADMIN}, b.end_date + time '16:00'
        FROM (SELECT g, 1 + floor(95000 * power(random(), 2.0))::int AS t, 1 + floor(550 * random())::int AS b,
                     (ARRAY[45, 45, 60, 90, 90, 90, 135, 180, 270, 450])[1 + floor(random() * 10)::int] AS minutes
              FROM generate_series(1, ${BATCH_ENTRIES}) g) s
        JOIN trained t ON t.n = s.t JOIN done b ON b.g = s.b;`],
    [`${EXTERNAL_ENTRIES.toLocaleString("en")} VERIFIED external trainings + EXTERNAL entries`, `
      INSERT INTO "ExternalTraining"(id, "agencyId", "employeeId", title, organiser, "routeCode", "startDate", "endDate", minutes,
                                     "certificateNumber", "fileKey", "fileName", "fileType", "fileSize", "fileSha256", status,
                                     "submittedAt", "decidedAt", "decidedById", "decisionReason")
        SELECT uuidv7(), ${A}, t.id, 'Webinar Nasional ' || s.g, 'LAN RI', (enum_range(NULL::"RouteCode"))[1 + s.g % 25],
               s.d - s.g % 3, s.d, (ARRAY[90, 120, 180, 240, 360, 450, 900])[1 + s.g % 7], 'SERT/' || s.g || '/' || ${Y},
               'bench/' || s.g || '.pdf', 'sertifikat-' || s.g || '.pdf', 'application/pdf', 100000 + s.g % 100000, md5(s.g::text),
               s.status::"ExternalTrainingStatus", s.d + 1,
               CASE WHEN s.status <> 'SUBMITTED' THEN s.d + 3 END, CASE WHEN s.status <> 'SUBMITTED' THEN ${ADMIN} END,
               CASE WHEN s.status = 'REJECTED' THEN 'Sertifikat tidak terbaca' END
        FROM (SELECT g, 1 + floor(95000 * power(random(), 1.5))::int AS t,
                     CASE WHEN g <= ${EXTERNAL_ENTRIES} THEN 'VERIFIED' WHEN g <= ${EXTERNAL_ENTRIES + 3000} THEN 'SUBMITTED' ELSE 'REJECTED' END AS status,
                     CASE WHEN random() < 0.85 THEN date '${Y}-01-02' + floor(random() * greatest(0, date '${lastDone}' - date '${Y}-01-02'))::int
                          ELSE make_date(${Y} - 1, 1, 2) + floor(random() * 360)::int END AS d
              FROM generate_series(1, ${EXTERNAL_ENTRIES + 4000}) g) s
        JOIN trained t ON t.n = s.t;
      INSERT INTO "LedgerEntry"(id, "agencyId", "employeeId", minutes, date, year, source, "routeCode", title, "externalTrainingId", "createdById", "createdAt")
        SELECT uuidv7(), "agencyId", "employeeId", minutes, "endDate", extract(year FROM "endDate")::int, 'EXTERNAL', "routeCode", title, id,
               "decidedById", "decidedAt"
        FROM "ExternalTraining" WHERE "agencyId" = ${A} AND status = 'VERIFIED';`],
    [`${CORRECTIONS.toLocaleString("en")} corrections`, `
      INSERT INTO "LedgerEntry"(id, "agencyId", "employeeId", minutes, date, year, source, "routeCode", title, "batchId",
                                "externalTrainingId", "correctsId", reason, "createdById", "createdAt")
        SELECT uuidv7(), l."agencyId", l."employeeId",
               CASE WHEN l.r < 0.5 THEN -l.minutes WHEN l.r < 0.8 THEN -greatest(1, l.minutes / 3) ELSE 45 END,
               l.date, l.year, 'CORRECTION', l."routeCode", 'Koreksi: ' || l.title, l."batchId", l."externalTrainingId", l.id,
               CASE WHEN l.r < 0.5 THEN 'Tidak hadir; entri ' || l.id || ' dibatalkan'
                    WHEN l.r < 0.8 THEN 'Kehadiran di bawah ambang; entri ' || l.id || ' dikurangi'
                    ELSE 'Sesi tambahan belum tercatat pada entri ' || l.id END,
               ${ADMIN}, l."createdAt" + interval '7 days'
        FROM (SELECT *, random() AS r FROM "LedgerEntry" WHERE "agencyId" = ${A} ORDER BY random() LIMIT ${CORRECTIONS}) l;`],
    ["22 upcoming batches with rundowns and enrolments", `
      CREATE TEMP TABLE planned AS
        SELECT k, uuidv7() AS id, p.id AS program, 1000 + k AS number, s.start_date, s.start_date + s.days - 1 AS end_date, s.status
        FROM (SELECT k,
                     CASE WHEN k = 21 THEN make_date(${Y} + 1, 1, 12)
                          ELSE date '${iso(firstPlanned)}' + (k - 1) * ${plannedDays} / 19 END AS start_date,
                     CASE WHEN k <= 20 THEN least(1 + k % 3, date '${Y}-12-31' - (date '${iso(firstPlanned)}' + (k - 1) * ${plannedDays} / 19) + 1) ELSE 2 END AS days,
                     CASE WHEN k = 22 THEN 'CANCELLED' WHEN k = 21 THEN 'OPEN' WHEN k % 5 = 0 THEN 'CLOSED' ELSE 'OPEN' END AS status
              FROM generate_series(1, 22) k
              WHERE ${hasPlanned} OR k = 21) s
        JOIN prog p ON p.g = 1 + s.k % 60;
      INSERT INTO "Batch"(id, "agencyId", "programId", number, "startDate", "endDate", capacity, "registrationOpensAt",
                          "registrationClosesAt", status, "updatedAt")
        SELECT id, ${A}, program, number, start_date, end_date, 1000, start_date - 30, start_date - 1, status::"BatchStatus", now() FROM planned;
      INSERT INTO "RundownSession"(id, "agencyId", "batchId", date, "startMinute", "endMinute", "plannedMinutes", title, kind, cancelled)
        SELECT uuidv7(), ${A}, b.id, d.day::date, x.s, x.e, x.e - x.s, x.title, x.kind::"SessionKind", x.cancelled
        FROM planned b
        CROSS JOIN LATERAL generate_series(b.start_date::timestamp, b.end_date::timestamp, interval '1 day') AS d(day)
        CROSS JOIN LATERAL (VALUES
          (450, 480, 'Pembukaan', 'OPENING_CLOSING', false, true),
          (480, 570, 'Materi 1', 'LEARNING', false, false),
          (585, 720, 'Materi 2', 'LEARNING', false, false),
          (720, 780, 'Ishoma', 'MEAL', false, false),
          (780, 870, 'Materi 3', 'LEARNING', false, false),
          (900, 990, 'Materi tambahan (dibatalkan)', 'LEARNING', true, true)
        ) AS x(s, e, title, kind, cancelled, first_day_only)
        WHERE NOT x.first_day_only OR d.day::date = b.start_date;
      INSERT INTO "Enrolment"(id, "agencyId", "batchId", "employeeId", status, origin, "updatedAt")
        SELECT uuidv7(), ${A}, b.id, e.id,
               (CASE e.n / 140 % 20 WHEN 0 THEN 'WAITLISTED' WHEN 1 THEN 'WAITLISTED' WHEN 2 THEN 'PENDING_AGENCY' WHEN 3 THEN 'WITHDRAWN'
                     ELSE 'CONFIRMED' END)::"EnrolmentStatus", 'SELF'::"EnrolmentOrigin", now()
        FROM planned b JOIN emp e ON (e.n + b.k * 79) % 140 = 0
        UNION ALL
        SELECT uuidv7(), ${A}, b.id, e.id, 'CONFIRMED'::"EnrolmentStatus", 'NOMINATION'::"EnrolmentOrigin", now()
        FROM planned b JOIN emp e ON (e.n + b.k * 3) % 600 = 1 WHERE b.k <= 10
        ON CONFLICT ("batchId", "employeeId") DO NOTHING;
      UPDATE "Batch" b SET "confirmedCount" = c.n
        FROM (SELECT "batchId", count(*)::int AS n FROM "Enrolment" WHERE status = 'CONFIRMED' GROUP BY 1) c WHERE c."batchId" = b.id;`],
  ];

  for (const [what, text] of steps) {
    const t = performance.now();
    await sql.query(text);
    log(`  ${what.padEnd(60)} ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`);
  }
  const t = performance.now();
  await sql.query("VACUUM (ANALYZE)");
  log(`  ${"VACUUM (ANALYZE)".padEnd(60)} ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`);
}
