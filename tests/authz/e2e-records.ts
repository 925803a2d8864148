// The records the e2e matrix points pages at: the demo's own (the demo ASN's, another unit's) and a second
// agency ("other agency") written here with SQL for the length of the spec, then removed, so the other specs,
// which count the demo's rows, never see it. Columns the spec does not name (ids, agencyId, timestamps) are
// filled from the table's own definition, so a new tenant column does not break it.
import { createHash, randomUUID } from "node:crypto";
import type { Access } from "@/lib/auth/permissions";
import { relationsToAgency, relationsToEmployee, type ActorShape, type EmployeeShape } from "./grants";
import { RECORD_KINDS, type RecordKind } from "./pages";

export type Sql = <T extends Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
export const B_MARKER = "Seberang Matriks";

const columnCache = new Map<string, { name: string; required: boolean }[]>();

async function columns(sql: Sql, table: string) {
  if (!columnCache.has(table)) {
    const rows = await sql<{ name: string; required: boolean }>(
      `SELECT column_name AS name, (is_nullable = 'NO' AND column_default IS NULL) AS required FROM information_schema.columns WHERE table_name = $1`, [table]);
    columnCache.set(table, rows);
  }
  return columnCache.get(table)!;
}

async function insert(sql: Sql, table: string, agencyId: string | null, values: Record<string, unknown>): Promise<string> {
  const row: Record<string, unknown> = { ...values };
  for (const { name, required } of await columns(sql, table)) {
    if (name in row) continue;
    if (name === "id") row.id = randomUUID();
    else if (name === "agencyId" && agencyId) row.agencyId = agencyId;
    else if (required && (name === "createdAt" || name === "updatedAt")) row[name] = new Date();
  }
  const names = Object.keys(row);
  await sql(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES (${names.map((_, i) => `$${i + 1}`).join(", ")})`, Object.values(row));
  return String(row.id);
}

export type OtherAgency = Awaited<ReturnType<typeof createOtherAgency>>;

/** Agency B: one unit, one ASN with a confirmed seat, an admin (with the demo password), and a record of each kind. */
export async function createOtherAgency(sql: Sql, demo: { adminEmail: string; rinaFileKey: string | null }) {
  const code = `MTX${Date.now().toString(36).toUpperCase()}`;
  const agencyId = await insert(sql, "Agency", null, { code, name: `Kabupaten ${B_MARKER}`, region: "Kabupaten Uji", province: "Jawa Tengah" });
  const unitId = randomUUID();
  await insert(sql, "OrgUnit", agencyId, { id: unitId, code: `${code}-U`, name: `Dinas ${B_MARKER}`, kind: "OPD", path: `/${unitId}/`, depth: 0 });
  const positionId = await insert(sql, "Position", agencyId, { unitId, name: "Analis Data", type: "PELAKSANA" });
  const nip = `19900101201501${String(Date.now() % 10000).padStart(4, "0")}`.slice(0, 18);
  const employeeId = await insert(sql, "Employee", agencyId, {
    unitId, positionId, nip, name: `Pegawai ${B_MARKER}`, gender: "M", kind: "PNS", rank: "III/a", birthDate: new Date("1990-01-01"), serviceStartDate: new Date("2015-01-01"),
  });
  const [{ passwordHash }] = await sql<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [demo.adminEmail]) as [{ passwordHash: string }];
  const adminEmail = `admin-${code.toLowerCase()}@seberang.go.id`;
  const adminId = await insert(sql, "User", agencyId, { email: adminEmail, name: `Admin ${B_MARKER}`, passwordHash });
  await insert(sql, "UserRole", agencyId, { userId: adminId, role: "ADMIN" });
  const programId = await insert(sql, "Program", agencyId, {
    title: `Pelatihan ${B_MARKER}`, description: "", objectives: "", routeCode: "KL10", organiser: "BKD Seberang", eligibleTypes: [],
  });
  const today = new Date(new Date().toISOString().slice(0, 10));
  const batchId = await insert(sql, "Batch", agencyId, {
    programId, number: 1, startDate: today, endDate: today, capacity: 10, status: "RUNNING", confirmedCount: 1,
    registrationOpensAt: new Date(Date.now() - 20 * 86_400_000), registrationClosesAt: new Date(Date.now() - 10 * 86_400_000),
  });
  const enrolmentId = await insert(sql, "Enrolment", agencyId, { batchId, employeeId, status: "CONFIRMED", origin: "SELF" });
  const questionSetId = await insert(sql, "QuestionSet", agencyId, { name: `Evaluasi ${B_MARKER}`, anonymous: false, active: true });
  const reactionInviteId = await insert(sql, "ReactionInvite", agencyId, { batchId, enrolmentId, questionSetId });
  const feedbackTaskId = await insert(sql, "FeedbackTask", agencyId, { enrolmentId, employeeId, dueOn: today, assignedOn: today, behaviours: [] });
  const externalTrainingId = await insert(sql, "ExternalTraining", agencyId, {
    employeeId, title: `Seminar ${B_MARKER}`, organiser: "Kementerian", routeCode: "KL10", startDate: new Date("2026-02-02"), endDate: new Date("2026-02-02"),
    minutes: 180, certificateNumber: `SN-${code}`, fileKey: demo.rinaFileKey ?? `uji/${code}.pdf`, fileName: "sertifikat.pdf", fileType: "application/pdf", fileSize: 10, fileSha256: "0".repeat(64),
  });
  const certificateId = await insert(sql, "Certificate", agencyId, {
    enrolmentId, employeeId, number: `1/STTPP/${code}/2026`, year: 2026, seq: 1, code: `${code}CERTIFICATE0000`.slice(0, 20), holderName: `Pegawai ${B_MARKER}`,
    programTitle: `Pelatihan ${B_MARKER}`, batchNumber: 1, startDate: today, endDate: today, minutes: 120, signatoryName: "Kepala BKD", signatoryPosition: "Kepala",
  });
  const importFile = Buffer.from("NIP;JENIS;TANGGAL MULAI;TANGGAL SELESAI\r\n");
  const importRunId = await insert(sql, "ImportRun", agencyId, {
    kind: "inactivity-periods", fileName: `${B_MARKER}.csv`, fileSha256: createHash("sha256").update(importFile).digest("hex"), fileSize: importFile.length,
    format: "csv", original: importFile, status: "READY", createdById: adminId, summary: JSON.stringify({ headerLine: 1, counts: { creates: 0, updates: 0, unchanged: 0, missing: 0 } }),
  });
  const competencyId = await insert(sql, "Competency", agencyId, { kind: "TECHNICAL", code: `T.${code}`.slice(0, 20), name: `Kompetensi ${B_MARKER}`, description: "" });
  return { agencyId, adminEmail, adminId, unitId, positionId, employeeId, batchId, programId, questionSetId, reactionInviteId, feedbackTaskId, externalTrainingId, certificateId, importRunId, competencyId };
}

/** Removes agency B again, children first. Sign-in audit rows stay (the audit log is append-only), and so does the agency they name. */
export async function removeOtherAgency(sql: Sql, b: OtherAgency) {
  const byAgency = ["ImportRun", "Certificate", "ExternalTraining", "FeedbackTask", "ReactionInvite", "QuestionSet", "Notification", "Enrolment", "Batch", "Program", "Competency"];
  for (const table of byAgency) await sql(`DELETE FROM "${table}" WHERE "agencyId" = $1`, [b.agencyId]);
  await sql(`DELETE FROM "Employee" WHERE "agencyId" = $1`, [b.agencyId]);
  await sql(`DELETE FROM "Position" WHERE "agencyId" = $1`, [b.agencyId]);
}

export type Target = "mine" | "otherUnit" | "homeAgency" | "otherAgency";

const BY_KIND: Partial<Record<RecordKind, { table: string; employee: string; extra?: string }>> = {
  externalTraining: { table: `"ExternalTraining" r`, employee: `r."employeeId"` },
  feedbackTask: { table: `"FeedbackTask" r`, employee: `r."employeeId"` },
  certificate: { table: `"Certificate" r`, employee: `r."employeeId"` },
  reactionInvite: { table: `"ReactionInvite" r JOIN "Enrolment" en ON en.id = r."enrolmentId"`, employee: `en."employeeId"` },
  confirmedBatch: { table: `(SELECT "batchId" AS id, "employeeId", "agencyId" FROM "Enrolment" WHERE status = 'CONFIRMED') r`, employee: `r."employeeId"` },
  employee: { table: `"Employee" r`, employee: `r.id` },
  account: { table: `"User" r`, employee: `r."employeeId"` },
};

/**
 * The record of a kind for a target in the demo agency: "mine" is the demo ASN's own or, when she has none of
 * that kind, her team-mate's (who signs in as an actor too); "otherUnit" belongs to a person no actor is linked to.
 */
export async function demoRecord(sql: Sql, kind: RecordKind, target: Target, demo: { agencyId: string; mineIds: string[]; actorEmployeeIds: string[]; operatorPath: string; supervisorId: string }) {
  const spec = BY_KIND[kind];
  if (spec) {
    const who = target === "mine"
      ? `${spec.employee} = ANY($1::uuid[])`
      : `${spec.employee} <> ALL($1::uuid[]) AND u.path NOT LIKE $2 || '%' AND e."supervisorId" IS DISTINCT FROM $3::uuid AND e."agencyId" = $4::uuid`;
    const order = target === "mine" ? `array_position($1::uuid[], ${spec.employee}), 1` : "1";
    const rows = await sql<{ id: string }>(
      `SELECT r.id::text AS id FROM ${spec.table} JOIN "Employee" e ON e.id = ${spec.employee} JOIN "OrgUnit" u ON u.id = e."unitId" WHERE ${who} ORDER BY ${order} LIMIT 1`,
      target === "mine" ? [demo.mineIds] : [demo.actorEmployeeIds, demo.operatorPath, demo.supervisorId, demo.agencyId],
    );
    return rows[0]?.id ?? null;
  }
  const query: Record<string, string> = {
    batch: `SELECT id::text AS id FROM "Batch" WHERE "agencyId" = $1 ORDER BY "startDate" DESC LIMIT 1`,
    program: `SELECT id::text AS id FROM "Program" WHERE "agencyId" = $1 ORDER BY title LIMIT 1`,
    questionSet: `SELECT id::text AS id FROM "QuestionSet" WHERE "agencyId" = $1 ORDER BY name LIMIT 1`,
    taughtBatch: `SELECT s."batchId"::text AS id FROM "SessionTrainer" st JOIN "RundownSession" s ON s.id = st."sessionId" JOIN "Trainer" t ON t.id = st."trainerId"
                  JOIN "User" us ON us."employeeId" = t."employeeId" JOIN "UserRole" ur ON ur."userId" = us.id AND ur.role = 'TRAINER' WHERE s."agencyId" = $1 LIMIT 1`,
    certificateCode: `SELECT code AS id FROM "Certificate" WHERE "agencyId" = $1 LIMIT 1`,
    unit: `SELECT id::text AS id FROM "OrgUnit" WHERE "agencyId" = $1 ORDER BY code LIMIT 1`,
    position: `SELECT id::text AS id FROM "Position" WHERE "agencyId" = $1 ORDER BY name, id LIMIT 1`,
    importRun: `SELECT id::text AS id FROM "ImportRun" WHERE "agencyId" = $1 ORDER BY "createdAt" LIMIT 1`,
    importKind: `SELECT 'inactivity-periods' AS id WHERE $1::uuid IS NOT NULL`,
    competency: `SELECT id::text AS id FROM "Competency" WHERE "agencyId" = $1 ORDER BY code LIMIT 1`,
    planYear: `SELECT '2027' AS id WHERE $1::uuid IS NOT NULL`,
  };
  return (await sql<{ id: string }>(query[kind]!, [demo.agencyId]))[0]?.id ?? null;
}

/** The other agency's record of a kind. */
export function otherAgencyRecord(kind: RecordKind, b: OtherAgency): string {
  const ids: Record<RecordKind, string> = {
    batch: b.batchId, taughtBatch: b.batchId, confirmedBatch: b.batchId, program: b.programId, questionSet: b.questionSetId, employee: b.employeeId,
    externalTraining: b.externalTrainingId, reactionInvite: b.reactionInviteId, feedbackTask: b.feedbackTaskId, certificate: b.certificateId, certificateCode: "",
    unit: b.unitId, position: b.positionId, account: b.adminId,
    importRun: b.importRunId, importKind: "", competency: b.competencyId, planYear: "",
  };
  return ids[kind];
}

/** How an actor stands to a record: through its person for personal kinds, through its agency otherwise. */
export async function relations(sql: Sql, actor: ActorShape, kind: RecordKind, id: string, target: Target, agencies: { home: string; other: string }): Promise<Set<Access>> {
  const spec = BY_KIND[kind];
  if (kind === "confirmedBatch") {
    // A batch is "own" for those who hold a confirmed seat in it.
    const rel = relationsToAgency(actor, target === "otherAgency" ? agencies.other : agencies.home);
    const [seat] = await sql(`SELECT 1 FROM "Enrolment" WHERE "batchId" = $1::uuid AND "employeeId" = $2::uuid AND status = 'CONFIRMED'`, [id, actor.employeeId ?? randomUUID()]);
    return new Set<Access>(rel.has("any") ? (seat ? ["own", "any"] : ["any"]) : []);
  }
  if (kind === "account") {
    // An account without an employee (an admin's, signing in by e-mail) is reached agency-wide only.
    const [user] = await sql<{ agencyId: string; employeeId: string | null }>(`SELECT "agencyId"::text AS "agencyId", "employeeId"::text AS "employeeId" FROM "User" WHERE id = $1::uuid`, [id]);
    if (!user!.employeeId) return new Set<Access>(actor.agencyId === user!.agencyId ? ["any"] : []);
  }
  if (RECORD_KINDS[kind] === "employee" && spec) {
    const [person] = await sql<EmployeeShape>(
      `SELECT e.id::text AS id, e."agencyId"::text AS "agencyId", e."supervisorId"::text AS "supervisorId", u.path AS "unitPath"
       FROM ${spec.table} JOIN "Employee" e ON e.id = ${spec.employee} JOIN "OrgUnit" u ON u.id = e."unitId" WHERE r.id = $1::uuid LIMIT 1`, [id]);
    return relationsToEmployee(actor, person!);
  }
  // An agency's record (for taughtBatch: one the demo trainer teaches, so any reach inside the agency counts).
  return relationsToAgency(actor, target === "otherAgency" ? agencies.other : agencies.home);
}
