// The bench's own people and batches inside the seeded demo agency: two identically made 30-seat batches of one
// new program (registration open around the bench's "now", start in the future, no unit quotas, every position
// eligible), and for each side its own REQUESTS ASN with accounts, spread over supervisors who have accounts too.
import type pg from "pg";

export type Side = {
  batchId: string;
  programId: string;
  people: { userId: string; employeeId: string; supervisorUserId: string; supervisorEmployeeId: string }[];
};

export type BenchWorld = { agencyId: string; adminUserId: string; server: Side; baseline: Side };

const STAFF_PER_SUPERVISOR = 10;

async function makeSide(sql: pg.Pool, agencyId: string, programId: string, number: number, requests: number, seats: number, offset: number): Promise<Side> {
  const { rows: [batch] } = await sql.query(
    `INSERT INTO "Batch"(id, "agencyId", "programId", number, "startDate", "endDate", venue, capacity, "registrationOpensAt", "registrationClosesAt", status, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, current_date + 60, current_date + 61, 'Aula BKPP', $4, now() - interval '1 hour', now() + interval '1 day', 'OPEN', now())
     RETURNING id::text`, [agencyId, programId, number, seats]);
  const { rows: [template] } = await sql.query(
    `SELECT "unitId"::text AS "unitId", "positionId"::text AS "positionId", rank FROM "Employee" WHERE "agencyId" = $1 AND "serviceEndDate" IS NULL ORDER BY nip LIMIT 1`, [agencyId]);
  // NIPs from birth dates in the early 1960s with service from 1999: apart from the demo's people, one per person.
  const people = (from: number, count: number, bosses: string[]) => sql.query(
    `INSERT INTO "Employee"(id, "agencyId", nip, name, kind, gender, "birthDate", rank, "unitId", "positionId", "supervisorId", "serviceStartDate", "updatedAt")
     SELECT gen_random_uuid(), $1, to_char(date '1961-01-01' + g, 'YYYYMMDD') || '199901' || '1' || lpad((g % 999 + 1)::text, 3, '0'),
            'Peserta Bench ' || g, 'PNS', 'M', date '1961-01-01' + g, $2, $3, $4,
            CASE WHEN cardinality($7::uuid[]) = 0 THEN NULL ELSE ($7::uuid[])[((g - $5) / ${STAFF_PER_SUPERVISOR}) + 1] END, date '1999-01-01', now()
     FROM generate_series($5::int, $6::int) g
     RETURNING id::text AS id, "supervisorId"::text AS "supervisorId"`,
    [agencyId, template.rank, template.unitId, template.positionId, from, from + count - 1, bosses]);
  const bosses = (await people(offset, Math.ceil(requests / STAFF_PER_SUPERVISOR), [])).rows as { id: string }[];
  const staff = (await people(offset + bosses.length, requests, bosses.map((b) => b.id))).rows as { id: string; supervisorId: string }[];
  const accounts = async (ids: string[], roles: string[]) => {
    const { rows } = await sql.query(
      `INSERT INTO "User"(id, "agencyId", "employeeId", name, "passwordHash")
       SELECT gen_random_uuid(), e."agencyId", e.id, e.name, 'bench: no password' FROM "Employee" e WHERE e.id = ANY($1::uuid[])
       RETURNING id::text AS "userId", "employeeId"::text AS "employeeId"`, [ids]);
    await sql.query(
      `INSERT INTO "UserRole"(id, "agencyId", "userId", role) SELECT gen_random_uuid(), u."agencyId", u.id, r::"Role"
       FROM "User" u CROSS JOIN unnest($2::text[]) r WHERE u.id = ANY($1::uuid[])`, [rows.map((r) => r.userId), roles]);
    return new Map((rows as { userId: string; employeeId: string }[]).map((r) => [r.employeeId, r.userId]));
  };
  const bossUsers = await accounts(bosses.map((b) => b.id), ["ASN", "SUPERVISOR"]);
  const staffUsers = await accounts(staff.map((s) => s.id), ["ASN"]);
  if (staff.length !== requests || staffUsers.size !== requests) throw new Error(`bench/enrolment-burst: made ${staffUsers.size} of ${requests} ASN accounts`);
  return {
    batchId: batch.id,
    programId,
    people: staff.map((s) => ({ employeeId: s.id, userId: staffUsers.get(s.id)!, supervisorEmployeeId: s.supervisorId, supervisorUserId: bossUsers.get(s.supervisorId)! })),
  };
}

export async function buildBenchWorld(sql: pg.Pool, requests: number, seats: number): Promise<BenchWorld> {
  const { rows: [demo] } = await sql.query(
    `SELECT u."agencyId"::text AS "agencyId", u.id::text AS "adminUserId" FROM "User" u JOIN "UserRole" r ON r."userId" = u.id
     WHERE r.role = 'ADMIN' AND u.active ORDER BY u."createdAt" LIMIT 1`);
  if (!demo) throw new Error("bench/enrolment-burst: the seed made no admin; nothing to run against");
  const { rows: [program] } = await sql.query(
    `INSERT INTO "Program"(id, "agencyId", title, description, objectives, "routeCode", organiser, "eligibleTypes", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'Bimbingan Teknis Layanan Digital (bench)', 'Angkatan untuk bench pendaftaran serentak.', 'Mengukur.', 'KL10', 'BKPP', '{}', now())
     RETURNING id::text`, [demo.agencyId]);
  const server = await makeSide(sql, demo.agencyId, program.id, 1, requests, seats, 0);
  const baseline = await makeSide(sql, demo.agencyId, program.id, 2, requests, seats, requests * 2);
  return { agencyId: demo.agencyId, adminUserId: demo.adminUserId, server, baseline };
}
