// A year and a half of ordinary training, so the compliance dashboard has something to say: last year and
// this year, batches of one to three days, each with 25 participants. Places are skewed towards a favoured
// tenth of the ASN, as seed 001 describes ("the same people every time"), which the equity panel shows.
// Batches still to come this year hold confirmed seats, so some ASN are on track rather than at risk.
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { enrolDirectly } from "@/lib/enrolment/commands";
import { calendarToday } from "@/lib/time";
import demoAccounts from "@/prisma/demo-accounts.json";
import { COMPLIANCE_EXAMPLES } from "./demo-compliance";
import { attendAndClose, plannedBatch } from "./demo-batches";
import { weekdayRunStart } from "./demo-rules";
import { seededRandom } from "./random";

const PROGRAMS = [
  "Bimbingan Teknis Penatausahaan Keuangan Daerah melalui SIPD",
  "Pelatihan Pelayanan Prima Administrasi Kependudukan",
  "Penataran Etika Pemerintahan dan Netralitas ASN",
  "Pelatihan Manajerial Komunikasi Efektif bagi Pejabat Pengawas",
  "E-Learning Kebijakan Desentralisasi dan Hubungan Pusat-Daerah",
  "Bimbingan Teknis Penyusunan Produk Hukum Daerah",
  "Pelatihan Analisis Kebutuhan Pengembangan Kompetensi",
  "Pelatihan Wawasan Kebangsaan dan Moderasi Beragama",
  "Bimbingan Teknis Penatausahaan Barang Milik Daerah",
];
const PER_BATCH = 25;
const DAY = 86_400_000;

export async function seedTrainingHistory(agencyId: string, admin: Viewer) {
  const random = seededRandom(20250101);
  const spared = new Set<string>([...COMPLIANCE_EXAMPLES.map((e) => e.nip), ...demoAccounts.accounts.map((a) => a.login)]);
  const people = (await db.employee.findMany({ where: { agencyId }, select: { id: true, nip: true }, orderBy: { nip: "asc" } }))
    .filter((p) => !spared.has(p.nip))
    .map((p) => p.id);
  const favoured = people.filter(() => random.chance(0.1));
  const others = people.filter((id) => !favoured.includes(id));
  const programs = await db.program.findMany({ where: { agencyId, title: { in: PROGRAMS } }, select: { id: true, title: true } });

  const participants = () => {
    const chosen = new Set<string>();
    while (chosen.size < PER_BATCH) chosen.add(random.chance(0.45) ? random.pick(favoured) : random.pick(others));
    return [...chosen];
  };

  const today = calendarToday();
  const thisYear = today.getUTCFullYear();
  let number = 21;
  for (const year of [thisYear - 1, thisYear]) {
    for (let i = 0; i < programs.length; i++) {
      const days = 1 + (i % 3);
      const start = weekdayRunStart(new Date(Date.UTC(year, 1, 3) + i * 38 * DAY), days); // Monday to Friday only
      const batchId = await plannedBatch(admin, programs[i]!.id, number++, start.toISOString().slice(0, 10), 360, days);
      const group = participants();
      if (start.getTime() + days * DAY < today.getTime()) {
        // One in twelve misses the whole batch and gets no credit, as happens.
        await attendAndClose(admin, batchId, group.filter((_, k) => k % 12 !== 5), group.filter((_, k) => k % 12 === 5));
      } else {
        for (const employeeId of group) await executeCommand(enrolDirectly, admin, { batchId, employeeId });
      }
    }
  }
}
