// The "web server" of tests/integration/crash-recovery.test.ts, run as its own process so the test can SIGKILL it.
//   prepare-and-burst: first builds an agency, 3 units with quotas, a 30-seat OPEN batch and 300 registrations PENDING_AGENCY,
//            writes { batchId, adminUserId, enrolmentIds } to CRASH_WORLD_FILE;
//   burst:   approves every registration of CRASH_WORLD_FILE at once through executeCommand(decideAsAgency) and,
//            as each one resolves, appends {"id","status"} to CRASH_ACK_FILE and fsyncs it: a line there is an
//            approval the client saw succeed. Refusals are counted, not acknowledged.
// One process for both, so the test pays for one start-up before the crash.
// Run with: tsx --conditions=react-server tests/integration/crash/approval-burst.ts prepare-and-burst|burst
import fs from "node:fs";
import { executeCommand } from "@/lib/action";
import { loadViewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { decideAsAgency } from "@/lib/enrolment/commands";
import { crowdOfPns } from "../../factories/crowd";
import { createAgency, createUnit, createUser } from "../../factories/db";
import { openBatch } from "../training-world";

const REGISTRATIONS = 300;
const CAPACITY = 30;
const QUOTA_SEATS = [12, 12, 12];

const worldFile = process.env.CRASH_WORLD_FILE!;
const ackFile = process.env.CRASH_ACK_FILE!;

async function prepare() {
  const agency = await createAgency(db, { name: "Pemerintah Kota Uji Crash" });
  const units: { id: string }[] = [];
  for (const name of ["Kecamatan Satu", "Kecamatan Dua", "Kecamatan Tiga"]) units.push(await createUnit(db, agency.id, { name, kind: "KECAMATAN" }));
  const position = await db.position.create({ data: { agencyId: agency.id, unitId: units[0]!.id, name: "Pengadministrasi Perkantoran", type: "PELAKSANA" } });
  await db.employee.createMany({ data: crowdOfPns(REGISTRATIONS, { agencyId: agency.id, unitIds: units.map((u) => u.id), positionId: position.id }) });
  const adminUser = await createUser(db, { agencyId: agency.id, email: `admin-${agency.code.toLowerCase()}@uji.go.id`, roles: [{ role: "ADMIN" }] });
  const admin = (await loadViewer(adminUser.id))!;
  const { batchId } = await openBatch(admin, { capacity: CAPACITY, quotas: units.map((u, i) => ({ unitId: u.id, seats: QUOTA_SEATS[i]! })) });
  const people = await db.employee.findMany({ where: { agencyId: agency.id }, select: { id: true, unitId: true }, orderBy: { name: "asc" } });
  await db.enrolment.createMany({
    data: people.map((p) => ({ agencyId: agency.id, batchId, employeeId: p.id, quotaUnitId: p.unitId, status: "PENDING_AGENCY" as const, origin: "ADMIN" as const, requestedById: adminUser.id })),
  });
  const enrolmentIds = (await db.enrolment.findMany({ where: { batchId }, select: { id: true } })).map((e) => e.id);
  fs.writeFileSync(`${worldFile}.partial`, JSON.stringify({ batchId, adminUserId: adminUser.id, enrolmentIds }));
  fs.renameSync(`${worldFile}.partial`, worldFile);
}

async function burst() {
  const { adminUserId, enrolmentIds } = JSON.parse(fs.readFileSync(worldFile, "utf8")) as { adminUserId: string; enrolmentIds: string[] };
  const admin = (await loadViewer(adminUserId))!;
  const acks = fs.openSync(ackFile, "a");
  const refused: Record<string, number> = {};
  await Promise.all(enrolmentIds.map(async (enrolmentId) => {
    try {
      const { status } = await executeCommand(decideAsAgency, admin, { enrolmentId, approve: true, note: "" });
      fs.writeSync(acks, `${JSON.stringify({ id: enrolmentId, status })}\n`);
      fs.fsyncSync(acks);
    } catch (error) {
      const code = (error as { code?: string }).code ?? "UNEXPECTED";
      refused[code] = (refused[code] ?? 0) + 1;
    }
  }));
  fs.closeSync(acks);
  console.log(JSON.stringify({ refused }));
}

if (process.argv[2] === "prepare-and-burst") await prepare();
await burst();
await db.$disconnect();
