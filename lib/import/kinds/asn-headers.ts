// The columns of SIASN's "Export Data ASN" and of Bangkom's own ASN template, in ONE place: each field with the
// header texts it is known by (the first is the one shown: in messages, the template and the error file).
// Headers are matched after normalising case, spaces, underscores, dots, dashes and a byte-order mark
// (lib/import/headers.ts), so "Nip_Baru", "nip baru" and "NIP.BARU" are the same column. SIASN writes some
// fields twice, as "… ID" and "… NAMA": the name column is the one read (listed here), except KEDUDUKAN HUKUM,
// whose ID (71/72/73 = PPPK) is read too. Pure.
import type { HeaderSpec } from "../headers";

export const ASN_HEADERS = [
  { field: "pnsId", headers: ["PNS ID", "ID PNS"], required: false },
  { field: "nip", headers: ["NIP BARU", "NIP", "NIP 18"], required: true },
  { field: "nipLama", headers: ["NIP LAMA"], required: false },
  { field: "name", headers: ["NAMA", "NAMA LENGKAP", "NAMA PEGAWAI"], required: true },
  { field: "frontTitle", headers: ["GELAR DEPAN"], required: false },
  { field: "backTitle", headers: ["GELAR BELAKANG"], required: false },
  { field: "birthPlace", headers: ["TEMPAT LAHIR", "TEMPAT LAHIR NAMA"], required: false },
  { field: "birthDate", headers: ["TANGGAL LAHIR", "TGL LAHIR"], required: true },
  { field: "gender", headers: ["JENIS KELAMIN", "JENIS KELAMIN NAMA", "JK"], required: true },
  { field: "email", headers: ["EMAIL", "E-MAIL", "EMAIL PRIBADI"], required: false },
  { field: "emailGov", headers: ["EMAIL GOV", "EMAIL GOVERNMENT", "EMAIL DINAS"], required: false },
  { field: "employeeType", headers: ["JENIS PEGAWAI", "JENIS PEGAWAI NAMA"], required: false },
  { field: "legalStatusId", headers: ["KEDUDUKAN HUKUM ID", "KEDUDUKAN PNS ID"], required: false },
  { field: "legalStatus", headers: ["KEDUDUKAN HUKUM NAMA", "KEDUDUKAN HUKUM", "KEDUDUKAN PNS NAMA", "KEDUDUKAN PNS"], required: false },
  { field: "cpnsDate", headers: ["TMT CPNS", "TMT PPPK", "TMT PENGANGKATAN"], required: false },
  { field: "pnsDate", headers: ["TMT PNS"], required: false },
  { field: "rank", headers: ["GOL AKHIR", "GOL AKHIR NAMA", "GOLONGAN AKHIR", "GOL RUANG AKHIR", "GOLONGAN", "GOL", "PANGKAT GOLONGAN"], required: true },
  { field: "rankDate", headers: ["TMT GOLONGAN", "TMT GOL", "TMT GOL AKHIR"], required: false },
  { field: "positionKind", headers: ["JENIS JABATAN", "JENIS JABATAN NAMA"], required: true },
  { field: "positionName", headers: ["JABATAN NAMA", "NAMA JABATAN", "JABATAN"], required: true },
  { field: "positionDate", headers: ["TMT JABATAN"], required: false },
  { field: "unorId", headers: ["UNOR ID", "ID UNOR"], required: true },
  { field: "unorName", headers: ["UNOR NAMA", "NAMA UNOR", "UNOR"], required: true },
  { field: "unorParent", headers: ["UNOR INDUK", "UNOR INDUK ID", "UNOR INDUK NAMA", "INDUK UNOR"], required: false },
  { field: "supervisorNip", headers: ["NIP ATASAN", "NIP ATASAN LANGSUNG", "ATASAN LANGSUNG NIP"], required: false },
] as const satisfies HeaderSpec;

export type AsnField = (typeof ASN_HEADERS)[number]["field"];

/** The template's columns, in order: SIASN's export columns plus NIP ATASAN. */
export const ASN_TEMPLATE_COLUMNS: readonly AsnField[] = ASN_HEADERS.map((h) => h.field);

/**
 * What an employee's fields are called in the dry run's changes (FieldChange.field). Keys are the Employee
 * fields the import compares; `unit`, `position` and `supervisor` show names (and the supervisor's NIP).
 */
export const ASN_CHANGE_FIELDS = {
  name: "NAMA", frontTitle: "GELAR DEPAN", backTitle: "GELAR BELAKANG", kind: "JENIS PEGAWAI", gender: "JENIS KELAMIN",
  birthDate: "TANGGAL LAHIR", birthPlace: "TEMPAT LAHIR", rank: "GOL AKHIR", rankDate: "TMT GOLONGAN",
  serviceStartDate: "TMT CPNS", pnsDate: "TMT PNS", email: "EMAIL", emailGov: "EMAIL GOV", pnsId: "PNS ID",
  nipLama: "NIP LAMA", legalStatus: "KEDUDUKAN HUKUM", unit: "UNOR", position: "JABATAN", supervisor: "ATASAN",
  serviceEndDate: "AKHIR MASA KERJA",
} as const;

export type AsnChangeField = keyof typeof ASN_CHANGE_FIELDS;
