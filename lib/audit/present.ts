import "server-only";
// Audit rows as the page, the "Riwayat perubahan" list and the export show them: every id the rows name is
// looked up once per kind of record (one query each, inside the viewer's agency), then each row is put in words.
import { accessFor } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";
import { employeeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { formatNip } from "@/lib/people/nip";
import { interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { isUuid } from "@/lib/uuid";
import { changedFields } from "./diff";
import { collectRefs, formatDateTime, type RefKind } from "./format";
import type { AuditFilters } from "./filters";
import type { AuditRow } from "./queries";
import { actionLabel, entityLabel, entityRefKind, formatContext, readableChanges, recordHref, type ReadableChange } from "./readable";

export type AuditEntryView = {
  id: string;
  at: string;
  atIso: string;
  actor: { name: string; detail: string | null } | null;
  action: string;
  actionKey: string;
  entity: string;
  entityKey: string;
  entityId: string;
  record: string | null;
  recordHref: string | null;
  about: { employee: string | null; batch: string | null };
  changes: ReadableChange[];
};

type Names = Map<RefKind, Map<string, string>>;

async function lookupNames(agencyId: string, refs: Map<RefKind, Set<string>>, batchName: (title: string, number: number) => string): Promise<Names> {
  const ids = (kind: RefKind) => [...(refs.get(kind) ?? [])].filter(isUuid);
  const pairs = async <T,>(kind: RefKind, run: (ids: string[]) => Promise<T[]>, name: (row: T) => [string, string]) => {
    const list = ids(kind);
    return [kind, new Map(list.length ? (await run(list)).map(name) : [])] as const;
  };
  const where = (list: string[]) => ({ agencyId, id: { in: list } });
  const entries = await Promise.all([
    pairs("employee", (l) => db.employee.findMany({ where: where(l), select: { id: true, name: true } }), (r) => [r.id, r.name]),
    pairs("unit", (l) => db.orgUnit.findMany({ where: where(l), select: { id: true, name: true } }), (r) => [r.id, r.name]),
    pairs("position", (l) => db.position.findMany({ where: where(l), select: { id: true, name: true } }), (r) => [r.id, r.name]),
    pairs("program", (l) => db.program.findMany({ where: where(l), select: { id: true, title: true } }), (r) => [r.id, r.title]),
    pairs("user", (l) => db.user.findMany({ where: where(l), select: { id: true, name: true } }), (r) => [r.id, r.name]),
    pairs("session", (l) => db.rundownSession.findMany({ where: where(l), select: { id: true, title: true } }), (r) => [r.id, r.title]),
    pairs(
      "batch",
      (l) => db.batch.findMany({ where: where(l), select: { id: true, number: true, program: { select: { title: true } } } }),
      (r) => [r.id, batchName(r.program.title, r.number)],
    ),
  ]);
  return new Map(entries);
}

/** The rows in words, in the viewer's language. */
export async function presentAuditRows(agencyId: string, rows: readonly AuditRow[], m: Messages, locale: Locale): Promise<AuditEntryView[]> {
  const t = m.audit;
  const refs = new Map<RefKind, Set<string>>();
  for (const row of rows) {
    collectRefs(changedFields(row.before, row.after).map((c) => (c.mode === "changed" ? { field: c.field, value: [c.before, c.after] } : c)), refs);
    const kind = entityRefKind(row.entity);
    if (kind) collectRefs([{ field: refField(kind), value: row.entityId }], refs);
    if (row.subjectEmployeeId) collectRefs([{ field: "employeeId", value: row.subjectEmployeeId }], refs);
    if (row.subjectBatchId) collectRefs([{ field: "batchId", value: row.subjectBatchId }], refs);
  }
  const names = await lookupNames(agencyId, refs, (title, number) => `${title} · ${interpolate(m.trainingAdmin.batch.heading, { number })}`);
  const name = (kind: RefKind, id: string) => names.get(kind)?.get(id);
  const ctx = formatContext(t, locale, name);
  return rows.map((row) => {
    const kind = entityRefKind(row.entity);
    const record = kind ? (name(kind, row.entityId) ?? null) : null;
    return {
      id: String(row.id),
      at: formatDateTime(row.createdAt, locale),
      atIso: row.createdAt.toISOString(),
      actor: row.actorUserId ? { name: row.actorName ?? row.actorUserId, detail: row.actorNip ? formatNip(row.actorNip) : row.actorEmail } : null,
      action: actionLabel(t, row.action),
      actionKey: row.action,
      entity: entityLabel(t, row.entity),
      entityKey: row.entity,
      entityId: row.entityId,
      record,
      recordHref: recordHref(row.entity, row.entityId),
      about: {
        employee: row.subjectEmployeeId && kind !== "employee" ? (name("employee", row.subjectEmployeeId) ?? null) : null,
        batch: row.subjectBatchId && kind !== "batch" ? (name("batch", row.subjectBatchId) ?? null) : null,
      },
      changes: readableChanges(t, ctx, row),
    };
  });
}

const REF_FIELD: Record<RefKind, string> = {
  employee: "employeeId", unit: "unitId", batch: "batchId", program: "programId", position: "positionId", user: "userId", session: "sessionId",
};
const refField = (kind: RefKind) => REF_FIELD[kind];

/** The names behind the "about" filters, read inside the viewer's scope (an id out of reach stays an id). */
export async function subjectNames(viewer: Viewer, filters: AuditFilters, m: Messages): Promise<{ employee?: string; batch?: string }> {
  const out: { employee?: string; batch?: string } = {};
  if (filters.employeeId) {
    const scope = await employeeScope(viewer, "read:audit-log");
    const e = scope ? await db.employee.findFirst({ where: { AND: [scope, { id: filters.employeeId }] }, select: { name: true } }) : null;
    out.employee = e?.name ?? filters.employeeId;
  }
  if (filters.batchId) {
    const b = accessFor(viewer.roles, "read:audit-log").includes("any")
      ? await db.batch.findFirst({ where: { agencyId: viewer.agencyId, id: filters.batchId }, select: { number: true, program: { select: { title: true } } } })
      : null;
    out.batch = b ? `${b.program.title} · ${interpolate(m.trainingAdmin.batch.heading, { number: b.number })}` : filters.batchId;
  }
  return out;
}
