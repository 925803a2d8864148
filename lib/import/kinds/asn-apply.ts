// Writes an ASN import's plan (asn-plan.ts) in the caller's transaction with set-based SQL: each kind of write is
// one statement over the whole file (json_to_recordset: plain JSON text, parsed once by the server), so 50,000 rows cost a handful of statements, not
// 50,000 round trips. Audit rows are written the same way, one per record changed. Never deletes: employees the
// file does not list end their service on `endMissingOn` when the admin asked for it, and are otherwise left alone.
import type { ApplyContext } from "../define";
import { MISSING_REASON_PREFIX, type AsnPlan } from "./asn-plan";

const RECORD_COLUMNS = `id uuid, nip text, name text, "frontTitle" text, "backTitle" text, kind text, gender text, "birthDate" date,
  "birthPlace" text, rank text, "rankDate" date, "serviceStartDate" date, "pnsDate" date, email text, "emailGov" text, "pnsId" text,
  "nipLama" text, "legalStatus" text, "unitId" uuid, "positionId" uuid, "supervisorId" uuid`;

const json = (value: unknown) => JSON.stringify(value);

/** Creates from which the apply refreshes the statistics of the tables it filled before writing on. */
export const ANALYZE_AFTER_CREATES = 1_000;

export async function applyAsnPlan(plan: AsnPlan, ctx: ApplyContext): Promise<void> {
  const { tx, agencyId, runId, actorUserId } = ctx;
  const steps = 7;
  let step = 0;
  const done = () => ctx.progress(++step / steps);
  /** One audit row per element of `entries` ({ id, before?, after? }), in one statement. */
  const audit = (action: string, entity: string, entries: unknown[]) =>
    entries.length === 0
      ? Promise.resolve(0)
      : tx.$executeRawUnsafe(
          `INSERT INTO "AuditLog" ("agencyId", "actorUserId", action, entity, "entityId", before, after)
           SELECT $1::uuid, $2::uuid, $3, $4, x->>'id', (x->'before')::jsonb, (x->'after')::jsonb FROM json_array_elements($5::json) x`,
          agencyId, actorUserId, action, entity, json(entries),
        );

  if (plan.newUnits.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "OrgUnit" (id, "agencyId", "parentId", code, name, kind, path, depth, "siasnId")
       SELECT r.id, $1::uuid, r."parentId", r.code, r.name, r.kind::"UnitKind", r.path, r.depth, r."siasnId"
       FROM json_to_recordset($2::json) AS r(id uuid, "parentId" uuid, code text, name text, kind text, path text, depth int, "siasnId" text)`,
      agencyId, json(plan.newUnits),
    );
    await audit("create", "OrgUnit", plan.newUnits.map((u) => ({ id: u.id, after: { code: u.code, name: u.name, kind: u.kind, parentId: u.parentId, siasnId: u.siasnId, importRunId: runId } })));
  }
  await done();
  if (plan.newPositions.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "Position" (id, "agencyId", "unitId", name, type)
       SELECT r.id, $1::uuid, r."unitId", r.name, r.type::"PositionType" FROM json_to_recordset($2::json) AS r(id uuid, "unitId" uuid, name text, type text)`,
      agencyId, json(plan.newPositions),
    );
    await audit("create", "Position", plan.newPositions.map((p) => ({ id: p.id, after: { unitId: p.unitId, name: p.name, type: p.type, importRunId: runId } })));
  }
  await done();

  if (plan.creates.length) {
    await insertEmployees(plan, ctx);
    await done();
    // A large insert into a young agency: the planner still takes Employee and EmployeeAssignment for near-empty
    // tables, and the statements below join the file's rows to them (a join planned that way scanned the table
    // once per row: 5 minutes in bench/import). Statistics first; ANALYZE counts this transaction's rows, and
    // after an inline import, which no job analyses, the pages that follow need them too.
    if (plan.creates.length >= ANALYZE_AFTER_CREATES) await tx.$executeRawUnsafe(`ANALYZE "Employee", "EmployeeAssignment"`);
  } else await done();
  await done();

  const updates = plan.updates.map((u) => u.data);
  if (updates.length) {
    await tx.$executeRawUnsafe(
      `UPDATE "Employee" e SET name = r.name, "frontTitle" = r."frontTitle", "backTitle" = r."backTitle", kind = r.kind::"EmployeeKind",
         gender = r.gender::"Gender", "birthDate" = r."birthDate", "birthPlace" = r."birthPlace", rank = r.rank, "rankDate" = r."rankDate",
         "serviceStartDate" = r."serviceStartDate", "pnsDate" = r."pnsDate", email = r.email, "emailGov" = r."emailGov", "pnsId" = r."pnsId",
         "nipLama" = r."nipLama", "legalStatus" = r."legalStatus", "unitId" = r."unitId", "positionId" = r."positionId",
         "supervisorId" = r."supervisorId",
         "serviceEndDate" = CASE WHEN r.reactivate THEN NULL ELSE e."serviceEndDate" END,
         "serviceEndReason" = CASE WHEN r.reactivate THEN NULL ELSE e."serviceEndReason" END, "updatedAt" = now()
       FROM json_to_recordset($2::json) AS r(${RECORD_COLUMNS}, reactivate boolean)
       WHERE e."agencyId" = $1::uuid AND e.id = r.id`,
      agencyId, json(updates),
    );
    await writeMoves(plan, ctx);
    await audit("update", "Employee", plan.updates.map((u) => ({
      id: u.data.id,
      before: Object.fromEntries(u.changes.map((c) => [c.field, c.before])),
      after: { ...Object.fromEntries(u.changes.map((c) => [c.field, c.after])), importRunId: runId },
    })));
  }
  await done();

  if (ctx.endMissingOn && plan.missingIds.length) {
    const endOn = ctx.endMissingOn.toISOString().slice(0, 10);
    const reason = `${MISSING_REASON_PREFIX} ${ctx.fileName}`.slice(0, 300);
    await tx.$executeRawUnsafe(
      `UPDATE "Employee" SET "serviceEndDate" = $2::date, "serviceEndReason" = $3, "updatedAt" = now()
       WHERE "agencyId" = $1::uuid AND id = ANY($4::uuid[]) AND ("serviceEndDate" IS NULL OR "serviceEndDate" > $2::date)`,
      agencyId, endOn, reason, plan.missingIds,
    );
    await audit("update", "Employee", plan.missingIds.map((id) => ({ id, before: { serviceEndDate: null }, after: { serviceEndDate: endOn, serviceEndReason: reason, importRunId: runId } })));
  }
  await ctx.progress(1);
}

/**
 * The new employees, each with their first assignment (this import's, from TMT JABATAN) and an audit row naming
 * who came in and where, in one statement: the rows are sent and parsed once. A new employee's supervisor may be
 * another new employee (the foreign key is checked at the statement's end). The insert trigger would open an
 * INITIAL assignment from the service start; the setting tells it this statement opens them (decision 0041).
 */
async function insertEmployees(plan: AsnPlan, { tx, agencyId, runId, actorUserId }: ApplyContext): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT set_config('bangkom.caller_opens_assignments', 'on', true)`);
  await tx.$executeRawUnsafe(
    `WITH r AS (SELECT * FROM json_to_recordset($2::json) AS r(${RECORD_COLUMNS}, "assignmentStart" date)),
     created AS (
       INSERT INTO "Employee" (id, "agencyId", nip, name, "frontTitle", "backTitle", kind, gender, "birthDate", "birthPlace", rank, "rankDate",
         "serviceStartDate", "pnsDate", email, "emailGov", "pnsId", "nipLama", "legalStatus", "unitId", "positionId", "supervisorId", "updatedAt")
       SELECT r.id, $1::uuid, r.nip, r.name, r."frontTitle", r."backTitle", r.kind::"EmployeeKind", r.gender::"Gender", r."birthDate", r."birthPlace",
         r.rank, r."rankDate", r."serviceStartDate", r."pnsDate", r.email, r."emailGov", r."pnsId", r."nipLama", r."legalStatus", r."unitId",
         r."positionId", r."supervisorId", now()
       FROM r
       RETURNING id, nip, name, kind, "unitId", "positionId", "supervisorId"),
     opened AS (
       INSERT INTO "EmployeeAssignment" (id, "agencyId", "employeeId", "unitId", "positionId", "startDate", source, "importRunId", "createdById")
       SELECT gen_random_uuid(), $1::uuid, r.id, r."unitId", r."positionId", r."assignmentStart", 'IMPORT', $3::uuid, $4::uuid FROM r)
     INSERT INTO "AuditLog" ("agencyId", "actorUserId", action, entity, "entityId", after)
     SELECT $1::uuid, $4::uuid, 'create', 'Employee', c.id::text, jsonb_build_object('nip', c.nip, 'name', c.name, 'kind', c.kind,
       'unitId', c."unitId", 'positionId', c."positionId", 'supervisorId', c."supervisorId", 'importRunId', $3::text)
     FROM created c`,
    agencyId, json(plan.creates.map((c) => c.data)), runId, actorUserId,
  );
  await tx.$executeRawUnsafe(`SELECT set_config('bangkom.caller_opens_assignments', 'off', true)`);
}

/**
 * History of the employees whose unit or position changed: the open assignment closes the day before the new
 * one starts and a new one opens (source IMPORT, this run); a move dated on the open row's own start day
 * corrects that row instead (no zero-length period).
 */
async function writeMoves(plan: AsnPlan, { tx, agencyId, runId, actorUserId }: ApplyContext): Promise<void> {
  const moves = plan.updates.flatMap(({ data }) => (data.move ? [{ id: data.id, unitId: data.unitId, positionId: data.positionId, ...data.move }] : []));
  if (!moves.length) return;
  const rows = json(moves);
  const shape = `AS r(id uuid, "unitId" uuid, "positionId" uuid, mode text, start date)`;
  await tx.$executeRawUnsafe(
    `UPDATE "EmployeeAssignment" a SET "unitId" = r."unitId", "positionId" = r."positionId", source = 'IMPORT', "importRunId" = $2::uuid
     FROM json_to_recordset($3::json) ${shape}
     WHERE a."agencyId" = $1::uuid AND a."employeeId" = r.id AND a."endDate" IS NULL AND r.mode = 'inPlace'`,
    agencyId, runId, rows,
  );
  await tx.$executeRawUnsafe(
    `UPDATE "EmployeeAssignment" a SET "endDate" = r.start - 1
     FROM json_to_recordset($2::json) ${shape}
     WHERE a."agencyId" = $1::uuid AND a."employeeId" = r.id AND a."endDate" IS NULL AND r.mode = 'close'`,
    agencyId, rows,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO "EmployeeAssignment" (id, "agencyId", "employeeId", "unitId", "positionId", "startDate", source, "importRunId", "createdById")
     SELECT gen_random_uuid(), $1::uuid, r.id, r."unitId", r."positionId", r.start, 'IMPORT', $2::uuid, $3::uuid
     FROM json_to_recordset($4::json) ${shape} WHERE r.mode = 'close'`,
    agencyId, runId, actorUserId, rows,
  );
}
