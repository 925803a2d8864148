// One row of a SIASN "Export Data ASN" (or of Bangkom's template) read into an ASN: every problem of the row at
// once, each on its column, errors and warnings apart (asn-rules.ts decides which is which). Pure.
import type { EmployeeKind, Gender, PositionType } from "@/lib/generated/prisma/enums";
import { normalizeNip } from "@/lib/people/nip";
import { parseDateCell } from "../date-cell";
import type { FieldProblem, RowCells, RowOutcome } from "../define";
import type { AsnField } from "./asn-headers";
import { employeeKindOf, genderOf, nipFindings, positionTypeOf, rankOf } from "./asn-rules";

/** A good row. Optional texts are null when the cell is empty (an import then leaves the stored value alone). */
export type AsnRow = {
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  pnsId: string | null;
  nipLama: string | null;
  birthPlace: string | null;
  birthDate: string;
  gender: Gender;
  email: string | null;
  emailGov: string | null;
  kind: EmployeeKind;
  legalStatus: string | null;
  /** TMT CPNS (PNS) or the PPPK's appointment; the employee's service start. */
  serviceStartDate: string;
  pnsDate: string | null;
  rank: string;
  rankDate: string | null;
  positionType: PositionType;
  positionName: string;
  positionDate: string | null;
  unorId: string;
  unorName: string;
  unorParent: string | null;
  supervisorNip: string | null;
};

const NOT_A_DATE = "Bukan tanggal (tulis hh-bb-tttt, misalnya 31-12-2025).";
const MAX_TEXT = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseAsnRow(row: RowCells<AsnField>): RowOutcome<AsnRow, AsnField> {
  const errors: FieldProblem<AsnField>[] = [];
  const warnings: FieldProblem<AsnField>[] = [];
  const text = (field: AsnField, label: string, required = false): string | null => {
    const value = row.cell(field).replace(/\s+/g, " ");
    if (!value) {
      if (required) errors.push({ field, message: `${label} wajib diisi.` });
      return null;
    }
    if (value.length > MAX_TEXT) errors.push({ field, message: `${label} lebih dari ${MAX_TEXT} huruf.` });
    return value;
  };
  const date = (field: AsnField, label: string, required = false): string | null => {
    const cell = row.cell(field);
    if (!cell) {
      if (required) errors.push({ field, message: `${label} wajib diisi.` });
      return null;
    }
    const parsed = parseDateCell(cell);
    if (!parsed.ok) errors.push({ field, message: NOT_A_DATE });
    return parsed.ok ? parsed.date : null;
  };

  const nip = normalizeNip(row.cell("nip"));
  if (!/^\d{18}$/.test(nip)) errors.push({ field: "nip", message: "NIP harus 18 angka." });
  const name = text("name", "NAMA", true);
  const birthDate = date("birthDate", "TANGGAL LAHIR", true);
  const genderCell = row.cell("gender");
  const gender = genderOf(genderCell);
  if (!gender) errors.push({ field: "gender", message: genderCell ? "JENIS KELAMIN tidak dikenal (isi Laki-laki atau Perempuan)." : "JENIS KELAMIN wajib diisi." });

  const stated = employeeKindOf({ employeeType: row.cell("employeeType"), legalStatusId: row.cell("legalStatusId"), legalStatus: row.cell("legalStatus") });
  const kind: EmployeeKind = stated ?? (nip.slice(12, 14) === "21" ? "PPPK" : "PNS");
  const cpnsDate = date("cpnsDate", "TMT CPNS");
  const pnsDate = date("pnsDate", "TMT PNS");
  const rankDate = date("rankDate", "TMT GOLONGAN");
  const positionDate = date("positionDate", "TMT JABATAN");
  const serviceStartDate = cpnsDate ?? (kind === "PPPK" ? (positionDate ?? rankDate) : null);
  if (!serviceStartDate && !row.cell("cpnsDate")) {
    errors.push({ field: "cpnsDate", message: kind === "PNS" ? "TMT CPNS wajib diisi untuk PNS." : "TMT CPNS/TMT PPPK wajib diisi (atau TMT JABATAN)." });
  }

  if (/^\d{18}$/.test(nip)) {
    for (const f of nipFindings(nip, { kind, birthDate, gender, cpnsDate })) (f.severity === "error" ? errors : warnings).push({ field: f.field, message: f.message });
  }

  const rankCell = row.cell("rank");
  const rank = rankOf(rankCell);
  if (!rankCell) errors.push({ field: "rank", message: "GOL AKHIR wajib diisi." });
  else if (!rank) errors.push({ field: "rank", message: "GOL AKHIR tidak dikenal (PNS: I/a–IV/e; PPPK: I–XVII)." });
  else if (rank.system !== kind) {
    errors.push({
      field: "rank",
      message: kind === "PNS" ? `Golongan PPPK (${rank.rank}) pada PNS: PNS bergolongan I/a–IV/e.` : `Golongan PNS (${rank.rank}) pada PPPK: PPPK bergolongan I–XVII.`,
    });
  }

  const positionName = text("positionName", "JABATAN NAMA", true);
  const positionKind = row.cell("positionKind");
  const positionType = positionName ? positionTypeOf(positionKind, positionName) : null;
  if (positionName && !positionType) {
    errors.push({
      field: "positionKind",
      message: positionKind
        ? "Jenis jabatan tidak dapat ditentukan: tulis JPT Pratama, Administrator, Pengawas, Pelaksana, atau Fungsional dengan jenjangnya (misalnya Ahli Muda) di JABATAN NAMA."
        : "JENIS JABATAN wajib diisi.",
    });
  }
  const unorId = text("unorId", "UNOR ID", true);
  const unorName = text("unorName", "UNOR NAMA", true);
  const unorParent = text("unorParent", "UNOR INDUK");

  const supervisorCell = row.cell("supervisorNip");
  const supervisorNip = supervisorCell ? normalizeNip(supervisorCell) : null;
  if (supervisorNip !== null && !/^\d{18}$/.test(supervisorNip)) errors.push({ field: "supervisorNip", message: "NIP ATASAN harus 18 angka." });
  if (supervisorNip !== null && supervisorNip === nip) errors.push({ field: "supervisorNip", message: "NIP ATASAN tidak boleh NIP pegawai itu sendiri." });

  const email = (field: "email" | "emailGov", label: string) => {
    const value = text(field, label);
    if (value && !EMAIL.test(value)) {
      warnings.push({ field, message: `${label} bukan alamat e-mail; tidak disimpan.` });
      return null;
    }
    return value;
  };
  const personal = email("email", "EMAIL");
  const gov = email("emailGov", "EMAIL GOV");
  const frontTitle = text("frontTitle", "GELAR DEPAN");
  const backTitle = text("backTitle", "GELAR BELAKANG");
  const pnsId = text("pnsId", "PNS ID");
  const nipLama = text("nipLama", "NIP LAMA");
  const birthPlace = text("birthPlace", "TEMPAT LAHIR");
  const legalStatus = text("legalStatus", "KEDUDUKAN HUKUM");

  if (errors.length || !name || !birthDate || !gender || !serviceStartDate || !rank || !positionName || !positionType || !unorId || !unorName) {
    return { ok: false, problems: errors };
  }
  return {
    ok: true,
    warnings,
    value: {
      nip, name, frontTitle, backTitle, pnsId, nipLama, birthPlace, birthDate, gender, email: personal, emailGov: gov, kind, legalStatus,
      serviceStartDate, pnsDate, rank: rank.rank, rankDate, positionType, positionName, positionDate, unorId, unorName, unorParent, supervisorNip,
    },
  };
}
