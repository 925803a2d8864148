// Bangkom's ASN template: an XLSX with SIASN's "Export Data ASN" columns plus NIP ATASAN, each header carrying a
// note that says what to write, and a second sheet with the same notes for those who do not see cell notes.
// import-ui serves it for download; a filled copy imports as kind "asn" (the headers are ASN_HEADERS' own names).
import ExcelJS from "exceljs";
import { ASN_HEADERS, type AsnField } from "./asn-headers";

const DATE = "Tanggal: hh-bb-tttt (misalnya 31-12-1985), atau sel bertipe tanggal.";

/** What to write in each column, in Bahasa Indonesia. */
export const ASN_TEMPLATE_NOTES: Record<AsnField, string> = {
  pnsId: "PNS ID dari SIASN (boleh kosong).",
  nip: "NIP 18 angka, tanpa spasi atau titik. Untuk PNS, tanggal lahir, jenis kelamin dan TMT CPNS di NIP harus cocok dengan kolomnya.",
  nipLama: "NIP lama 9 angka (boleh kosong).",
  name: "Nama lengkap tanpa gelar.",
  frontTitle: "Gelar depan, misalnya Dr. atau Ir. (boleh kosong).",
  backTitle: "Gelar belakang, misalnya S.T., M.T. (boleh kosong).",
  birthPlace: "Tempat lahir (boleh kosong).",
  birthDate: `${DATE} Wajib.`,
  gender: "Laki-laki atau Perempuan (L/P). Wajib.",
  email: "E-mail pribadi (boleh kosong).",
  emailGov: "E-mail dinas (boleh kosong).",
  employeeType: "PNS atau PPPK.",
  legalStatusId: "ID kedudukan hukum SIASN; 71, 72, 73 = PPPK (boleh kosong).",
  legalStatus: "Kedudukan hukum, misalnya Aktif atau PPPK Aktif (boleh kosong).",
  cpnsDate: `TMT CPNS (untuk PPPK: TMT pengangkatan). ${DATE} Wajib untuk PNS.`,
  pnsDate: `TMT PNS. ${DATE} Boleh kosong.`,
  rank: "Golongan terakhir: PNS I/a–IV/e (misalnya III/b), PPPK I–XVII (misalnya IX). Wajib.",
  rankDate: `TMT golongan. ${DATE} Boleh kosong.`,
  positionKind: "Struktural, Fungsional Tertentu, Fungsional Umum/Pelaksana, atau langsung JPT Pratama, Administrator, Pengawas. Wajib.",
  positionName: "Nama jabatan; jabatan fungsional dengan jenjangnya, misalnya Pranata Komputer Ahli Muda. Wajib.",
  positionDate: `TMT jabatan; menjadi tanggal riwayat bila unit atau jabatan berubah. ${DATE}`,
  unorId: "ID unit organisasi (UNOR) SIASN; unit dicocokkan dengan ID ini atau dibuat baru. Wajib.",
  unorName: "Nama unit organisasi. Wajib.",
  unorParent: "UNOR ID atau nama unit induknya; kosong untuk perangkat daerah (OPD) di puncak pohon.",
  supervisorNip: "NIP atasan langsung (boleh kosong: atasan diambil dari pemegang jabatan kepala unit).",
};

const REQUIRED_FILL = "FFFDE68A";
const OPTIONAL_FILL = "FFE2E8F0";

/** The template workbook's bytes. */
export async function asnTemplate(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Bangkom";
  const sheet = workbook.addWorksheet("Data ASN", { views: [{ state: "frozen", ySplit: 1 }] });
  const header = sheet.getRow(1);
  ASN_HEADERS.forEach((spec, index) => {
    const cell = header.getCell(index + 1);
    cell.value = spec.headers[0];
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: spec.required ? REQUIRED_FILL : OPTIONAL_FILL } };
    cell.note = ASN_TEMPLATE_NOTES[spec.field];
    const column = sheet.getColumn(index + 1);
    column.width = Math.max(14, spec.headers[0].length + 4);
    // NIPs and IDs stay text: Excel would show an 18-digit number as 1.98E+17 and drop its last digits.
    if (spec.field === "nip" || spec.field === "supervisorNip" || spec.field === "nipLama" || spec.field === "unorId" || spec.field === "pnsId") column.numFmt = "@";
  });
  const guide = workbook.addWorksheet("Petunjuk");
  guide.columns = [{ header: "Kolom", width: 24 }, { header: "Wajib", width: 8 }, { header: "Isi", width: 100 }];
  guide.getRow(1).font = { bold: true };
  for (const spec of ASN_HEADERS) guide.addRow([spec.headers[0], spec.required ? "ya" : "", ASN_TEMPLATE_NOTES[spec.field]]);
  guide.addRow([]);
  guide.addRow(["", "", "Berkas ekspor SIASN \"Export Data ASN\" dapat diunggah langsung; kolom lain diabaikan. Kolom kuning wajib."]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
