// Import kind "training-history": SIASN's riwayat kursus/diklat export (namaKursus, jumlahJam in JP of 45 minutes,
// tanggal, tanggalSelesai, institusiPenyelenggara, noSertipikat, with the NIP), each row a verified historical
// JP ledger entry of source IMPORT dated its last day (decision 0027). An entry is the same one again when the
// person (NIP), certificate number and dates match (lib/ledger/rules.ts importKey; a unique index on LedgerEntry
// says so too), so re-importing credits nothing twice. When the file's hours for a known entry differ from what
// the ledger holds for it (the entry and its corrections), the difference is written as a correction naming it:
// the ledger is never edited. Entries of the file's people that the file does not list are shown as missing and
// left alone. Unknown NIPs, another agency's NIP, bad or future dates, hours that are not positive, the same
// training twice in the file, and a change in a closed year are row errors.
import type { RouteCode } from "@/lib/generated/prisma/enums";
import { correctLedger, importLedger } from "@/lib/ledger/commands";
import { jpToMinutes, formatMinutesJp, importKey, ledgerYear } from "@/lib/ledger/rules";
import { normalizeNip } from "@/lib/people/nip";
import { calendarToday } from "@/lib/time";
import type { Tx } from "@/lib/db";
import { parseDateCell } from "../date-cell";
import { defineImport, type ImportPlan, type ParsedRow } from "../define";
import { importLimits } from "../limits";

type Field = "nip" | "title" | "hours" | "startDate" | "endDate" | "organiser" | "certificateNumber" | "courseKind";
export type TrainingHistoryRow = {
  nip: string; title: string; minutes: number; startDate: string; endDate: string;
  organiser: string | null; certificateNumber: string | null; routeCode: RouteCode; key: string;
};
type Create = Omit<TrainingHistoryRow, "nip" | "key"> & { employeeId: string; key: string };
type Update = { employeeId: string; entryId: string; title: string; routeCode: RouteCode; endDate: string; minutes: number };

/** SIASN's jenis kursus/diklat, in words, to a development route (PermenLAN 10/2018); a plain course by default. */
const ROUTE_WORDS: [RegExp, RouteCode][] = [
  // The most specific first: "Bimbingan Teknis" is a bimtek, not a technical course.
  [/bimbingan|bimtek/, "KL10"],
  [/kepemimpinan|struktural|pkn|pka|pkp|diklatpim/, "KL01"],
  [/manajerial/, "KL02"],
  [/teknis/, "KL03"],
  [/fungsional/, "KL04"],
  [/seminar|konferensi/, "KL06"],
  [/workshop|lokakarya/, "KL07"],
  [/penataran/, "KL09"],
  [/sosialisasi/, "KL11"],
  [/elearning|daring/, "NKL03"],
  [/kursus/, "KL08"],
];

export function routeOfCourseKind(text: string): RouteCode {
  const word = text.toLowerCase().replace(/[\s_.\-]+/g, "");
  return ROUTE_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? "KL08";
}

/** "2", "2,5", "2.67" → minutes (JP of 45 minutes, converted once); null when not a positive number. */
export function hoursToMinutes(text: string): number | null {
  const normal = text.trim().replace(",", ".");
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(normal)) return null;
  const minutes = jpToMinutes(Number(normal));
  return minutes > 0 ? minutes : null;
}

const DATE_HINT = "Bukan tanggal (tulis hh-bb-tttt, misalnya 31-12-2025).";

/** The file's NIPs: employees of this agency by NIP, and the NIPs that belong to another agency. */
async function peopleOf(tx: Tx, agencyId: string, rows: readonly ParsedRow<TrainingHistoryRow>[]) {
  const nips = [...new Set(rows.map((r) => r.value.nip))];
  const found = await tx.employee.findMany({ where: { nip: { in: nips } }, select: { id: true, nip: true, name: true, agencyId: true } });
  const ours = new Map(found.filter((e) => e.agencyId === agencyId).map((e) => [e.nip, e]));
  const elsewhere = new Set(found.filter((e) => e.agencyId !== agencyId).map((e) => e.nip));
  return { ours, elsewhere };
}

/** The imported entries of these people, by person and key, with what the ledger holds for each (entry + corrections). */
async function importedOf(tx: Tx, agencyId: string, employeeIds: readonly string[]) {
  const rows = await tx.$queryRaw<{ id: string; employeeId: string; importKey: string; title: string; net: number }[]>`
    SELECT l.id::text AS id, l."employeeId"::text AS "employeeId", l."importKey", l.title,
      (l.minutes + coalesce((SELECT sum(c.minutes) FROM "LedgerEntry" c WHERE c."correctsId" = l.id AND c."agencyId" = l."agencyId"), 0))::int AS net
    FROM "LedgerEntry" l
    WHERE l."agencyId" = ${agencyId}::uuid AND l."employeeId" = ANY(${[...employeeIds]}::uuid[]) AND l."importKey" IS NOT NULL`;
  return new Map(rows.map((r) => [`${r.employeeId}|${r.importKey}`, r]));
}

export const trainingHistoryImport = defineImport<Field, TrainingHistoryRow, Create, Update>({
  kind: "training-history",
  writes: ["LedgerEntry"],
  headers: [
    { field: "nip", headers: ["nipBaru", "NIP", "NIP BARU", "nip"], required: true },
    { field: "title", headers: ["namaKursus", "NAMA KURSUS", "namaDiklat", "NAMA DIKLAT"], required: true },
    { field: "hours", headers: ["jumlahJam", "JUMLAH JAM", "JP"], required: true },
    { field: "startDate", headers: ["tanggal", "tanggalKursus", "TANGGAL MULAI", "tanggalMulai"], required: true },
    { field: "endDate", headers: ["tanggalSelesai", "TANGGAL SELESAI", "tanggalSelesaiKursus"], required: false },
    { field: "organiser", headers: ["institusiPenyelenggara", "INSTITUSI PENYELENGGARA", "penyelenggara"], required: false },
    { field: "certificateNumber", headers: ["noSertipikat", "NO SERTIPIKAT", "noSertifikat", "NOMOR SERTIFIKAT"], required: false },
    { field: "courseKind", headers: ["jenisKursus", "JENIS KURSUS", "jenisDiklat", "JENIS DIKLAT"], required: false },
  ],
  limits: importLimits({ uploadBytes: 10 * 1024 * 1024, rows: 50_000, columns: 60 }),
  inlineRows: 2_000,

  parseRow(row) {
    const problems: { field: Field | null; message: string }[] = [];
    const nip = normalizeNip(row.cell("nip"));
    if (!/^\d{18}$/.test(nip)) problems.push({ field: "nip", message: "NIP harus 18 angka." });
    const title = row.cell("title").replace(/\s+/g, " ");
    if (!title) problems.push({ field: "title", message: "Nama kursus wajib diisi." });
    else if (title.length > 300) problems.push({ field: "title", message: "Nama kursus lebih dari 300 huruf." });
    const minutes = hoursToMinutes(row.cell("hours"));
    if (minutes === null) problems.push({ field: "hours", message: "Jumlah jam harus angka lebih dari 0 (dalam JP, 1 JP = 45 menit), misalnya 2 atau 2,5." });
    const start = parseDateCell(row.cell("startDate"));
    if (!start.ok) problems.push({ field: "startDate", message: DATE_HINT });
    const endText = row.cell("endDate");
    const end = endText ? parseDateCell(endText) : start;
    if (!end.ok && endText) problems.push({ field: "endDate", message: DATE_HINT });
    if (start.ok && end.ok && end.date < start.date) problems.push({ field: "endDate", message: "Tanggal selesai sebelum tanggal mulai." });
    if (end.ok && end.date > calendarToday().toISOString().slice(0, 10)) problems.push({ field: endText ? "endDate" : "startDate", message: "Tanggal setelah hari ini: riwayat hanya untuk pelatihan yang sudah selesai." });
    const organiser = row.cell("organiser");
    if (organiser.length > 200) problems.push({ field: "organiser", message: "Institusi penyelenggara lebih dari 200 huruf." });
    const certificateNumber = row.cell("certificateNumber");
    if (certificateNumber.length > 100) problems.push({ field: "certificateNumber", message: "Nomor sertifikat lebih dari 100 huruf." });
    if (problems.length || minutes === null || !start.ok || !end.ok) return { ok: false, problems };
    const value = {
      nip, title, minutes, startDate: start.date, endDate: end.date, organiser: organiser || null, certificateNumber: certificateNumber || null,
      routeCode: routeOfCourseKind(row.cell("courseKind")),
    };
    return { ok: true, value: { ...value, key: importKey(value) } };
  },

  async checkRows(rows, { agencyId, tx }) {
    const { ours, elsewhere } = await peopleOf(tx, agencyId, rows);
    const imported = await importedOf(tx, agencyId, [...ours.values()].map((e) => e.id));
    const closed = new Set((await tx.yearClose.findMany({ where: { agencyId }, select: { year: true } })).map((c) => c.year));
    const problems: { line: number; field: Field | null; message: string }[] = [];
    const firstLine = new Map<string, number>();
    for (const { line, value } of rows) {
      const employee = ours.get(value.nip);
      if (!employee) {
        problems.push({ line, field: "nip", message: elsewhere.has(value.nip) ? "NIP terdaftar pada instansi lain." : "NIP tidak terdaftar sebagai pegawai instansi ini." });
        continue;
      }
      const key = `${value.nip}|${value.key}`;
      const first = firstLine.get(key);
      if (first !== undefined) problems.push({ line, field: null, message: `Pelatihan yang sama (NIP, nomor sertifikat dan tanggal) sudah ada di baris ${first}.` });
      else firstLine.set(key, line);
      const current = imported.get(`${employee.id}|${value.key}`);
      const year = ledgerYear(new Date(`${value.endDate}T00:00:00Z`));
      if ((!current || current.net !== value.minutes) && closed.has(year)) {
        problems.push({ line, field: "endDate", message: `Tahun ${year} sudah ditutup: riwayatnya tidak dapat ditambah atau diubah lewat impor (gunakan koreksi JP dengan alasan).` });
      }
    }
    return problems;
  },

  async plan(rows, { agencyId, tx }) {
    const { ours } = await peopleOf(tx, agencyId, rows);
    const imported = await importedOf(tx, agencyId, [...ours.values()].map((e) => e.id));
    const plan: ImportPlan<Create, Update> = { creates: [], updates: [], unchanged: 0, missing: [] };
    const seen = new Set<string>();
    for (const { line, value } of rows) {
      const employee = ours.get(value.nip)!;
      const key = `${employee.id}|${value.key}`;
      const label = `${employee.name} (${value.nip}), ${value.title}, ${value.startDate}–${value.endDate}`;
      seen.add(key);
      const current = imported.get(key);
      const { nip: _nip, ...entry } = value;
      if (!current) plan.creates.push({ line, key, label, data: { ...entry, employeeId: employee.id } });
      else if (current.net === value.minutes) plan.unchanged += 1;
      else {
        plan.updates.push({
          line, key, label,
          changes: [{ field: "jumlahJam", before: formatMinutesJp(current.net), after: formatMinutesJp(value.minutes) }],
          data: { employeeId: employee.id, entryId: current.id, title: value.title, routeCode: value.routeCode, endDate: value.endDate, minutes: value.minutes - current.net },
        });
      }
    }
    const nameOf = new Map([...ours.values()].map((e) => [e.id, `${e.name} (${e.nip})`]));
    for (const [key, entry] of imported) if (!seen.has(key)) plan.missing.push({ key, label: `${nameOf.get(entry.employeeId)}, ${entry.title}` });
    return plan;
  },

  async apply(plan, { agencyId, tx, runId, audit }) {
    const toDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
    const run = await tx.importRun.findUniqueOrThrow({ where: { agencyId_id: { agencyId, id: runId } }, select: { createdById: true, fileName: true } });
    // Through the ledger's door, one statement for every new entry (the year totals are recounted once).
    await importLedger(tx, plan.creates.map(({ data }) => ({
      agencyId, employeeId: data.employeeId, minutes: data.minutes, startDate: toDate(data.startDate), endDate: toDate(data.endDate),
      routeCode: data.routeCode, title: data.title, organiser: data.organiser, certificateNumber: data.certificateNumber,
      importKey: data.key, importRunId: runId, createdById: run.createdById,
    })));
    for (const update of plan.updates) {
      const { data } = update;
      const created = await correctLedger(tx, {
        agencyId, employeeId: data.employeeId, minutes: data.minutes, date: toDate(data.endDate), routeCode: data.routeCode,
        title: `Koreksi: ${data.title}`, correctsId: data.entryId, reason: `Impor riwayat diklat (${run.fileName}): jumlah jam diperbarui`,
        createdById: run.createdById,
      });
      await audit({ action: "ledger.importCorrect", entity: "LedgerEntry", entityId: created.id, before: { jumlahJam: update.changes[0]!.before }, after: { jumlahJam: update.changes[0]!.after, correctsId: data.entryId, minutes: data.minutes } });
    }
  },
});
