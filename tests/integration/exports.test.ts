// Exports against real PostgreSQL: the files are read back with exceljs, as a spreadsheet program would.
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/load-viewer";
import { complianceAll } from "@/lib/compliance/queries";
import { db } from "@/lib/db";
import { COMPLIANCE_COLUMNS, complianceListExport, opdSummaryExport, teamExport } from "@/lib/export/compliance-exports";
import { respond } from "@/lib/export/http";
import { ownLedgerExport, SIASN_COLUMNS, siasnExport } from "@/lib/export/ledger-exports";
import { siasnCourses } from "@/lib/export/siasn-queries";
import type { ExportSpec } from "@/lib/export/spec";
import { toXlsx } from "@/lib/export/table";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatNip } from "@/lib/people/nip";
import { buildWorld, type World } from "./world";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let w: World;
let admin: Viewer;
let ids: { batchTeknis: string; batchOnline: string; batchFungsional: string };

async function entry(agencyId: string, employeeId: string, minutes: number, date: string, extra: Partial<Prisma.LedgerEntryUncheckedCreateInput> = {}) {
  return db.ledgerEntry.create({
    data: { agencyId, employeeId, minutes, date: day(date), year: Number(date.slice(0, 4)), source: "BATCH", routeCode: "KL03", title: "Pelatihan", ...extra },
  });
}

async function batchOf(agencyId: string, p: { title: string; routeCode: "KL01" | "KL03" | "KL04"; organiser: string; start: string; end: string; venue?: string; onlineUrl?: string }) {
  const program = await db.program.create({ data: { agencyId, title: p.title, description: "", objectives: "", routeCode: p.routeCode, organiser: p.organiser } });
  return db.batch.create({
    data: {
      agencyId, programId: program.id, number: 1, startDate: day(p.start), endDate: day(p.end), capacity: 30,
      venue: p.venue ?? null, onlineUrl: p.onlineUrl ?? null,
      registrationOpensAt: day("2025-01-01"), registrationClosesAt: day(p.start), status: "DONE",
    },
  });
}

async function external(employeeId: string, status: "VERIFIED" | "SUBMITTED", p: { title: string; minutes: number; certificate: string; agencyId?: string }) {
  return db.externalTraining.create({
    data: {
      agencyId: p.agencyId ?? w.agencyA.id, employeeId, title: p.title, organiser: "Lembaga Administrasi Negara", location: "Jakarta",
      routeCode: "KL04", startDate: day("2025-08-04"), endDate: day("2025-08-06"), minutes: p.minutes, certificateNumber: p.certificate,
      fileKey: "k", fileName: "s.pdf", fileType: "application/pdf", fileSize: 10, fileSha256: "0", status,
      decidedAt: status === "VERIFIED" ? new Date() : null,
    },
  });
}

beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  // Everyone in service all through 2025 (the factory derives the start from the NIP).
  await db.employee.updateMany({ data: { serviceStartDate: day("2010-01-01") } });
  const a = w.agencyA.id;
  const { staff1, staff2, kabid, other, outsider } = w.people;

  const teknis = await batchOf(a, { title: "Pelatihan Analisis Kebijakan", routeCode: "KL03", organiser: "BKPP Kota Uji", start: "2025-06-09", end: "2025-06-10", venue: "Aula BKPP" });
  const online = await batchOf(a, { title: "PKP Angkatan Daring", routeCode: "KL01", organiser: "BKPP Kota Uji", start: "2025-03-03", end: "2025-03-05", onlineUrl: "https://meet.example/pkp" });
  const fungsional = await batchOf(a, { title: "Pelatihan Fungsional Arsiparis", routeCode: "KL04", organiser: "ANRI", start: "2025-09-01", end: "2025-09-02", venue: "Gedung ANRI" });
  ids = { batchTeknis: teknis.id, batchOnline: online.id, batchFungsional: fungsional.id };

  // staff1, issue 4's example 1: 510 internal + 180 verified external = 690 minutes (15,33 JP); a 450-minute
  // submission not yet verified does not count; a 2024 entry belongs to 2024.
  await entry(a, staff1.id, 510, "2025-06-10", { batchId: teknis.id, title: "Pelatihan Analisis Kebijakan (angkatan 1)" });
  const verified = await external(staff1.id, "VERIFIED", { title: "Pelatihan Arsip Digital", minutes: 180, certificate: "LAN-2025/0042" });
  await entry(a, staff1.id, 180, "2025-08-06", { source: "EXTERNAL", routeCode: "KL04", externalTrainingId: verified.id, title: verified.title });
  await external(staff1.id, "SUBMITTED", { title: "Seminar Belum Diverifikasi", minutes: 450, certificate: "SEM-0001" });
  await entry(a, staff1.id, 200, "2024-11-11", { batchId: teknis.id, title: "Tahun lalu" });

  // staff2, example 4: +360 reversed by a correction (as reopening a batch does: batchId and correctsId), then +300.
  const first = await entry(a, staff2.id, 360, "2025-03-05", { batchId: online.id, routeCode: "KL01" });
  await entry(a, staff2.id, -360, "2025-03-05", { source: "CORRECTION", routeCode: "KL01", batchId: online.id, correctsId: first.id, reason: "Angkatan dibuka kembali" });
  await entry(a, staff2.id, 300, "2025-09-02", { batchId: fungsional.id, routeCode: "KL04" });

  // kabid: a verified external reversed by a correction that names only the entry it corrects.
  const kabidExternal = await external(kabid.id, "VERIFIED", { title: "Kursus Dibatalkan", minutes: 180, certificate: "BATAL-1" });
  const credited = await entry(a, kabid.id, 180, "2025-08-06", { source: "EXTERNAL", routeCode: "KL04", externalTrainingId: kabidExternal.id });
  await entry(a, kabid.id, -180, "2025-08-06", { source: "CORRECTION", routeCode: "KL04", correctsId: credited.id, reason: "Sertifikat ganda" });

  // other (Dinas Y) and an employee of agency B.
  await entry(a, other.id, 300, "2025-06-10", { batchId: teknis.id });
  const elsewhere = await batchOf(w.agencyB.id, { title: "Instansi lain", routeCode: "KL03", organiser: "BKD Lain", start: "2025-05-05", end: "2025-05-05" });
  await entry(w.agencyB.id, outsider.id, 600, "2025-05-05", { batchId: elsewhere.id, title: "Instansi lain" });
});

async function sheetOf(buffer: Buffer | ArrayBuffer) {
  const workbook = await new ExcelJS.Workbook().xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  let headerRow = 0;
  sheet.eachRow((row, n) => {
    if (!headerRow && ["NIP", "OPD", "Tanggal"].includes(String(row.getCell(1).value))) headerRow = n;
  });
  const headers = (sheet.getRow(headerRow).values as ExcelJS.CellValue[]).slice(1);
  const data: ExcelJS.Row[] = [];
  for (let n = headerRow + 1; n <= sheet.rowCount; n++) data.push(sheet.getRow(n));
  const cell = (row: ExcelJS.Row, header: string) => row.getCell(headers.indexOf(header) + 1);
  return { sheet, headerRow, headers, data, cell };
}

const request = (path: string) => new Request(`http://localhost${path}`);
async function get<P>(spec: ExportSpec<P>, path: string, viewer: Viewer | null) {
  return respond(request(path), viewer, spec);
}

describe("the compliance list as XLSX", () => {
  it("holds every row of complianceAll, JP as numbers with format 0.00, integers as numbers", async () => {
    const rows = await complianceAll(admin, 2025);
    expect(rows).toHaveLength(5);
    const { headers, data, cell, sheet, headerRow } = await sheetOf(await toXlsx("Kepatuhan JP 2025", ["Kepatuhan JP tahun 2025"], COMPLIANCE_COLUMNS, rows));
    expect(headers).toEqual([
      "NIP", "Nama", "Unit kerja", "OPD", "Jenis ASN", "Jenis jabatan", "Bulan aktif",
      "Target (JP)", "Terpenuhi (JP)", "Rencana (JP)", "Kekurangan (JP)", "Status", "Di atas batas PPPK",
    ]);
    expect(data).toHaveLength(rows.length);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow });

    const staff1 = data.find((r) => cell(r, "NIP").value === formatNip(w.people.staff1.nip))!;
    expect(cell(staff1, "Nama").value).toBe("Staf Satu");
    expect(cell(staff1, "Unit kerja").value).toBe("Bidang X1");
    expect(cell(staff1, "OPD").value).toBe("Dinas X");
    expect(cell(staff1, "Jenis jabatan").value).toBe("Pelaksana");
    expect(cell(staff1, "Terpenuhi (JP)").value).toBe(15.33);
    expect(cell(staff1, "Terpenuhi (JP)").numFmt).toBe("0.00");
    expect(cell(staff1, "Target (JP)").value).toBe(20);
    expect(cell(staff1, "Kekurangan (JP)").value).toBe(4.67);
    expect(cell(staff1, "Bulan aktif").value).toBe(12);
    expect(cell(staff1, "Bulan aktif").numFmt).toBe("#,##0");
    // 2025 is over on the test's clock (or not): either way staff1 is short of the target.
    expect(["Tidak memenuhi", "Berisiko"]).toContain(cell(staff1, "Status").value);
    for (const row of data) {
      expect(typeof cell(row, "Bulan aktif").value).toBe("number");
      expect(typeof cell(row, "Terpenuhi (JP)").value).toBe("number");
      expect(typeof cell(row, "NIP").value).toBe("string");
    }
  });

  it("through the route: headers, filename, filters, and an ASN's own row only", async () => {
    const response = await get(complianceListExport, "/api/ekspor/kepatuhan?tahun=2025&format=xlsx&kind=PPPK", admin);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="kepatuhan-jp-2025.xlsx"');
    const pppk = await sheetOf(await response.arrayBuffer());
    expect(pppk.data.map((r) => pppk.cell(r, "Nama").value)).toEqual(["Staf Dua"]);
    expect(pppk.cell(pppk.data[0]!, "Terpenuhi (JP)").value).toBe(6.67);

    const own = await get(complianceListExport, "/api/ekspor/kepatuhan?tahun=2025", await w.viewer(w.users.staff1));
    const mine = await sheetOf(await own.arrayBuffer());
    expect(mine.data.map((r) => mine.cell(r, "NIP").value)).toEqual([formatNip(w.people.staff1.nip)]);
  });

  it("as CSV: BOM, ';' separator, JP as '15,33', filename .csv", async () => {
    const response = await get(complianceListExport, "/api/ekspor/kepatuhan?tahun=2025&format=csv&q=Staf%20Satu", admin);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="kepatuhan-jp-2025.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).split("\r\n");
    expect(lines[0]).toBe("NIP;Nama;Unit kerja;OPD;Jenis ASN;Jenis jabatan;Bulan aktif;Target (JP);Terpenuhi (JP);Rencana (JP);Kekurangan (JP);Status;Di atas batas PPPK");
    expect(lines[1]).toMatch(new RegExp(`^${formatNip(w.people.staff1.nip)};Staf Satu;Bidang X1;Dinas X;PNS;Pelaksana;12;20,00;15,33;0,00;4,67;(Tidak memenuhi|Berisiko);Tidak$`));
    expect(lines).toHaveLength(3);
  });

  it("refuses bad parameters with 400, signed-out visitors with 401", async () => {
    for (const [path, word] of [
      ["/api/ekspor/kepatuhan?tahun=20x5", "tahun"],
      ["/api/ekspor/kepatuhan?tahun=2025&format=pdf", "format"],
      ["/api/ekspor/kepatuhan?tahun=2025&status=LULUS", "status"],
      ["/api/ekspor/kepatuhan?tahun=2025&unitId=abc", "unitId"],
      ["/api/ekspor/kepatuhan?tahun=2025&positionType=ESELON", "positionType"],
      ["/api/ekspor/kepatuhan?tahun=2025&halaman=2", "halaman"],
      ["/api/ekspor/kepatuhan?tahun=2025&per=2025-02-30", "per"],
      ["/api/ekspor/kepatuhan?tahun=2025&per=2024-10-01", "per"],
      ["/api/ekspor/kepatuhan?tahun=2025&per=1-10-2025", "per"],
      ["/api/ekspor/kepatuhan?per=2999-10-01", "per"],
    ] as const) {
      const response = await get(complianceListExport, path, admin);
      expect(response.status, path).toBe(400);
      expect(await response.text()).toContain(word);
    }
    expect((await get(complianceListExport, "/api/ekspor/kepatuhan?tahun=2025", null)).status).toBe(401);
  });
});

describe("the compliance exports: the PPPK ceiling and the figures as of a date", () => {
  it("flags a PPPK credited above the policy's ceiling, as the list page does", async () => {
    // staff2 (PPPK) has 300 minutes (6,67 JP) in 2025; a 5 JP ceiling puts them above it.
    await db.agencyPolicy.upsert({
      where: { agencyId_year: { agencyId: w.agencyA.id, year: 2025 } },
      create: { agencyId: w.agencyA.id, year: 2025, pppkCeilingJp: 5 },
      update: { pppkCeilingJp: 5 },
    });
    const xlsx = await sheetOf(await (await get(complianceListExport, "/api/ekspor/kepatuhan?tahun=2025&format=xlsx", admin)).arrayBuffer());
    const flags = Object.fromEntries(xlsx.data.map((r) => [xlsx.cell(r, "Nama").value, xlsx.cell(r, "Di atas batas PPPK").value]));
    expect(flags["Staf Dua"]).toBe("Ya");
    expect(flags["Staf Satu"]).toBe("Tidak");
    expect(Object.values(flags).filter((f) => f === "Ya")).toHaveLength(1);
    const csv = await (await get(complianceListExport, "/api/ekspor/kepatuhan?tahun=2025&format=csv&kind=PPPK", admin)).text();
    expect(csv.split("\r\n")[1]).toMatch(/;Ya$/);
  });

  it("per=2025-10-01: entries up to 1 October, confirmed learning after it as planned; date in the heading and the file name", async () => {
    // staff2: 300 minutes dated 2 September stay; staff1: 510 (10 June) + 180 (6 August) stay. A November
    // batch staff1 completed since is not credited yet on 1 October but planned.
    const program = await db.program.create({ data: { agencyId: w.agencyA.id, title: "Pelatihan November", description: "", objectives: "", routeCode: "KL03", organiser: "BKPP" } });
    const november = await db.batch.create({
      data: { agencyId: w.agencyA.id, programId: program.id, number: 1, startDate: day("2025-11-17"), endDate: day("2025-11-18"), capacity: 10, registrationOpensAt: day("2025-09-01"), registrationClosesAt: day("2025-11-01"), status: "DONE" },
    });
    await db.rundownSession.create({ data: { agencyId: w.agencyA.id, batchId: november.id, date: day("2025-11-17"), startMinute: 480, endMinute: 720, plannedMinutes: 240, title: "Materi", kind: "LEARNING" } });
    await db.enrolment.create({ data: { agencyId: w.agencyA.id, batchId: november.id, employeeId: w.people.staff1.id, status: "CONFIRMED", origin: "SELF" } });
    await entry(w.agencyA.id, w.people.staff1.id, 240, "2025-11-18", { batchId: november.id });

    const response = await get(complianceListExport, "/api/ekspor/kepatuhan?tahun=2025&format=xlsx&per=2025-10-01", admin);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="kepatuhan-jp-2025-per-2025-10-01.xlsx"');
    const october = await sheetOf(await response.arrayBuffer());
    expect(october.sheet.getRow(1).getCell(1).value).toBe("Kepatuhan JP tahun 2025");
    const titles = Array.from({ length: october.headerRow - 1 }, (_, i) => String(october.sheet.getRow(i + 1).getCell(1).value));
    expect(titles).toContain("Keadaan per 1 Oktober 2025");
    const staff1 = october.data.find((r) => october.cell(r, "Nama").value === "Staf Satu")!;
    expect(october.cell(staff1, "Terpenuhi (JP)").value).toBe(15.33);
    expect(october.cell(staff1, "Rencana (JP)").value).toBe(5.33);
    expect(october.cell(staff1, "Status").value).toBe("Sesuai jalur");

    // Today (2025 is over): the November credit counts and nothing is planned any more.
    const now = await sheetOf(await (await get(complianceListExport, "/api/ekspor/kepatuhan?tahun=2025&format=xlsx", admin)).arrayBuffer());
    const staff1Now = now.data.find((r) => now.cell(r, "Nama").value === "Staf Satu")!;
    expect(now.cell(staff1Now, "Terpenuhi (JP)").value).toBe(20.67);
    expect(now.cell(staff1Now, "Rencana (JP)").value).toBe(0);

    // The per-OPD summary takes the same date: on 1 June nobody has a net credit yet (all five at 0 JP).
    const june = await get(opdSummaryExport, "/api/ekspor/kepatuhan-opd?tahun=2025&format=xlsx&per=2025-06-01", admin);
    expect(june.headers.get("Content-Disposition")).toBe('attachment; filename="kepatuhan-opd-2025-per-2025-06-01.xlsx"');
    const juneSheet = await sheetOf(await june.arrayBuffer());
    const total = juneSheet.data.at(-1)!;
    expect(juneSheet.cell(total, "OPD").value).toBe("Total");
    expect(juneSheet.cell(total, "0 JP").value).toBe(5);
    expect((await get(opdSummaryExport, "/api/ekspor/kepatuhan-opd?tahun=2025&per=2025-13-01", admin)).status).toBe(400);
  });
});

describe("the per-OPD summary and the team", () => {
  it("an operator's OPD export holds their unit and a Total row; supervisors and ASN get 403", async () => {
    const operatorX = await w.viewer(w.users.operatorX);
    const response = await get(opdSummaryExport, "/api/ekspor/kepatuhan-opd?tahun=2025", operatorX);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="kepatuhan-opd-2025.xlsx"');
    const { headers, data, cell } = await sheetOf(await response.arrayBuffer());
    expect(headers).toEqual(["OPD", "Jumlah ASN", "Wajib", "Memenuhi", "% memenuhi", "Sesuai jalur", "Berisiko", "Tidak memenuhi", "Dikecualikan", "0 JP", "Rata-rata JP", "Median JP"]);
    // Operator X is also an ASN of Dinas Y, but this export is the operator's: Dinas X only.
    expect(data.map((r) => cell(r, "OPD").value)).toEqual(["Dinas X", "Total"]);
    const total = data[1]!;
    expect(cell(total, "Jumlah ASN").value).toBe(4);
    expect(cell(total, "Jumlah ASN").numFmt).toBe("#,##0");
    expect(cell(total, "% memenuhi").value).toBe(0);
    expect(cell(total, "% memenuhi").numFmt).toBe("0.0%");
    // (690 + 0 + 300 + 0) / 4 = 247.5 minutes = 5.5 JP; median (0, 0, 300, 690) = 150 minutes = 3.33 JP.
    expect(cell(total, "Rata-rata JP").value).toBe(5.5);
    expect(cell(total, "Median JP").value).toBe(3.33);
    expect(cell(total, "OPD").font?.bold).toBe(true);

    const all = await sheetOf(await (await get(opdSummaryExport, "/api/ekspor/kepatuhan-opd?tahun=2025&format=xlsx", admin)).arrayBuffer());
    expect(all.data.map((r) => all.cell(r, "OPD").value)).toEqual(["Dinas X", "Dinas Y", "Total"]);
    expect(all.cell(all.data[2]!, "Jumlah ASN").value).toBe(5);

    expect((await get(opdSummaryExport, "/api/ekspor/kepatuhan-opd?tahun=2025", await w.viewer(w.users.kabid))).status).toBe(403);
    expect((await get(opdSummaryExport, "/api/ekspor/kepatuhan-opd?tahun=2025", await w.viewer(w.users.staff1))).status).toBe(403);
  });

  it("a supervisor's team export lists their staff; an ASN without staff gets 403", async () => {
    const kabid = await w.viewer(w.users.kabid);
    const table = await teamExport.build(kabid, { year: 2025, format: "xlsx" }, {});
    const { data, cell } = await sheetOf(await toXlsx(table.sheetName, table.title, table.columns, table.rows));
    expect(data.map((r) => cell(r, "Nama").value).sort()).toEqual(["Staf Dua", "Staf Satu"]);
    const response = await get(teamExport, "/api/ekspor/tim?tahun=2025&format=csv", kabid);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="kepatuhan-tim-2025.csv"');
    expect((await get(teamExport, "/api/ekspor/tim?tahun=2025", await w.viewer(w.users.staff1))).status).toBe(403);
  });
});

describe("the SIASN export", () => {
  it("holds the year's credited courses net of corrections, with external certificate numbers", async () => {
    const courses = await siasnCourses(admin, 2025);
    const { headers, data, cell } = await sheetOf(await toXlsx("SIASN", undefined, SIASN_COLUMNS, courses));
    expect(headers).toEqual([
      "NIP", "Nama", "Jenis Diklat", "Jenis Kursus", "Nama Kursus", "Jumlah Jam", "Nomor Sertifikat",
      "Tahun", "Tanggal Mulai", "Tanggal Selesai", "Instansi Penyelenggara", "Lokasi",
    ]);
    const lines = data.map((r) => [cell(r, "Nama").value, cell(r, "Nama Kursus").value, cell(r, "Jumlah Jam").value]);
    expect(lines).toEqual([
      ["Pegawai Dinas Y", "Pelatihan Analisis Kebijakan", 6.67],
      ["Staf Dua", "Pelatihan Fungsional Arsiparis", 6.67],
      ["Staf Satu", "Pelatihan Analisis Kebijakan", 11.33],
      ["Staf Satu", "Pelatihan Arsip Digital", 4],
    ]);
    // Not there: staff2's reversed 360 (PKP Angkatan Daring), kabid's reversed external, the SUBMITTED
    // seminar, the 2024 entry and agency B's.
    const titles = data.map((r) => cell(r, "Nama Kursus").value);
    for (const absent of ["PKP Angkatan Daring", "Kursus Dibatalkan", "Seminar Belum Diverifikasi", "Instansi lain"]) expect(titles).not.toContain(absent);

    const internal = data[2]!;
    expect(cell(internal, "NIP").value).toBe(w.people.staff1.nip);
    expect(cell(internal, "Jenis Diklat").value).toBe("Diklat Teknis");
    expect(cell(internal, "Jenis Kursus").value).toBe("Pelatihan teknis");
    expect(cell(internal, "Jumlah Jam").numFmt).toBe("0.00");
    expect(cell(internal, "Nomor Sertifikat").value).toBeNull();
    expect(cell(internal, "Tahun").value).toBe("2025");
    expect(cell(internal, "Tanggal Mulai").value).toEqual(day("2025-06-09"));
    expect(cell(internal, "Tanggal Mulai").numFmt).toBe("dd/mm/yyyy");
    expect(cell(internal, "Tanggal Selesai").value).toEqual(day("2025-06-10"));
    expect(cell(internal, "Instansi Penyelenggara").value).toBe("BKPP Kota Uji");
    expect(cell(internal, "Lokasi").value).toBe("Aula BKPP");

    const ext = data[3]!;
    expect(cell(ext, "Nomor Sertifikat").value).toBe("LAN-2025/0042");
    expect(cell(ext, "Jenis Diklat").value).toBe("Diklat Fungsional");
    expect(cell(ext, "Instansi Penyelenggara").value).toBe("Lembaga Administrasi Negara");
    expect(cell(ext, "Lokasi").value).toBe("Jakarta");
    expect(cell(ext, "Tanggal Selesai").value).toEqual(day("2025-08-06"));
  });

  it("a correction that names only the entry it corrects still nets it out; an online batch's location is Daring", async () => {
    const staff2 = w.people.staff2;
    // Reverse staff2's remaining course with a correction that carries no batch id, then credit the online one.
    const [fungsional] = await db.ledgerEntry.findMany({ where: { employeeId: staff2.id, batchId: ids.batchFungsional } });
    await entry(w.agencyA.id, staff2.id, -300, "2025-09-02", { source: "CORRECTION", correctsId: fungsional!.id, reason: "Tidak hadir" });
    await entry(w.agencyA.id, staff2.id, 360, "2025-03-05", { batchId: ids.batchOnline, routeCode: "KL01" });
    const mine = (await siasnCourses(admin, 2025)).filter((c) => c.nip === staff2.nip);
    expect(mine.map((c) => [c.title, c.minutes, c.online, c.routeCode])).toEqual([["PKP Angkatan Daring", 360, true, "KL01"]]);
    const { data, cell } = await sheetOf(await toXlsx("SIASN", undefined, SIASN_COLUMNS, mine));
    expect(cell(data[0]!, "Lokasi").value).toBe("Daring");
    expect(cell(data[0]!, "Jenis Diklat").value).toBe("Diklat Struktural");
  });

  it("is scoped: an operator sees their unit only, another agency nothing of ours, other roles 403", async () => {
    const names = async (viewer: Viewer) => (await siasnCourses(viewer, 2025)).map((c) => c.name);
    expect(await names(await w.viewer(w.users.operatorY))).toEqual(["Pegawai Dinas Y"]);
    // Operator X is an ASN of Dinas Y too; the SIASN export is an operator's, so Dinas X only.
    expect(await names(await w.viewer(w.users.operatorX))).toEqual(["Staf Dua", "Staf Satu", "Staf Satu"]);
    expect(await names(await w.viewer(w.users.adminB))).toEqual(["Pegawai Instansi Lain"]);
    expect(await names(await w.viewer(w.users.kabid))).toEqual([]);

    expect((await get(siasnExport, "/api/ekspor/siasn?tahun=2025", await w.viewer(w.users.kabid))).status).toBe(403);
    expect((await get(siasnExport, "/api/ekspor/siasn?tahun=2025", await w.viewer(w.users.staff1))).status).toBe(403);
    const response = await get(siasnExport, "/api/ekspor/siasn?tahun=2025&format=csv", await w.viewer(w.users.operatorY));
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="siasn-riwayat-kursus-2025.csv"');
    const csv = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(csv[0]).toBe("NIP;Nama;Jenis Diklat;Jenis Kursus;Nama Kursus;Jumlah Jam;Nomor Sertifikat;Tahun;Tanggal Mulai;Tanggal Selesai;Instansi Penyelenggara;Lokasi");
    expect(csv[1]).toBe(`${w.people.other.nip};Pegawai Dinas Y;Diklat Teknis;Pelatihan teknis;Pelatihan Analisis Kebijakan;6,67;;2025;09/06/2025;10/06/2025;BKPP Kota Uji;Aula BKPP`);
  });
});

describe("JP saya", () => {
  it("lists the ASN's own entries of the year with a Jumlah row of 15,33 JP", async () => {
    const staff1 = await w.viewer(w.users.staff1);
    const response = await get(ownLedgerExport, "/api/ekspor/jp-saya?tahun=2025", staff1);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="jp-saya-2025.xlsx"');
    const { headers, data, cell } = await sheetOf(await response.arrayBuffer());
    expect(headers).toEqual(["Tanggal", "Judul", "Sumber", "Kode jalur", "Jalur pengembangan", "Menit", "JP", "Alasan"]);
    expect(data.map((r) => [cell(r, "Sumber").value, cell(r, "Menit").value, cell(r, "JP").value])).toEqual([
      ["Internal", 510, 11.33],
      ["Eksternal", 180, 4],
      [null, 690, 15.33],
    ]);
    expect(cell(data[0]!, "Tanggal").value).toEqual(day("2025-06-10"));
    expect(cell(data[2]!, "Judul").value).toBe("Jumlah");

    const kabid = await get(ownLedgerExport, "/api/ekspor/jp-saya?tahun=2025&format=csv", await w.viewer(w.users.kabid));
    const lines = (await kabid.text()).split("\r\n");
    expect(lines[1]).toContain(";Eksternal;KL04;Pelatihan fungsional;180;4,00;");
    expect(lines[2]).toContain(";Koreksi;KL04;Pelatihan fungsional;-180;-4,00;Sertifikat ganda");
    expect(lines[3]).toBe(";Jumlah;;;;0;0,00;");

    // An admin account without an employee record has no JP of its own.
    expect((await get(ownLedgerExport, "/api/ekspor/jp-saya?tahun=2025", admin)).status).toBe(403);
  });
});
