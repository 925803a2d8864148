// Import kind "inactivity-periods": periods when an ASN is out of service (long leave, tugas belajar, other),
// which pro-rate the JP target (lib/compliance/sql.ts). The first kind on the import pipeline; it proves the
// contract end to end. A period is identified by NIP + kind + start date: a row whose period exists with the
// same end and note is unchanged, with another end or note an update, otherwise a new period. Periods of
// the file's employees that the file does not list are shown as missing and left alone.
import type { InactivityKind } from "@/lib/generated/prisma/client";
import { normalizeNip } from "@/lib/people/nip";
import { parseDateCell } from "../date-cell";
import { defineImport, type ImportPlan, type ParsedRow } from "../define";
import { importLimits } from "../limits";

type Field = "nip" | "kind" | "startDate" | "endDate" | "note";
export type InactivityRow = { nip: string; kind: InactivityKind; startDate: string; endDate: string; note: string | null };
type Create = { employeeId: string; kind: InactivityKind; startDate: string; endDate: string; note: string | null };
type Update = { id: string; endDate: string; note: string | null };

const KIND_WORDS: Record<string, InactivityKind> = {
  cutibesar: "LONG_LEAVE", cutipanjang: "LONG_LEAVE", cltn: "LONG_LEAVE", cutidiluartanggungannegara: "LONG_LEAVE", longleave: "LONG_LEAVE",
  tugasbelajar: "STUDY_ASSIGNMENT", tb: "STUDY_ASSIGNMENT", studyassignment: "STUDY_ASSIGNMENT",
  lainnya: "OTHER", lain: "OTHER", other: "OTHER",
};

/** "Cuti Besar", "TUGAS_BELAJAR", "tb" → the kind; unknown words → null. */
export function inactivityKindOf(text: string): InactivityKind | null {
  return KIND_WORDS[text.toLowerCase().replace(/[\s_.\-]+/g, "")] ?? null;
}

const keyOf = (employeeOrNip: string, kind: string, startDate: string) => `${employeeOrNip}|${kind}|${startDate}`;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export const inactivityPeriodsImport = defineImport<Field, InactivityRow, Create, Update>({
  kind: "inactivity-periods",
  writes: ["InactivityPeriod"],
  headers: [
    { field: "nip", headers: ["NIP", "NIP BARU", "NIP PEGAWAI"], required: true },
    { field: "kind", headers: ["JENIS", "JENIS KETIDAKAKTIFAN", "JENIS CUTI"], required: true },
    { field: "startDate", headers: ["TANGGAL MULAI", "MULAI", "TMT MULAI", "DARI"], required: true },
    { field: "endDate", headers: ["TANGGAL SELESAI", "SELESAI", "TANGGAL AKHIR", "SAMPAI"], required: true },
    { field: "note", headers: ["KETERANGAN", "CATATAN"], required: false },
  ],
  limits: importLimits({ uploadBytes: 5 * 1024 * 1024, rows: 20_000, columns: 50 }),
  inlineRows: 2_000,

  parseRow(row) {
    const problems: { field: Field | null; message: string }[] = [];
    const nip = normalizeNip(row.cell("nip"));
    if (!/^\d{18}$/.test(nip)) problems.push({ field: "nip", message: "NIP harus 18 angka." });
    const kind = inactivityKindOf(row.cell("kind"));
    if (!kind) problems.push({ field: "kind", message: "Jenis tidak dikenal (isi Cuti Besar, Tugas Belajar, atau Lainnya)." });
    const start = parseDateCell(row.cell("startDate"));
    if (!start.ok) problems.push({ field: "startDate", message: "Bukan tanggal (tulis hh-bb-tttt, misalnya 31-12-2025)." });
    const end = parseDateCell(row.cell("endDate"));
    if (!end.ok) problems.push({ field: "endDate", message: "Bukan tanggal (tulis hh-bb-tttt, misalnya 31-12-2025)." });
    if (start.ok && end.ok && end.date < start.date) problems.push({ field: "endDate", message: "Tanggal selesai sebelum tanggal mulai." });
    const note = row.cell("note");
    if (note.length > 500) problems.push({ field: "note", message: "Keterangan lebih dari 500 huruf." });
    if (problems.length || !kind || !start.ok || !end.ok) return { ok: false, problems };
    return { ok: true, value: { nip, kind, startDate: start.date, endDate: end.date, note: note || null } };
  },

  async checkRows(rows, { agencyId, tx }) {
    const nips = [...new Set(rows.map((r) => r.value.nip))];
    const known = new Set((await tx.employee.findMany({ where: { agencyId, nip: { in: nips } }, select: { nip: true } })).map((e) => e.nip));
    const problems: { line: number; field: Field | null; message: string }[] = [];
    const firstLine = new Map<string, number>();
    for (const { line, value } of rows) {
      if (!known.has(value.nip)) problems.push({ line, field: "nip", message: "NIP tidak terdaftar sebagai pegawai instansi ini." });
      const key = keyOf(value.nip, value.kind, value.startDate);
      const first = firstLine.get(key);
      if (first === undefined) firstLine.set(key, line);
      else problems.push({ line, field: null, message: `Periode yang sama sudah ada di baris ${first}.` });
    }
    return problems;
  },

  async plan(rows: readonly ParsedRow<InactivityRow>[], { agencyId, tx }) {
    const employees = await tx.employee.findMany({ where: { agencyId, nip: { in: [...new Set(rows.map((r) => r.value.nip))] } }, select: { id: true, nip: true, name: true } });
    const byNip = new Map(employees.map((e) => [e.nip, e]));
    const existing = await tx.inactivityPeriod.findMany({
      where: { agencyId, employeeId: { in: employees.map((e) => e.id) } },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      select: { id: true, employeeId: true, kind: true, startDate: true, endDate: true, note: true },
    });
    const byKey = new Map<string, (typeof existing)[number]>();
    for (const p of existing) if (!byKey.has(keyOf(p.employeeId, p.kind, isoDate(p.startDate)))) byKey.set(keyOf(p.employeeId, p.kind, isoDate(p.startDate)), p);
    const plan: ImportPlan<Create, Update> = { creates: [], updates: [], unchanged: 0, missing: [] };
    const seen = new Set<string>();
    for (const { line, value } of rows) {
      const employee = byNip.get(value.nip)!;
      const key = keyOf(employee.id, value.kind, value.startDate);
      const label = `${employee.name} (${value.nip}), ${value.startDate}`;
      seen.add(key);
      const current = byKey.get(key);
      if (!current) {
        plan.creates.push({ line, key, label, data: { employeeId: employee.id, kind: value.kind, startDate: value.startDate, endDate: value.endDate, note: value.note } });
        continue;
      }
      const changes = [
        ...(isoDate(current.endDate) !== value.endDate ? [{ field: "endDate", before: isoDate(current.endDate), after: value.endDate }] : []),
        ...((current.note ?? null) !== value.note ? [{ field: "note", before: current.note, after: value.note }] : []),
      ];
      if (changes.length) plan.updates.push({ line, key, label, changes, data: { id: current.id, endDate: value.endDate, note: value.note } });
      else plan.unchanged += 1;
    }
    const nameOf = new Map(employees.map((e) => [e.id, `${e.name} (${e.nip})`]));
    for (const [key, p] of byKey) if (!seen.has(key)) plan.missing.push({ key, label: `${nameOf.get(p.employeeId)}, ${isoDate(p.startDate)}` });
    return plan;
  },

  async apply(plan, { agencyId, tx, audit }) {
    const toDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
    await tx.inactivityPeriod.createMany({
      data: plan.creates.map(({ data }) => ({ agencyId, employeeId: data.employeeId, kind: data.kind, startDate: toDate(data.startDate), endDate: toDate(data.endDate), note: data.note })),
    });
    for (const update of plan.updates) {
      await tx.inactivityPeriod.update({ where: { id: update.data.id, agencyId }, data: { endDate: toDate(update.data.endDate), note: update.data.note } });
      const before = Object.fromEntries(update.changes.map((c) => [c.field, c.before]));
      const after = Object.fromEntries(update.changes.map((c) => [c.field, c.after]));
      await audit({ action: "update", entity: "InactivityPeriod", entityId: update.data.id, before, after });
    }
  },
});
