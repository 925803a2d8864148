// Import kind "assessment-results": results of an assessment centre, a competency test (uji kompetensi) or a
// 360-degree rating, one row per (NIP, competency, level, date, source, assessor, document number), written as
// CompetencyAssessment rows with the run's id and who applied it (decision 0030). Results are append-only, so:
// - a row identical to a recorded result (same person, competency, date, source, level and document number,
//   withdrawn or not) is "sudah tercatat": skipped, counted unchanged, and named in a warning;
// - a row for a slot (person, competency, date, source) that already holds another result is shown as a change
//   (level/document before → after) and written as a NEW result, which outranks the older one of that day because
//   it is recorded later; nothing is edited;
// - unknown NIPs (another agency's too: we do not tell which NIPs exist elsewhere), unknown competency codes,
//   levels outside 1–5, bad or future dates, unknown sources, SUPERVISOR/SELF (rated in Bangkom, never imported)
//   and the same slot twice in the file are row errors.
// The pipeline writes one audit row for the run (import.apply, with the counts), not one per result.
import type { Tx } from "@/lib/db";
import { normalizeNip } from "@/lib/people/nip";
import { calendarToday } from "@/lib/time";
import { parseDateCell } from "../date-cell";
import { defineImport, type ImportPlan, type ParsedRow } from "../define";
import { importLimits } from "../limits";
import { importedSourceOf, levelOf, normalCode, sameResultKey, slotKey, type ImportedSource } from "./assessment-results-rules";

type Field = "nip" | "code" | "level" | "assessedOn" | "source" | "assessor" | "documentNumber";
export type AssessmentResultRow = {
  nip: string; code: string; level: number; assessedOn: string; source: ImportedSource; assessorName: string; documentNumber: string | null;
};
type Create = { employeeId: string; competencyId: string; level: number; assessedOn: string; source: ImportedSource; assessorName: string; documentNumber: string | null };

const SOURCE_NAMES: Record<ImportedSource, string> = { ASSESSMENT_CENTRE: "Assessment center", UJI_KOMPETENSI: "Uji kompetensi", MULTI_RATER: "Penilaian 360" };
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The file's people (this agency's only) and competency codes, and the results already recorded for those people. */
async function context(tx: Tx, agencyId: string, rows: readonly ParsedRow<AssessmentResultRow>[]) {
  const nips = [...new Set(rows.map((r) => r.value.nip))];
  const codes = [...new Set(rows.map((r) => r.value.code))];
  const [employees, competencies] = await Promise.all([
    tx.employee.findMany({ where: { agencyId, nip: { in: nips } }, select: { id: true, nip: true, name: true } }),
    tx.competency.findMany({ where: { agencyId, code: { in: codes } }, select: { id: true, code: true } }),
  ]);
  const recorded = await tx.competencyAssessment.findMany({
    where: { agencyId, employeeId: { in: employees.map((e) => e.id) }, competencyId: { in: competencies.map((c) => c.id) }, source: { in: ["ASSESSMENT_CENTRE", "UJI_KOMPETENSI", "MULTI_RATER"] } },
    orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
    select: { employeeId: true, competencyId: true, assessedOn: true, source: true, level: true, documentNumber: true, withdrawnAt: true },
  });
  const same = new Map<string, { withdrawn: boolean }>();
  /** The latest result of each slot that still counts (not withdrawn). */
  const slots = new Map<string, { level: number; documentNumber: string | null }>();
  for (const r of recorded) {
    const slot = slotKey(r.employeeId, r.competencyId, iso(r.assessedOn), r.source);
    const key = sameResultKey(slot, r.level, r.documentNumber);
    if (!same.has(key) || !r.withdrawnAt) same.set(key, { withdrawn: Boolean(r.withdrawnAt) });
    if (!r.withdrawnAt) slots.set(slot, { level: r.level, documentNumber: r.documentNumber });
  }
  return { byNip: new Map(employees.map((e) => [e.nip, e])), byCode: new Map(competencies.map((c) => [c.code, c])), same, slots };
}

export const assessmentResultsImport = defineImport<Field, AssessmentResultRow, Create, Create>({
  kind: "assessment-results",
  writes: ["CompetencyAssessment", "CompetencyResultSummary"],
  headers: [
    { field: "nip", headers: ["NIP", "NIP BARU", "NIP PEGAWAI"], required: true },
    { field: "code", headers: ["KODE KOMPETENSI", "KODE", "KOMPETENSI"], required: true },
    { field: "level", headers: ["LEVEL", "LEVEL KOMPETENSI", "TINGKAT", "NILAI"], required: true },
    { field: "assessedOn", headers: ["TANGGAL", "TANGGAL ASESMEN", "TANGGAL PENILAIAN", "TANGGAL UJI"], required: true },
    { field: "source", headers: ["SUMBER", "JENIS ASESMEN", "METODE"], required: true },
    { field: "assessor", headers: ["ASESOR", "PENILAI", "LEMBAGA", "PENYELENGGARA"], required: true },
    { field: "documentNumber", headers: ["NOMOR DOKUMEN", "NO DOKUMEN", "NOMOR LAPORAN", "NOMOR SERTIFIKAT"], required: false },
  ],
  limits: importLimits({ uploadBytes: 5 * 1024 * 1024, rows: 50_000, columns: 50 }),
  inlineRows: 2_000,

  parseRow(row) {
    const problems: { field: Field | null; message: string }[] = [];
    const nip = normalizeNip(row.cell("nip"));
    if (!/^\d{18}$/.test(nip)) problems.push({ field: "nip", message: "NIP harus 18 angka." });
    const code = normalCode(row.cell("code"));
    if (!code) problems.push({ field: "code", message: "KODE KOMPETENSI wajib diisi (misalnya M.01)." });
    else if (code.length > 40) problems.push({ field: "code", message: "KODE KOMPETENSI lebih dari 40 huruf." });
    const level = levelOf(row.cell("level"));
    if (level === null) problems.push({ field: "level", message: "LEVEL harus angka bulat 1 sampai 5." });
    const date = parseDateCell(row.cell("assessedOn"));
    if (!date.ok) problems.push({ field: "assessedOn", message: "TANGGAL bukan tanggal (tulis hh-bb-tttt, misalnya 02-05-2024)." });
    else if (date.date > iso(calendarToday())) problems.push({ field: "assessedOn", message: "TANGGAL setelah hari ini: hanya hasil yang sudah ada yang dicatat." });
    const sourceText = row.cell("source");
    const source = importedSourceOf(sourceText);
    if (source === "NOT_IMPORTABLE") problems.push({ field: "source", message: "SUMBER penilaian atasan atau penilaian diri tidak diimpor: keduanya diisi langsung di Bangkom." });
    else if (!source) problems.push({ field: "source", message: "SUMBER tidak dikenal (isi Assessment Center, Uji Kompetensi, atau 360)." });
    const assessorName = row.cell("assessor").replace(/\s+/g, " ");
    if (!assessorName) problems.push({ field: "assessor", message: "ASESOR wajib diisi (lembaga atau nama penilai)." });
    else if (assessorName.length > 200) problems.push({ field: "assessor", message: "ASESOR lebih dari 200 huruf." });
    const documentNumber = row.cell("documentNumber");
    if (documentNumber.length > 100) problems.push({ field: "documentNumber", message: "NOMOR DOKUMEN lebih dari 100 huruf." });
    if (problems.length || level === null || !date.ok || !source || source === "NOT_IMPORTABLE") return { ok: false, problems };
    return { ok: true, value: { nip, code, level, assessedOn: date.date, source, assessorName, documentNumber: documentNumber || null } };
  },

  async checkRows(rows, { agencyId, tx }) {
    const { byNip, byCode, same } = await context(tx, agencyId, rows);
    const problems: { line: number; field: Field | null; message: string; severity?: "warning" }[] = [];
    const firstLine = new Map<string, number>();
    for (const { line, value } of rows) {
      const employee = byNip.get(value.nip);
      const competency = byCode.get(value.code);
      // Another agency's NIP is as unknown as a mistyped one: an import never tells which NIPs exist elsewhere.
      if (!employee) problems.push({ line, field: "nip", message: "NIP tidak terdaftar sebagai pegawai instansi ini." });
      if (!competency) problems.push({ line, field: "code", message: `KODE KOMPETENSI ${value.code} tidak ada di kamus kompetensi instansi ini.` });
      const fileSlot = slotKey(value.nip, value.code, value.assessedOn, value.source);
      const first = firstLine.get(fileSlot);
      if (first !== undefined) problems.push({ line, field: null, message: `Hasil untuk NIP, kompetensi, tanggal dan sumber yang sama sudah ada di baris ${first}.` });
      else firstLine.set(fileSlot, line);
      if (!employee || !competency) continue;
      const recorded = same.get(sameResultKey(slotKey(employee.id, competency.id, value.assessedOn, value.source), value.level, value.documentNumber));
      if (recorded) {
        problems.push({
          line, field: null, severity: "warning",
          message: recorded.withdrawn ? "Sudah tercatat dan pernah ditarik: baris dilewati, hasil yang ditarik tidak dicatat ulang." : "Sudah tercatat: baris dilewati.",
        });
      }
    }
    return problems;
  },

  async plan(rows, { agencyId, tx }) {
    const { byNip, byCode, same, slots } = await context(tx, agencyId, rows);
    const plan: ImportPlan<Create, Create> = { creates: [], updates: [], unchanged: 0, missing: [] };
    for (const { line, value } of rows) {
      const employee = byNip.get(value.nip)!;
      const competency = byCode.get(value.code)!;
      const slot = slotKey(employee.id, competency.id, value.assessedOn, value.source);
      if (same.has(sameResultKey(slot, value.level, value.documentNumber))) {
        plan.unchanged += 1;
        continue;
      }
      const key = sameResultKey(slot, value.level, value.documentNumber);
      const label = `${employee.name} (${value.nip}), ${value.code} level ${value.level}, ${value.assessedOn}, ${SOURCE_NAMES[value.source]}`;
      const data: Create = {
        employeeId: employee.id, competencyId: competency.id, level: value.level, assessedOn: value.assessedOn, source: value.source,
        assessorName: value.assessorName, documentNumber: value.documentNumber,
      };
      const current = slots.get(slot);
      if (!current) {
        plan.creates.push({ line, key, label, data });
        continue;
      }
      const changes = [
        ...(current.level !== value.level ? [{ field: "LEVEL", before: String(current.level), after: String(value.level) }] : []),
        ...(current.documentNumber !== value.documentNumber ? [{ field: "NOMOR DOKUMEN", before: current.documentNumber, after: value.documentNumber }] : []),
      ];
      plan.updates.push({ line, key, label, changes, data });
    }
    return plan;
  },

  async apply(plan, { agencyId, tx, runId, actorUserId, progress }) {
    // Append-only: a "change" is a newer result of the same slot, never an edit of the old one.
    const rows = [...plan.creates, ...plan.updates].map(({ data }) => ({
      agencyId, employeeId: data.employeeId, competencyId: data.competencyId, level: data.level, assessedOn: new Date(`${data.assessedOn}T00:00:00.000Z`),
      source: data.source, assessorName: data.assessorName, documentNumber: data.documentNumber, importRunId: runId, recordedById: actorUserId,
    }));
    for (let i = 0; i < rows.length; i += 5_000) {
      await tx.competencyAssessment.createMany({ data: rows.slice(i, i + 5_000) });
      await progress(Math.min(1, (i + 5_000) / rows.length));
    }
  },
});
