// Where the file's ASN work: their units (matched on OrgUnit.siasnId = UNOR ID, or created into the tree under
// UNOR INDUK) and positions (matched on unit + JABATAN NAMA, or created with the type JENIS JABATAN gives).
// Part of the ASN import's plan (asn-plan.ts); reads only.
import { createHash, randomUUID } from "node:crypto";
import type { PositionType, UnitKind } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import type { ParsedRow } from "../define";
import { normalName } from "./asn-check";
import type { AsnRow } from "./asn-row";

export type UnitInfo = { id: string; parentId: string | null; name: string; path: string; depth: number; headPositionId: string | null };
export type NewUnit = UnitInfo & { agencyId: string; code: string; kind: UnitKind; siasnId: string | null; line: number };
export type NewPosition = { id: string; agencyId: string; unitId: string; name: string; type: PositionType; line: number };

export type Places = {
  units: Map<string, UnitInfo>;
  newUnits: NewUnit[];
  newPositions: NewPosition[];
  positionNames: Map<string, string>;
  unitOf: (row: AsnRow) => string;
  positionOf: (row: AsnRow) => string;
};

export async function planPlaces(rows: readonly ParsedRow<AsnRow>[], agencyId: string, tx: Tx): Promise<Places> {
  const existing = await tx.orgUnit.findMany({
    where: { agencyId },
    select: { id: true, parentId: true, name: true, code: true, path: true, depth: true, siasnId: true, headPositionId: true },
  });
  const units = new Map<string, UnitInfo>(existing.map((u) => [u.id, u]));
  const bySiasn = new Map(existing.filter((u) => u.siasnId).map((u) => [u.siasnId!, u as UnitInfo]));
  const byName = new Map<string, UnitInfo[]>();
  for (const u of existing) (byName.get(normalName(u.name)) ?? byName.set(normalName(u.name), []).get(normalName(u.name))!).push(u);
  const codes = new Set(existing.map((u) => u.code));

  // The file's units, first row wins: UNOR ID → name, parent reference, line.
  const fileUnits = new Map<string, { name: string; parent: string | null; line: number }>();
  const fileUnitByName = new Map<string, string>();
  for (const { line, value } of rows) {
    if (fileUnits.has(value.unorId)) continue;
    fileUnits.set(value.unorId, { name: value.unorName, parent: value.unorParent, line });
    if (!fileUnitByName.has(normalName(value.unorName))) fileUnitByName.set(normalName(value.unorName), value.unorId);
  }

  const newUnits: NewUnit[] = [];
  const freeCode = (wanted: string) => {
    let code = wanted.slice(0, 60);
    for (let n = 2; codes.has(code); n++) code = `${wanted.slice(0, 55)}-${n}`;
    codes.add(code);
    return code;
  };
  const create = (name: string, parent: UnitInfo | null, siasnId: string | null, code: string, line: number): UnitInfo => {
    const id = randomUUID();
    const unit: NewUnit = {
      id, agencyId, parentId: parent?.id ?? null, name, code: freeCode(code), kind: parent ? "BIDANG" : "OPD", siasnId,
      path: `${parent?.path ?? "/"}${id}/`, depth: parent ? parent.depth + 1 : 0, headPositionId: null, line,
    };
    newUnits.push(unit);
    units.set(id, unit);
    byName.set(normalName(name), [...(byName.get(normalName(name)) ?? []), unit]);
    return unit;
  };

  const resolved = new Map<string, UnitInfo>();
  const resolve = (unorId: string, path: ReadonlySet<string>): UnitInfo => {
    const done = resolved.get(unorId) ?? bySiasn.get(unorId);
    if (done) {
      resolved.set(unorId, done);
      return done;
    }
    const own = fileUnits.get(unorId)!;
    const ref = own.parent;
    let parent: UnitInfo | null = null;
    if (ref && ref !== unorId && normalName(ref) !== normalName(own.name)) {
      const next = new Set(path).add(unorId);
      const byFileName = fileUnitByName.get(normalName(ref));
      if (fileUnits.has(ref) && !path.has(ref)) parent = resolve(ref, next);
      else if (bySiasn.has(ref)) parent = bySiasn.get(ref)!;
      else if (byFileName && byFileName !== unorId && !path.has(byFileName)) parent = resolve(byFileName, next);
      else if (byName.get(normalName(ref))?.length === 1) parent = byName.get(normalName(ref))![0]!;
      // A parent SIASN names but neither the file nor the tree has: an OPD of that name at the root.
      else parent = create(ref, null, null, `INDUK-${createHash("sha1").update(normalName(ref)).digest("hex").slice(0, 8)}`, own.line);
    }
    const unit = resolved.get(unorId) ?? create(own.name, parent, unorId, unorId, own.line);
    resolved.set(unorId, unit);
    return unit;
  };
  for (const unorId of fileUnits.keys()) resolve(unorId, new Set());

  const positions = await tx.position.findMany({ where: { agencyId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, unitId: true, name: true } });
  const positionKey = (unitId: string, name: string) => `${unitId}|${normalName(name)}`;
  const positionIds = new Map<string, string>();
  const positionNames = new Map<string, string>();
  for (const p of positions) {
    if (!positionIds.has(positionKey(p.unitId, p.name))) positionIds.set(positionKey(p.unitId, p.name), p.id);
    positionNames.set(p.id, p.name);
  }
  const newPositions: NewPosition[] = [];
  const unitOf = (row: AsnRow) => resolved.get(row.unorId)!.id;
  for (const { line, value } of rows) {
    const unitId = unitOf(value);
    const key = positionKey(unitId, value.positionName);
    if (positionIds.has(key)) continue;
    const id = randomUUID();
    positionIds.set(key, id);
    positionNames.set(id, value.positionName);
    newPositions.push({ id, agencyId, unitId, name: value.positionName, type: value.positionType, line });
  }
  return { units, newUnits, newPositions, positionNames, unitOf, positionOf: (row) => positionIds.get(positionKey(unitOf(row), row.positionName))! };
}
