// The raw-SQL baseline: the product's transactions, statement for statement, as tight hand-written SQL over a
// pool of the product's size (lib/db.ts: max 10). Each request first loads its viewer in one query (as the
// product does outside its transaction), then BEGIN … COMMIT with the same reads, locks and writes:
//   registration:      facts read · INSERT registration + supervisor's notice · INSERT audit
//   supervisor:        read in scope · UPDATE + notice · INSERT audit
//   agency (the seat): batch lock · registration + person lock · clash read · seat + UPDATE + notice · INSERT audit
import type pg from "pg";

const VIEWER = `
  SELECT u.id, u."agencyId", u.name, u."employeeId", u.active, u."sessionsRevokedAt", a."supervisorSeesIndirect",
    COALESCE(json_agg(json_build_object('role', r.role, 'unitId', r."unitId", 'path', ou.path)) FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
  FROM "User" u JOIN "Agency" a ON a.id = u."agencyId" LEFT JOIN "UserRole" r ON r."userId" = u.id LEFT JOIN "OrgUnit" ou ON ou.id = r."unitId"
  WHERE u.id = $1 GROUP BY u.id, a.id`;

const NOTICE = (kind: string, to: string) => `, notice AS (
  INSERT INTO "Notification"(id, "agencyId", "userId", kind, params, link)
  SELECT uuidv7(), u."agencyId", u.id, '${kind}', $${to}::jsonb, '/pelatihan/saya' FROM "User" u
  WHERE u."employeeId" = $${Number(to) + 1}::uuid AND EXISTS (SELECT 1 FROM changed))`;

async function transaction<T>(sql: pg.Pool, userId: string, work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  await sql.query(VIEWER, [userId]);
  const c = await sql.connect();
  try {
    await c.query("BEGIN");
    const result = await work(c);
    await c.query("COMMIT");
    return result;
  } catch (error) {
    await c.query("ROLLBACK");
    throw error;
  } finally {
    c.release();
  }
}

const audit = (c: pg.PoolClient, agencyId: string, actor: string, action: string, id: string) =>
  c.query(`INSERT INTO "AuditLog"("agencyId", "actorUserId", action, entity, "entityId", after) VALUES ($1, $2, $3, 'Enrolment', $4, '{}')`, [agencyId, actor, action, id]);

export async function register(sql: pg.Pool, agencyId: string, batchId: string, p: { userId: string; employeeId: string }) {
  return transaction(sql, p.userId, async (c) => {
    const { rows: [f] } = await c.query(`
      SELECT b.status, b."registrationOpensAt", b."registrationClosesAt", b.number, p.title, p."eligibleTypes"::text[],
        ARRAY(SELECT u.path FROM "ProgramEligibleUnit" pe JOIN "OrgUnit" u ON u.id = pe."unitId" WHERE pe."programId" = p.id) AS paths,
        (SELECT json_agg(q."unitId") FROM "BatchQuota" q WHERE q."batchId" = b.id) AS quotas,
        e."supervisorId"::text AS "supervisorId", e."serviceEndDate", eu.path, po.type, x.status AS existing,
        (SELECT json_agg(ob."startDate") FROM "Enrolment" c JOIN "Batch" ob ON ob.id = c."batchId" WHERE c."employeeId" = e.id AND c.status = 'CONFIRMED' AND c."batchId" <> b.id) AS clashes
      FROM "Batch" b JOIN "Program" p ON p.id = b."programId"
      LEFT JOIN "Employee" e ON e.id = $2 AND e."agencyId" = $3 LEFT JOIN "OrgUnit" eu ON eu.id = e."unitId" LEFT JOIN "Position" po ON po.id = e."positionId"
      LEFT JOIN "Enrolment" x ON x."batchId" = b.id AND x."employeeId" = e.id
      WHERE b.id = $1 AND b."agencyId" = $3`, [batchId, p.employeeId, agencyId]);
    if (!f || f.status !== "OPEN" || f.existing) throw new Error("baseline: registration refused");
    const { rows: [e] } = await c.query(`
      WITH changed AS (
        INSERT INTO "Enrolment"(id, "agencyId", "batchId", "employeeId", status, origin, "requestedById", "supervisorId", "updatedAt")
        VALUES (uuidv7(), $1, $2, $3, 'PENDING_SUPERVISOR', 'SELF', $4, $5, now()) RETURNING id)
      ${NOTICE("registrationAwaitingSupervisor", "6")}
      SELECT id::text FROM changed`,
      [agencyId, batchId, p.employeeId, p.userId, f.supervisorId, JSON.stringify({ name: "x", program: f.title, batch: f.number }), f.supervisorId]);
    await audit(c, agencyId, p.userId, "register", e.id);
    return e.id as string;
  });
}

export async function approveAsSupervisor(sql: pg.Pool, agencyId: string, enrolmentId: string, supervisor: { userId: string; employeeId: string }) {
  return transaction(sql, supervisor.userId, async (c) => {
    const { rows: [en] } = await c.query(`
      SELECT en.status, en."employeeId"::text AS "employeeId", b.number, p.title FROM "Enrolment" en JOIN "Batch" b ON b.id = en."batchId" JOIN "Program" p ON p.id = b."programId"
      WHERE en.id = $1 AND en."agencyId" = $2 AND EXISTS (
        WITH RECURSIVE chain AS (SELECT "supervisorId" AS id, 1 AS depth FROM "Employee" WHERE id = en."employeeId"
          UNION ALL SELECT up."supervisorId", chain.depth + 1 FROM "Employee" up JOIN chain ON up.id = chain.id WHERE chain.depth < 20)
        SELECT 1 FROM chain WHERE chain.id = $3)`, [enrolmentId, agencyId, supervisor.employeeId]);
    if (!en || en.status !== "PENDING_SUPERVISOR") throw new Error("baseline: supervisor decision refused");
    await c.query(`
      WITH changed AS (UPDATE "Enrolment" SET status = 'PENDING_AGENCY', "supervisorId" = $2, "supervisorDecidedAt" = now(), "updatedAt" = now()
        WHERE id = $1 AND status = 'PENDING_SUPERVISOR' RETURNING id)
      ${NOTICE("supervisorApproved", "3")}
      SELECT id FROM changed`, [enrolmentId, supervisor.employeeId, JSON.stringify({ program: en.title, batch: en.number }), en.employeeId]);
    await audit(c, agencyId, supervisor.userId, "supervisor-approve", enrolmentId);
  });
}

export async function approveAsAgency(sql: pg.Pool, agencyId: string, enrolmentId: string, adminUserId: string): Promise<"CONFIRMED" | "WAITLISTED"> {
  return transaction(sql, adminUserId, async (c) => {
    const { rows: [b] } = await c.query(`
      SELECT b.id::text AS id, b.capacity, b."confirmedCount", b."startDate", b."endDate", b.number, p.title FROM "Batch" b JOIN "Program" p ON p.id = b."programId"
      WHERE b.id = (SELECT "batchId" FROM "Enrolment" WHERE id = $1 AND "agencyId" = $2) FOR NO KEY UPDATE OF b`, [enrolmentId, agencyId]);
    const { rows: [en] } = await c.query(`
      SELECT en.status, en."employeeId"::text AS "employeeId" FROM "Enrolment" en JOIN "Employee" emp ON emp.id = en."employeeId"
      WHERE en.id = $1 FOR UPDATE OF en, emp`, [enrolmentId]);
    if (!b || !en || en.status !== "PENDING_AGENCY") throw new Error("baseline: agency decision refused");
    const { rows: [clash] } = await c.query(`
      SELECT json_agg(ob."startDate") AS clashes FROM "Enrolment" x JOIN "Batch" ob ON ob.id = x."batchId"
      WHERE x."employeeId" = $1 AND x.status = 'CONFIRMED' AND x."batchId" <> $2 AND ob.status <> 'CANCELLED'`, [en.employeeId, b.id]);
    if (clash.clashes) throw new Error("baseline: clash");
    const confirmed = b.confirmedCount < b.capacity;
    const status = confirmed ? "CONFIRMED" : "WAITLISTED";
    await c.query(`
      WITH seat AS (UPDATE "Batch" SET "confirmedCount" = "confirmedCount" + 1, "updatedAt" = now() WHERE id = $2 AND $3),
      changed AS (UPDATE "Enrolment" SET status = $4::"EnrolmentStatus", "queueSeq" = nextval('"Enrolment_queue_seq"'), "agencyDecidedById" = $5,
        "agencyDecidedAt" = now(), "updatedAt" = now() WHERE id = $1 RETURNING id)
      ${NOTICE(confirmed ? "agencyConfirmed" : "agencyWaitlisted", "6")}
      SELECT id FROM changed`, [enrolmentId, b.id, confirmed, status, adminUserId, JSON.stringify({ program: b.title, batch: b.number }), en.employeeId]);
    await audit(c, agencyId, adminUserId, `agency-${status.toLowerCase()}`, enrolmentId);
    return status;
  });
}
