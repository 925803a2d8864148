// Issue 12, the compliance list an admin writes letters from: every sort applied in SQL (with the page cut after
// it), the "0 JP" filter agreeing with the dashboard's card, the SIASN export's certificate numbers read back
// from the file, and a supervisor's page of one staff member scoped to their own team.
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/load-viewer";
import { complianceDashboard, complianceDashboardList } from "@/lib/compliance/dashboard-queries";
import type { ListSort } from "@/lib/compliance/list-sort";
import { complianceAll, complianceList } from "@/lib/compliance/queries";
import { teamMemberJp } from "@/lib/compliance/team-member";
import { db } from "@/lib/db";
import { respond } from "@/lib/export/http";
import { siasnCourses } from "@/lib/export/siasn-queries";
import { siasnExport } from "@/lib/export/siasn-export";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildWorld, type World } from "./world";

// 2025 is over when these run, so everyone short of the target is NON_COMPLIANT.
const YEAR = 2025;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let w: World;
let admin: Viewer;

async function entry(employeeId: string, minutes: number, extra: Partial<Prisma.LedgerEntryUncheckedCreateInput> = {}) {
  return db.ledgerEntry.create({
    data: { agencyId: w.agencyA.id, employeeId, minutes, date: day("2025-06-10"), year: YEAR, source: "BATCH", routeCode: "KL03", title: "Pelatihan", ...extra },
  });
}

beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  await db.employee.updateMany({ data: { serviceStartDate: day("2010-01-01") } });
  // Target 20 JP = 900 minutes. Shortfalls: kabid 900, other 900, staff2 600, head 300, staff1 0.
  const { head, staff1, staff2 } = w.people;
  await entry(staff1.id, 900);
  await entry(staff2.id, 300);
  await entry(head.id, 600);
});

const names = (rows: { name: string }[]) => rows.map((r) => r.name);
async function sortedBy(sort: ListSort, page = { skip: 0, take: 50 }) {
  return names((await complianceList(admin, YEAR, { sort }, page)).rows);
}

describe("the list's order, applied in SQL", () => {
  it("sorts by the largest shortfall first, ties by status then name, and cuts the page after sorting", async () => {
    const all = ["Kabid X1", "Pegawai Dinas Y", "Staf Dua", "Kepala Dinas X", "Staf Satu"];
    expect(await sortedBy({ key: "kekurangan", direction: "desc" })).toEqual(all);
    expect(await sortedBy({ key: "kekurangan", direction: "desc" }, { skip: 2, take: 2 })).toEqual(["Staf Dua", "Kepala Dinas X"]);
    expect(await sortedBy({ key: "kekurangan", direction: "asc" })).toEqual(["Staf Satu", "Kepala Dinas X", "Staf Dua", "Kabid X1", "Pegawai Dinas Y"]);
  });

  it("sorts by name, JP, target, status and unit, each way", async () => {
    expect(await sortedBy({ key: "nama", direction: "asc" })).toEqual(["Kabid X1", "Kepala Dinas X", "Pegawai Dinas Y", "Staf Dua", "Staf Satu"]);
    expect(await sortedBy({ key: "nama", direction: "desc" })).toEqual(["Staf Satu", "Staf Dua", "Pegawai Dinas Y", "Kepala Dinas X", "Kabid X1"]);
    expect(await sortedBy({ key: "jp", direction: "asc" })).toEqual(["Kabid X1", "Pegawai Dinas Y", "Staf Dua", "Kepala Dinas X", "Staf Satu"]);
    expect(await sortedBy({ key: "jp", direction: "desc" })).toEqual(["Staf Satu", "Kepala Dinas X", "Staf Dua", "Kabid X1", "Pegawai Dinas Y"]);
    // Everyone has the same target: the name decides.
    expect(await sortedBy({ key: "target", direction: "desc" })).toEqual(["Kabid X1", "Kepala Dinas X", "Pegawai Dinas Y", "Staf Dua", "Staf Satu"]);
    expect(await sortedBy({ key: "status", direction: "asc" })).toEqual(["Kabid X1", "Pegawai Dinas Y", "Staf Dua", "Kepala Dinas X", "Staf Satu"]);
    expect(await sortedBy({ key: "status", direction: "desc" })).toEqual(["Staf Satu", "Kabid X1", "Pegawai Dinas Y", "Staf Dua", "Kepala Dinas X"]);
    // Bidang X1 (kabid, staff2, staff1), Dinas X (head), Dinas Y (other); the page is named after the cut.
    const byUnit = (await complianceList(admin, YEAR, { sort: { key: "unit", direction: "asc" } }, { skip: 0, take: 50 })).rows;
    expect(byUnit.map((r) => [r.unitName, r.name])).toEqual([
      ["Bidang X1", "Kabid X1"], ["Bidang X1", "Staf Dua"], ["Bidang X1", "Staf Satu"], ["Dinas X", "Kepala Dinas X"], ["Dinas Y", "Pegawai Dinas Y"],
    ]);
    expect(byUnit[0]).not.toHaveProperty("sortUnit");
    expect(await sortedBy({ key: "unit", direction: "desc" }, { skip: 0, take: 2 })).toEqual(["Pegawai Dinas Y", "Kepala Dinas X"]);
  });

  it("sorts by NIP", async () => {
    const people = Object.values(w.people).filter((p) => p.agencyId === w.agencyA.id);
    const byNip = [...people].sort((a, b) => (a.nip < b.nip ? -1 : 1)).map((p) => p.name);
    expect(await sortedBy({ key: "nip", direction: "asc" })).toEqual(byNip);
    expect(await sortedBy({ key: "nip", direction: "desc" })).toEqual([...byNip].reverse());
  });

  it("without a sort keeps the risk order the exports use", async () => {
    const list = names((await complianceList(admin, YEAR, {}, { skip: 0, take: 50 })).rows);
    expect(list).toEqual(names(await complianceAll(admin, YEAR)));
  });
});

describe("the 0 JP filter", () => {
  it("lists exactly the ASN the dashboard's card counts, with the status counts of that list, within the viewer's scope", async () => {
    const dashboard = await complianceDashboard(admin, YEAR);
    expect(dashboard.total.zeroJp).toBe(2);
    const list = await complianceDashboardList(admin, YEAR, { zeroJp: true, sort: { key: "kekurangan", direction: "desc" } }, 1, 50);
    expect(names(list.rows)).toEqual(["Kabid X1", "Pegawai Dinas Y"]);
    expect(list.total).toBe(dashboard.total.zeroJp);
    expect(list.counts).toEqual({ EXEMPT: 0, COMPLIANT: 0, ON_TRACK: 0, AT_RISK: 0, NON_COMPLIANT: 2 });
    // A corrected-away credit leaves 0 JP too.
    const credited = await db.ledgerEntry.findFirstOrThrow({ where: { employeeId: w.people.staff2.id } });
    await entry(w.people.staff2.id, -300, { source: "CORRECTION", correctsId: credited.id, reason: "Salah catat" });
    expect(names((await complianceList(admin, YEAR, { zeroJp: true, sort: { key: "nama", direction: "asc" } }, { skip: 0, take: 50 })).rows)).toEqual([
      "Kabid X1", "Pegawai Dinas Y", "Staf Dua",
    ]);
    // An operator of Dinas Y sees only their own 0 JP ASN; the export of the filter holds the same people.
    const operatorY = await w.viewer(w.users.operatorY);
    expect(names((await complianceDashboardList(operatorY, YEAR, { zeroJp: true }, 1, 50)).rows)).toEqual(["Pegawai Dinas Y"]);
    expect(names(await complianceAll(admin, YEAR, { zeroJp: true })).sort()).toEqual(["Kabid X1", "Pegawai Dinas Y", "Staf Dua"]);
  });
});

describe("the SIASN export's certificate numbers", () => {
  async function batchWithCertificates() {
    const a = w.agencyA.id;
    const program = await db.program.create({ data: { agencyId: a, title: "Pelatihan Analisis Kebijakan", description: "", objectives: "", routeCode: "KL03", organiser: "BKPP Kota Uji" } });
    const batch = await db.batch.create({
      data: {
        agencyId: a, programId: program.id, number: 1, startDate: day("2025-06-09"), endDate: day("2025-06-10"), capacity: 30, venue: "Aula BKPP",
        registrationOpensAt: day("2025-01-01"), registrationClosesAt: day("2025-06-09"), status: "DONE",
      },
    });
    const certify = async (employee: { id: string; name: string }, seq: number, revoked = false) => {
      const enrolment = await db.enrolment.create({ data: { agencyId: a, batchId: batch.id, employeeId: employee.id, status: "CONFIRMED", origin: "SELF", completed: true } });
      await db.certificate.create({
        data: {
          agencyId: a, enrolmentId: enrolment.id, employeeId: employee.id, number: `${String(seq).padStart(3, "0")}/STTPP/BKPP/2025`, year: YEAR, seq,
          code: `KODE-${seq}-${enrolment.id}`, holderName: employee.name, programTitle: program.title, batchNumber: 1,
          startDate: batch.startDate, endDate: batch.endDate, minutes: 510, signatoryName: "Kepala BKPP", signatoryPosition: "Kepala",
          ...(revoked ? { revokedAt: new Date(), revokedReason: "Salah nama" } : {}),
        },
      });
      await entry(employee.id, 510, { batchId: batch.id, title: "Pelatihan Analisis Kebijakan (angkatan 1)" });
    };
    await certify(w.people.staff1, 7);
    await certify(w.people.other, 8);
    await certify(w.people.staff2, 9, true); // revoked: no number to report
    // kabid attended but no certificate was issued (yet): the number stays empty.
    await db.enrolment.create({ data: { agencyId: a, batchId: batch.id, employeeId: w.people.kabid.id, status: "CONFIRMED", origin: "SELF", completed: true } });
    await entry(w.people.kabid.id, 510, { batchId: batch.id });
    // External training keeps the number on its own certificate.
    const external = await db.externalTraining.create({
      data: {
        agencyId: a, employeeId: w.people.staff1.id, title: "Pelatihan Arsip Digital", organiser: "Lembaga Administrasi Negara", location: "Jakarta",
        routeCode: "KL04", startDate: day("2025-08-04"), endDate: day("2025-08-06"), minutes: 180, certificateNumber: "LAN-2025/0042",
        fileKey: "k", fileName: "s.pdf", fileType: "application/pdf", fileSize: 10, fileSha256: "0", status: "VERIFIED", decidedAt: new Date(),
      },
    });
    await entry(w.people.staff1.id, 180, { source: "EXTERNAL", routeCode: "KL04", externalTrainingId: external.id, title: external.title });
  }

  async function download(path: string, viewer: Viewer) {
    const response = await respond(new Request(`http://localhost${path}`), viewer, siasnExport);
    expect(response.status).toBe(200);
    const workbook = await new ExcelJS.Workbook().xlsx.load((await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    let header = 0;
    sheet.eachRow((row, n) => {
      if (!header && row.getCell(1).value === "NIP") header = n;
    });
    const headers = (sheet.getRow(header).values as ExcelJS.CellValue[]).slice(1);
    const rows: [string, string, string | null][] = [];
    for (let n = header + 1; n <= sheet.rowCount; n++) {
      const row = sheet.getRow(n);
      const at = (h: string) => row.getCell(headers.indexOf(h) + 1).value;
      rows.push([String(at("Nama")), String(at("Nama Kursus")), (at("Nomor Sertifikat") as string | null) ?? null]);
    }
    return { rows, title: String(sheet.getRow(1).getCell(1).value) };
  }

  it("fills internal training from the certificate issued for the participation, external from its own", async () => {
    await batchWithCertificates();
    const rows = (await siasnCourses(admin, YEAR)).map((c) => [c.name, c.title, c.certificateNumber]);
    expect(rows).toEqual([
      ["Kabid X1", "Pelatihan Analisis Kebijakan", null],
      ["Pegawai Dinas Y", "Pelatihan Analisis Kebijakan", "008/STTPP/BKPP/2025"],
      ["Staf Dua", "Pelatihan Analisis Kebijakan", null],
      ["Staf Satu", "Pelatihan Analisis Kebijakan", "007/STTPP/BKPP/2025"],
      ["Staf Satu", "Pelatihan Arsip Digital", "LAN-2025/0042"],
    ]);
    // Read back from the downloaded file, as the button gives it.
    const file = await download(`/api/ekspor/siasn?tahun=${YEAR}&format=xlsx`, admin);
    expect(file.rows).toEqual(rows);
  });

  it("narrows to the unit the page shows, inside the viewer's scope", async () => {
    await batchWithCertificates();
    const dinasX = await download(`/api/ekspor/siasn?tahun=${YEAR}&unitId=${w.units.dinasX.id}`, admin);
    expect(dinasX.rows.map((r) => r[0])).toEqual(["Kabid X1", "Staf Dua", "Staf Satu", "Staf Satu"]);
    expect(dinasX.title).toBe(`Riwayat diklat/kursus ASN tahun ${YEAR} (format SIASN)`);
    expect(names(await siasnCourses(admin, YEAR, { unitId: w.units.dinasY.id }))).toEqual(["Pegawai Dinas Y"]);
    // An operator of Dinas Y asking for Dinas X gets nothing of it.
    const operatorY = await w.viewer(w.users.operatorY);
    expect(await siasnCourses(operatorY, YEAR, { unitId: w.units.dinasX.id })).toEqual([]);
    expect(names(await siasnCourses(operatorY, YEAR))).toEqual(["Pegawai Dinas Y"]);
    const bad = await respond(new Request(`http://localhost/api/ekspor/siasn?tahun=${YEAR}&unitId=abc`), admin, siasnExport);
    expect(bad.status).toBe(400);
  });
});

describe("a supervisor's page of one staff member", () => {
  it("shows their own staff's JP and ledger, and nobody else's", async () => {
    const kabid = await w.viewer(w.users.kabid);
    const staff2 = await teamMemberJp(kabid, w.people.staff2.id, YEAR);
    expect(staff2?.employee.name).toBe("Staf Dua");
    expect(staff2?.depth).toBe(1);
    expect(staff2?.figures).toMatchObject({ creditedMinutes: 300, targetMinutes: 900, status: "NON_COMPLIANT" });
    expect(staff2?.ledger.entries.map((e) => e.minutes)).toEqual([300]);
    expect(staff2?.ledger.totalMinutes).toBe(300);

    // The head sees staff1 through kabid (indirect staff, the agency's default) …
    const head = await w.viewer(w.users.head);
    expect((await teamMemberJp(head, w.people.staff1.id, YEAR))?.depth).toBe(2);
    // … but not when the agency turns indirect staff off.
    await db.agency.update({ where: { id: w.agencyA.id }, data: { supervisorSeesIndirect: false } });
    expect(await teamMemberJp(await w.viewer(w.users.head), w.people.staff1.id, YEAR)).toBeNull();

    // Not on the team: another OPD's ASN, the supervisor's own superior, themselves; a bad id; other roles.
    expect(await teamMemberJp(kabid, w.people.other.id, YEAR)).toBeNull();
    expect(await teamMemberJp(kabid, w.people.head.id, YEAR)).toBeNull();
    expect(await teamMemberJp(kabid, w.people.kabid.id, YEAR)).toBeNull();
    expect(await teamMemberJp(kabid, "not-a-uuid", YEAR)).toBeNull();
    expect(await teamMemberJp(admin, w.people.staff1.id, YEAR)).toBeNull();
    expect(await teamMemberJp(await w.viewer(w.users.staff1), w.people.staff2.id, YEAR)).toBeNull();
    // An operator who is also an ASN gets no team page for their unit's people.
    expect(await teamMemberJp(await w.viewer(w.users.operatorX), w.people.staff1.id, YEAR)).toBeNull();
  });
});
