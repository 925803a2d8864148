// The ASN import's dry run (decision 0021): which employees the file creates, which it changes (each field
// before → after), which it leaves as they are, and which of the agency's serving employees it does not list.
// Units and positions come from asn-places.ts; supervisors from NIP ATASAN, else the holder of the unit's head
// position (or an ancestor unit's), else what the employee already has. Reads only; asn-apply.ts writes.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { EmployeeKind, Gender } from "@/lib/generated/prisma/enums";
import { calendarToday } from "@/lib/time";
import type { FieldChange, ImportPlan, ParsedRow } from "../define";
import type { AsnChangeField } from "./asn-headers";
import { planPlaces, type NewPosition, type NewUnit, type UnitInfo } from "./asn-places";
import type { AsnRow } from "./asn-row";

/** An employee as the import leaves them (dates yyyy-mm-dd). */
export type EmployeeRecord = {
  id: string; nip: string; name: string; frontTitle: string | null; backTitle: string | null; kind: EmployeeKind; gender: Gender;
  birthDate: string; birthPlace: string | null; rank: string; rankDate: string | null; serviceStartDate: string; pnsDate: string | null;
  email: string | null; emailGov: string | null; pnsId: string | null; nipLama: string | null; legalStatus: string | null;
  unitId: string; positionId: string; supervisorId: string | null;
};
export type EmployeeCreate = EmployeeRecord & { assignmentStart: string };
/** `move`: the history to write when the unit or position changes ("close" the open row and open one, or fix it "inPlace"). */
export type EmployeeUpdate = EmployeeRecord & { reactivate: boolean; move: null | { mode: "close" | "inPlace"; start: string } };
export type AsnPlan = ImportPlan<EmployeeCreate, EmployeeUpdate> & { newUnits: NewUnit[]; newPositions: NewPosition[]; missingIds: string[] };

/** Service ended by an earlier ASN import starts with this (see asn-apply.ts). */
export const MISSING_REASON_PREFIX = "Tidak ada di ekspor SIASN";
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function planAsn(rows: readonly ParsedRow<AsnRow>[], agencyId: string, tx: Tx): Promise<AsnPlan> {
  const today = iso(calendarToday())!;
  const places = await planPlaces(rows, agencyId, tx);
  const current = await tx.employee.findMany({
    where: { agencyId },
    select: {
      id: true, nip: true, name: true, frontTitle: true, backTitle: true, kind: true, gender: true, birthDate: true, birthPlace: true, rank: true,
      rankDate: true, serviceStartDate: true, pnsDate: true, email: true, emailGov: true, pnsId: true, nipLama: true, legalStatus: true,
      unitId: true, positionId: true, supervisorId: true, serviceEndDate: true, serviceEndReason: true,
    },
  });
  const byNip = new Map(current.map((e) => [e.nip, e]));
  const nipOf = new Map(current.map((e) => [e.id, e.nip]));
  const open = new Map(
    (await tx.employeeAssignment.findMany({ where: { agencyId, endDate: null }, select: { employeeId: true, startDate: true } })).map((a) => [a.employeeId, iso(a.startDate)!]),
  );

  // Pass 1: every row's employee id, unit and position; who holds which position once the file is in.
  const targets = rows.map(({ line, value }) => {
    const before = byNip.get(value.nip);
    const id = before?.id ?? randomUUID();
    nipOf.set(id, value.nip);
    return { line, value, before, id, unitId: places.unitOf(value), positionId: places.positionOf(value) };
  });
  const idOfNip = new Map(targets.map((t) => [t.value.nip, t.id]));
  for (const e of current) if (!idOfNip.has(e.nip)) idOfNip.set(e.nip, e.id);
  const inFile = new Set(targets.map((t) => t.value.nip));
  const serving = (e: { serviceEndDate: Date | null }) => !e.serviceEndDate || iso(e.serviceEndDate)! > today;
  const holders = new Map<string, string[]>();
  const hold = (positionId: string, id: string) => (holders.get(positionId) ?? holders.set(positionId, []).get(positionId)!).push(id);
  for (const t of targets) hold(t.positionId, t.id);
  for (const e of current) if (!inFile.has(e.nip) && serving(e)) hold(e.positionId, e.id);
  const headOf = (unitId: string, selfId: string): string | null => {
    for (let u: UnitInfo | undefined = places.units.get(unitId); u; u = u.parentId ? places.units.get(u.parentId) : undefined) {
      const holder = u.headPositionId ? holders.get(u.headPositionId)?.find((id) => id !== selfId) : undefined;
      if (holder) return holder;
    }
    return null;
  };

  const plan: AsnPlan = { creates: [], updates: [], unchanged: 0, missing: [], newUnits: places.newUnits, newPositions: places.newPositions, missingIds: [] };
  const unitName = (id: string | null) => (id ? (places.units.get(id)?.name ?? null) : null);
  const positionName = (id: string | null) => (id ? (places.positionNames.get(id) ?? null) : null);
  for (const { line, value: v, before, id, unitId, positionId } of targets) {
    const explicit = v.supervisorNip ? (idOfNip.get(v.supervisorNip) ?? null) : null;
    const label = `${v.name} (${v.nip})`;
    const keep = <T>(value: T | null, stored: T | null) => value ?? stored;
    const record: EmployeeRecord = {
      id, nip: v.nip, name: v.name, kind: v.kind, gender: v.gender, birthDate: v.birthDate, rank: v.rank, serviceStartDate: v.serviceStartDate,
      frontTitle: keep(v.frontTitle, before?.frontTitle ?? null), backTitle: keep(v.backTitle, before?.backTitle ?? null),
      birthPlace: keep(v.birthPlace, before?.birthPlace ?? null), rankDate: keep(v.rankDate, iso(before?.rankDate ?? null)),
      pnsDate: keep(v.pnsDate, iso(before?.pnsDate ?? null)), email: keep(v.email, before?.email ?? null), emailGov: keep(v.emailGov, before?.emailGov ?? null),
      pnsId: keep(v.pnsId, before?.pnsId ?? null), nipLama: keep(v.nipLama, before?.nipLama ?? null), legalStatus: keep(v.legalStatus, before?.legalStatus ?? null),
      unitId, positionId,
      supervisorId: explicit ?? (before && before.supervisorId && before.unitId === unitId ? before.supervisorId : (headOf(unitId, id) ?? before?.supervisorId ?? null)),
    };
    if (record.supervisorId === id) record.supervisorId = null;
    if (!before) {
      plan.creates.push({ line, key: v.nip, label, data: { ...record, assignmentStart: v.positionDate && v.positionDate >= v.serviceStartDate ? v.positionDate : v.serviceStartDate } });
      continue;
    }
    const changes: FieldChange[] = [];
    const compare = (field: AsnChangeField, was: string | null, now: string | null) => {
      if (was !== now) changes.push({ field, before: was, after: now });
    };
    compare("name", before.name, record.name);
    compare("frontTitle", before.frontTitle, record.frontTitle);
    compare("backTitle", before.backTitle, record.backTitle);
    compare("kind", before.kind, record.kind);
    compare("gender", before.gender, record.gender);
    compare("birthDate", iso(before.birthDate), record.birthDate);
    compare("birthPlace", before.birthPlace, record.birthPlace);
    compare("rank", before.rank, record.rank);
    compare("rankDate", iso(before.rankDate), record.rankDate);
    compare("serviceStartDate", iso(before.serviceStartDate), record.serviceStartDate);
    compare("pnsDate", iso(before.pnsDate), record.pnsDate);
    compare("email", before.email, record.email);
    compare("emailGov", before.emailGov, record.emailGov);
    compare("pnsId", before.pnsId, record.pnsId);
    compare("nipLama", before.nipLama, record.nipLama);
    compare("legalStatus", before.legalStatus, record.legalStatus);
    compare("unit", unitName(before.unitId), unitName(unitId));
    compare("position", positionName(before.positionId), positionName(positionId));
    const supervisorText = (sid: string | null) => (sid ? (nipOf.get(sid) ?? sid) : null);
    compare("supervisor", supervisorText(before.supervisorId), supervisorText(record.supervisorId));
    const reactivate = before.serviceEndDate !== null && (before.serviceEndReason ?? "").startsWith(MISSING_REASON_PREFIX);
    if (reactivate) compare("serviceEndDate", iso(before.serviceEndDate), null);
    // A unit or position of the same name elsewhere is still a move: compare ids, not only names.
    const moved = before.unitId !== unitId || before.positionId !== positionId;
    if (moved && !changes.some((c) => c.field === "unit" || c.field === "position")) changes.push({ field: "position", before: positionName(before.positionId), after: positionName(positionId) });
    if (!changes.length) {
      plan.unchanged += 1;
      continue;
    }
    let move: EmployeeUpdate["move"] = null;
    if (moved) {
      const openSince = open.get(id) ?? null;
      const wanted = v.positionDate && (!openSince || v.positionDate > openSince) ? v.positionDate : today;
      move = !openSince || wanted > openSince ? { mode: "close", start: wanted } : { mode: "inPlace", start: openSince };
    }
    plan.updates.push({ line, key: v.nip, label, changes, data: { ...record, reactivate, move } });
  }
  // Missing: no end of service on record (one already set, by hand or by an earlier import, is not asked again).
  for (const e of current) {
    if (inFile.has(e.nip) || e.serviceEndDate) continue;
    plan.missing.push({ key: e.nip, label: `${e.name} (${e.nip})` });
    plan.missingIds.push(e.id);
  }
  plan.extraCreates = {
    OrgUnit: places.newUnits.map((u) => ({ key: u.siasnId ?? u.code, label: u.name })),
    Position: places.newPositions.map((p) => ({ key: `${unitName(p.unitId)} › ${p.name}`, label: p.name })),
  };
  return plan;
}
