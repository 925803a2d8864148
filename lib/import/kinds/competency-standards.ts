// Import kind "competency-standards": the lines of position standards (issue 14, decision 0029). Each row names a
// position (ID JABATAN, or NAMA JABATAN with KODE UNIT), a competency code of the dictionary, the required level
// 1–5, the importance (Mutlak/Penting/Perlu), and the version it belongs to: DASAR HUKUM and BERLAKU MULAI. A
// version (position, effective date) absent from the database is created; a line of it that exists with another
// level or importance is replaced, else created. Lines of those versions that the file does not list are shown
// as missing and left alone (the pipeline never deletes). All rows of one version must name the same legal
// basis, and an existing version keeps its own: another one in the file is a row error.
import { cacheTags, invalidate } from "@/lib/cache";
import type { Importance } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/uuid";
import { parseDateCell } from "../date-cell";
import { defineImport, type ImportPlan, type ParsedRow } from "../define";
import { importLimits } from "../limits";
import { resolveRows, type StandardRow } from "./competency-standards-resolve";

type Field = "positionId" | "positionName" | "unitCode" | "competencyCode" | "level" | "importance" | "legalBasis" | "effectiveFrom";
type Create = { positionId: string; versionId: string | null; effectiveFrom: string; legalBasis: string; competencyId: string; requiredLevel: number; importance: Importance };
type Update = { lineId: string; requiredLevel: number; importance: Importance };

const IMPORTANCE_WORDS: Record<string, Importance> = { mutlak: "MUTLAK", penting: "PENTING", perlu: "PERLU", m: "MUTLAK", p: "PENTING" };

/** "Mutlak", "PENTING", "perlu" → the importance; anything else → null. */
export function importanceOf(text: string): Importance | null {
  return IMPORTANCE_WORDS[text.trim().toLowerCase()] ?? null;
}

/** "3", "3 - Menengah", "Level 3" → 3; anything outside 1–5 → null. */
export function levelOf(text: string): number | null {
  const match = /^(?:level\s*)?([1-5])(?:\s*[-–:(].*)?$/i.exec(text.trim());
  return match ? Number(match[1]) : null;
}

export const competencyStandardsImport = defineImport<Field, StandardRow, Create, Update>({
  kind: "competency-standards",
  writes: ["PositionStandardVersion", "PositionCompetency"],
  headers: [
    { field: "positionId", headers: ["ID JABATAN", "POSITION ID"], required: false },
    { field: "positionName", headers: ["NAMA JABATAN", "JABATAN"], required: false },
    { field: "unitCode", headers: ["KODE UNIT", "KODE UNOR", "KODE UNIT KERJA"], required: false },
    { field: "competencyCode", headers: ["KODE KOMPETENSI", "KOMPETENSI"], required: true },
    { field: "level", headers: ["LEVEL", "LEVEL DIPERSYARATKAN", "TINGKAT"], required: true },
    { field: "importance", headers: ["KEPENTINGAN", "TINGKAT PENTING"], required: true },
    { field: "legalBasis", headers: ["DASAR HUKUM", "PERWAL"], required: true },
    { field: "effectiveFrom", headers: ["BERLAKU MULAI", "TMT", "TANGGAL BERLAKU"], required: true },
  ],
  limits: importLimits({ uploadBytes: 5 * 1024 * 1024, rows: 20_000, columns: 50 }),
  inlineRows: 2_000,

  parseRow(row) {
    const problems: { field: Field | null; message: string }[] = [];
    const positionId = row.cell("positionId");
    const positionName = row.cell("positionName");
    const unitCode = row.cell("unitCode");
    if (positionId && !isUuid(positionId)) problems.push({ field: "positionId", message: "ID JABATAN bukan ID yang dikenal (salin dari Bangkom, atau kosongkan dan isi NAMA JABATAN dan KODE UNIT)." });
    if (!positionId && (!positionName || !unitCode)) problems.push({ field: positionName ? "unitCode" : "positionName", message: "Jabatan: isi ID JABATAN, atau NAMA JABATAN bersama KODE UNIT." });
    const competencyCode = row.cell("competencyCode").toUpperCase().replace(/\s+/g, "");
    if (!competencyCode) problems.push({ field: "competencyCode", message: "KODE KOMPETENSI wajib diisi." });
    const level = levelOf(row.cell("level"));
    if (!level) problems.push({ field: "level", message: "LEVEL harus 1–5." });
    const importance = importanceOf(row.cell("importance"));
    if (!importance) problems.push({ field: "importance", message: "KEPENTINGAN harus Mutlak, Penting atau Perlu." });
    const legalBasis = row.cell("legalBasis");
    if (!legalBasis) problems.push({ field: "legalBasis", message: "DASAR HUKUM wajib diisi (misalnya nomor Perwal)." });
    else if (legalBasis.length > 300) problems.push({ field: "legalBasis", message: "DASAR HUKUM lebih dari 300 huruf." });
    const date = parseDateCell(row.cell("effectiveFrom"));
    if (!date.ok) problems.push({ field: "effectiveFrom", message: "BERLAKU MULAI bukan tanggal (tulis hh-bb-tttt, misalnya 01-01-2026)." });
    if (problems.length || !level || !importance || !date.ok) return { ok: false, problems };
    return { ok: true, value: { positionId: positionId || null, positionName, unitCode, competencyCode, level, importance, legalBasis, effectiveFrom: date.date } };
  },

  async checkRows(rows, { agencyId, tx }) {
    return (await resolveRows(tx, agencyId, rows)).problems;
  },

  async plan(rows: readonly ParsedRow<StandardRow>[], { agencyId, tx }) {
    const { resolved, versions, lines } = await resolveRows(tx, agencyId, rows);
    const plan: ImportPlan<Create, Update> = { creates: [], updates: [], unchanged: 0, missing: [], extraCreates: { PositionStandardVersion: [] } };
    const seen = new Set<string>();
    const newVersions = new Set<string>();
    for (const { line, value, position, competency } of resolved) {
      const versionKey = `${position.id}|${value.effectiveFrom}`;
      const version = versions.get(versionKey);
      const key = `${versionKey}|${competency.id}`;
      const label = `${position.name} (${position.unitName}), ${value.effectiveFrom}: ${competency.code}`;
      seen.add(key);
      if (!version && !newVersions.has(versionKey)) {
        newVersions.add(versionKey);
        plan.extraCreates!.PositionStandardVersion!.push({ key: versionKey, label: `${position.name} (${position.unitName}), ${value.legalBasis}, ${value.effectiveFrom}` });
      }
      const existing = lines.get(key);
      if (!existing) {
        plan.creates.push({
          line, key, label,
          data: { positionId: position.id, versionId: version?.id ?? null, effectiveFrom: value.effectiveFrom, legalBasis: value.legalBasis, competencyId: competency.id, requiredLevel: value.level, importance: value.importance },
        });
        continue;
      }
      const changes = [
        ...(existing.requiredLevel !== value.level ? [{ field: "LEVEL", before: String(existing.requiredLevel), after: String(value.level) }] : []),
        ...(existing.importance !== value.importance ? [{ field: "KEPENTINGAN", before: existing.importance, after: value.importance }] : []),
      ];
      if (changes.length) plan.updates.push({ line, key, label, changes, data: { lineId: existing.id, requiredLevel: value.level, importance: value.importance } });
      else plan.unchanged += 1;
    }
    for (const [key, l] of lines) if (!seen.has(key)) plan.missing.push({ key, label: l.label });
    return plan;
  },

  async apply(plan, { agencyId, tx, audit, actorUserId }) {
    const versionIds = new Map<string, string>();
    for (const { data } of plan.creates) {
      const versionKey = `${data.positionId}|${data.effectiveFrom}`;
      if (data.versionId || versionIds.has(versionKey)) continue;
      const version = await tx.positionStandardVersion.create({
        data: { agencyId, positionId: data.positionId, legalBasis: data.legalBasis, effectiveFrom: new Date(`${data.effectiveFrom}T00:00:00Z`), createdById: actorUserId },
        select: { id: true, positionId: true, legalBasis: true },
      });
      versionIds.set(versionKey, version.id);
      await audit({ action: "standard.version.create", entity: "PositionStandardVersion", entityId: version.id, before: null, after: { ...version, effectiveFrom: data.effectiveFrom } });
    }
    const created = plan.creates.map(({ data }) => ({
      agencyId, positionId: data.positionId, versionId: data.versionId ?? versionIds.get(`${data.positionId}|${data.effectiveFrom}`)!,
      competencyId: data.competencyId, requiredLevel: data.requiredLevel, importance: data.importance,
    }));
    await tx.positionCompetency.createMany({ data: created });
    for (const row of created) {
      await audit({ action: "standard.line.create", entity: "PositionStandardVersion", entityId: row.versionId, before: null, after: { competencyId: row.competencyId, requiredLevel: row.requiredLevel, importance: row.importance } });
    }
    for (const update of plan.updates) {
      const before = await tx.positionCompetency.findFirstOrThrow({ where: { agencyId, id: update.data.lineId }, select: { requiredLevel: true, importance: true } });
      await tx.positionCompetency.update({ where: { id: update.data.lineId, agencyId }, data: { requiredLevel: update.data.requiredLevel, importance: update.data.importance } });
      await audit({ action: "standard.line.update", entity: "PositionCompetency", entityId: update.data.lineId, before, after: { requiredLevel: update.data.requiredLevel, importance: update.data.importance } });
    }
    await invalidate(tx, cacheTags.competency(agencyId));
  },
});
