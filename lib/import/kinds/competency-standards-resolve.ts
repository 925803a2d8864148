// The competency-standards import's look-ups: which position, competency and version each row names, and the
// row problems that needs the database or every row (unknown or ambiguous position, unknown code, the same line
// twice, two legal bases for one version). Used by checkRows and plan alike, so both see the same world.
import type { Tx } from "@/lib/db";
import type { Importance } from "@/lib/generated/prisma/enums";
import type { ParsedRow } from "../define";

export type StandardRow = {
  positionId: string | null; positionName: string; unitCode: string; competencyCode: string;
  level: number; importance: Importance; legalBasis: string; effectiveFrom: string;
};
type Field = "positionId" | "positionName" | "competencyCode" | "legalBasis";
type Position = { id: string; name: string; unitName: string };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const nameKey = (unitCode: string, name: string) => `${unitCode.toUpperCase()}|${name.trim().toLowerCase()}`;

export async function resolveRows(tx: Tx, agencyId: string, rows: readonly ParsedRow<StandardRow>[]) {
  const ids = [...new Set(rows.flatMap((r) => (r.value.positionId ? [r.value.positionId] : [])))];
  const unitCodes = [...new Set(rows.flatMap((r) => (r.value.positionId ? [] : [r.value.unitCode])))];
  const [byIdRows, byNameRows, competencies] = await Promise.all([
    tx.position.findMany({ where: { agencyId, id: { in: ids } }, select: { id: true, name: true, unit: { select: { name: true } } } }),
    unitCodes.length
      ? tx.position.findMany({ where: { agencyId, unit: { code: { in: unitCodes, mode: "insensitive" } } }, select: { id: true, name: true, unit: { select: { name: true, code: true } } } })
      : Promise.resolve([]),
    tx.competency.findMany({ where: { agencyId, code: { in: [...new Set(rows.map((r) => r.value.competencyCode))] } }, select: { id: true, code: true } }),
  ]);
  const byId = new Map<string, Position>(byIdRows.map((p) => [p.id, { id: p.id, name: p.name, unitName: p.unit.name }]));
  const byName = new Map<string, Position[]>();
  for (const p of byNameRows) {
    const key = nameKey(p.unit.code, p.name);
    byName.set(key, [...(byName.get(key) ?? []), { id: p.id, name: p.name, unitName: p.unit.name }]);
  }
  const competencyOf = new Map(competencies.map((c) => [c.code, c]));

  const problems: { line: number; field: Field | null; message: string }[] = [];
  const resolved: { line: number; value: StandardRow; position: Position; competency: { id: string; code: string } }[] = [];
  for (const { line, value } of rows) {
    let position: Position | undefined;
    if (value.positionId) {
      position = byId.get(value.positionId);
      if (!position) problems.push({ line, field: "positionId", message: "ID JABATAN tidak ditemukan di instansi ini." });
    } else {
      const found = byName.get(nameKey(value.unitCode, value.positionName)) ?? [];
      if (found.length === 1) position = found[0];
      else if (found.length > 1) problems.push({ line, field: "positionName", message: `Ada ${found.length} jabatan bernama ini di unit ${value.unitCode}; pakai kolom ID JABATAN.` });
      else problems.push({ line, field: "positionName", message: `Jabatan "${value.positionName}" tidak ditemukan di unit dengan kode ${value.unitCode}.` });
    }
    const competency = competencyOf.get(value.competencyCode);
    if (!competency) problems.push({ line, field: "competencyCode", message: `Kode kompetensi ${value.competencyCode} tidak ada di kamus kompetensi instansi.` });
    if (position && competency) resolved.push({ line, value, position, competency });
  }

  const positionIds = [...new Set(resolved.map((r) => r.position.id))];
  const dates = [...new Set(resolved.map((r) => r.value.effectiveFrom))].map((d) => new Date(`${d}T00:00:00Z`));
  const existing = await tx.positionStandardVersion.findMany({
    where: { agencyId, positionId: { in: positionIds }, effectiveFrom: { in: dates } },
    select: {
      id: true, positionId: true, effectiveFrom: true, legalBasis: true,
      position: { select: { name: true, unit: { select: { name: true } } } },
      lines: { select: { id: true, requiredLevel: true, importance: true, competency: { select: { id: true, code: true } } } },
    },
  });
  const versions = new Map(existing.map((v) => [`${v.positionId}|${iso(v.effectiveFrom)}`, { id: v.id, legalBasis: v.legalBasis }]));
  const lines = new Map<string, { id: string; requiredLevel: number; importance: Importance; label: string }>();
  for (const v of existing) {
    for (const l of v.lines) {
      lines.set(`${v.positionId}|${iso(v.effectiveFrom)}|${l.competency.id}`, {
        id: l.id, requiredLevel: l.requiredLevel, importance: l.importance, label: `${v.position.name} (${v.position.unit.name}), ${iso(v.effectiveFrom)}: ${l.competency.code}`,
      });
    }
  }

  const firstLine = new Map<string, number>();
  const basisOf = new Map<string, { line: number; legalBasis: string }>();
  for (const { line, value, position, competency } of resolved) {
    const versionKey = `${position.id}|${value.effectiveFrom}`;
    const key = `${versionKey}|${competency.id}`;
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, line);
    else problems.push({ line, field: null, message: `Jabatan, tanggal berlaku dan kompetensi yang sama sudah ada di baris ${first}.` });
    const stored = versions.get(versionKey);
    if (stored && stored.legalBasis !== value.legalBasis) {
      problems.push({ line, field: "legalBasis", message: `Versi standar yang berlaku mulai ${value.effectiveFrom} sudah ada dengan dasar hukum "${stored.legalBasis}".` });
      continue;
    }
    const basis = basisOf.get(versionKey);
    if (!basis) basisOf.set(versionKey, { line, legalBasis: value.legalBasis });
    else if (basis.legalBasis !== value.legalBasis) problems.push({ line, field: "legalBasis", message: `DASAR HUKUM berbeda dengan baris ${basis.line} untuk jabatan dan tanggal berlaku yang sama.` });
  }
  problems.sort((a, b) => a.line - b.line);
  return { problems, resolved, versions, lines };
}
