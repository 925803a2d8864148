// The demo's competency-development plan of 2026 (issue 15, decision 0039): the original (murni) approved in
// January 2026 by the Kepala BKPP and perubahan ke-1 approved in September 2026, written in the order the database
// allows (lines while a version is a draft, then submitted, then approved; the revision as a copy through
// lib/plan/store.ts, keeping each line's item). Three OPDs proposed in the window of autumn 2025 (accepted, merged,
// declined with a reason). Some of the year's batches are linked to lines, others stay unplanned, and the finished
// linked batches have their realised budget, one with a correction row. The figures are in data/dev-plan-2026.ts.
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import type { FundSource } from "@/lib/generated/prisma/enums";
import { insertLine, startRevision, type LineInput } from "@/lib/plan/store";
import { calendarToday } from "@/lib/time";
import demoAccounts from "@/prisma/demo-accounts.json";
import { DEV_PLAN_YEAR, ORIGINAL_LINES, REVISION_CHANGES, REVISION_NEW_LINE, REVISION_REASON, type DemoPlanLine } from "./data/dev-plan-2026";

const at = (iso: string) => new Date(`${iso}Z`);
const APPROVER_LOGIN = demoAccounts.accounts.find((a) => a.role === "PLAN_APPROVER")!.login;

export async function seedDevelopmentPlan(agencyId: string) {
  const [units, competencies, admin, approver] = await Promise.all([
    db.orgUnit.findMany({ where: { agencyId }, select: { id: true, code: true, path: true } }),
    db.competency.findMany({ where: { agencyId }, select: { id: true, code: true } }),
    db.user.findFirstOrThrow({ where: { agencyId, roles: { some: { role: "ADMIN" } }, email: { not: null } }, orderBy: { email: "asc" }, select: { id: true } }),
    db.user.findFirstOrThrow({ where: { agencyId, email: APPROVER_LOGIN }, select: { id: true } }),
  ]);
  const unit = new Map(units.map((u) => [u.code, u]));
  const competency = new Map(competencies.map((c) => [c.code, c.id]));
  const unitId = (code: string) => unit.get(code)?.id ?? fail(`unit ${code}`);
  const competencyId = (code: string) => competency.get(code) ?? fail(`competency ${code}`);

  const lineInput = async (line: DemoPlanLine): Promise<LineInput> => {
    const opd = line.unit ? unit.get(line.unit) ?? fail(`unit ${line.unit}`) : null;
    const positions = line.targetPositions && opd
      ? await db.position.findMany({ where: { agencyId, type: line.targetPositions.type, unit: { path: { startsWith: opd.path } } }, orderBy: { name: "asc" }, take: line.targetPositions.n, select: { id: true } })
      : [];
    return {
      title: line.title, unitId: opd?.id ?? null,
      competencyId: line.competency ? competencyId(line.competency[0]) : null, targetLevel: line.competency?.[1] ?? null,
      needCompetencyId: line.need ? competencyId(line.need[0]) : null, needTargetLevel: line.need?.[1] ?? null,
      targetPositionTypes: line.positionTypes, targetUnitIds: line.targetUnits.map(unitId), targetPositionIds: positions.map((p) => p.id),
      targetPeople: line.people, routeCode: line.routeCode, provider: line.provider, providerName: line.providerName,
      plannedMonth: line.month, jpPerParticipant: line.jp, curriculumFit: line.curriculumFit, budget: line.budget,
    };
  };
  const inputs = await Promise.all(ORIGINAL_LINES.map(lineInput));
  const added = await lineInput(REVISION_NEW_LINE);

  return db.$transaction(async (tx) => {
    const plan = await tx.developmentPlan.create({
      data: { agencyId, year: DEV_PLAN_YEAR, createdById: admin.id, createdAt: at("2025-08-04T02:00:00"), proposalsOpenAt: at("2025-09-01T00:00:00"), proposalsCloseAt: at("2025-10-31T10:00:00") },
    });
    const planId = plan.id;
    const original = await tx.planVersion.create({ data: { agencyId, planId, number: 0, createdById: admin.id, createdAt: at("2025-08-04T02:00:00") } });
    const items = new Map<string, string>();
    for (const [i, input] of inputs.entries()) {
      const line = await insertLine(tx, { agencyId, planId, versionId: original.id, position: i + 1 }, input);
      items.set(ORIGINAL_LINES[i]!.key, line.itemId);
    }
    await approve(tx, original.id, admin.id, approver.id, "2026-01-08T03:00:00", "2026-01-15T07:30:00");

    const revision = (await startRevision(tx, agencyId, planId, REVISION_REASON, admin.id)) ?? fail("a revision");
    await tx.planVersion.update({ where: { id: revision.version.id }, data: { createdAt: at("2026-08-24T02:00:00") } });
    for (const change of REVISION_CHANGES) {
      const line = await tx.planLine.findUniqueOrThrow({ where: { versionId_itemId: { versionId: revision.version.id, itemId: items.get(change.key)! } } });
      if (change.people) await tx.planLine.update({ where: { id: line.id }, data: { targetPeople: change.people } });
      for (const { position, ...values } of change.budget) {
        await tx.planBudgetItem.updateMany({ where: { lineId: line.id, position }, data: values });
      }
    }
    const newLine = await insertLine(tx, { agencyId, planId, versionId: revision.version.id, position: inputs.length + 1 }, added);
    items.set(REVISION_NEW_LINE.key, newLine.itemId);
    await approve(tx, revision.version.id, admin.id, approver.id, "2026-09-10T03:00:00", "2026-09-22T08:00:00");

    await seedProposals(tx, planId, items, admin.id);
    const linked = await linkBatches(tx, items, admin.id);
    return { planId, items: items.size, linked };
  }, { timeout: 60_000 });

  /** Three OPDs' proposals of autumn 2025: one became a line, one was merged into the PKP line, one was declined. */
  async function seedProposals(tx: Tx, planId: string, items: Map<string, string>, adminId: string) {
    const proposer = async (code: string) => {
      const operator = await tx.userRole.findFirst({ where: { agencyId, role: "OPERATOR", unitId: unitId(code) }, select: { userId: true } });
      const staff = operator ?? (await tx.user.findFirst({ where: { agencyId, employee: { unitId: unitId(code) } }, orderBy: { name: "asc" }, select: { id: true } }));
      return staff ? ("userId" in staff ? staff.userId : staff.id) : null;
    };
    const decided = { decidedById: adminId, decidedAt: at("2025-11-12T04:00:00") };
    await tx.planProposal.createMany({
      data: [
        {
          agencyId, planId, unitId: unitId("DISKOMINFO"), title: "Pelatihan pengelolaan data statistik sektoral untuk Satu Data Kota Semarang",
          competencyId: competencyId("T.10"), targetLevel: 3, needCompetencyId: competencyId("T.10"), needTargetLevel: 2, targetPeople: 25, routeCode: "KL03",
          plannedMonth: 3, jpPerParticipant: 24, estimatedRupiah: 35_000_000, proposedById: await proposer("DISKOMINFO"), proposedAt: at("2025-09-15T02:30:00"),
          justification: "Kesenjangan kompetensi T.10 pada analis dan pranata komputer Bidang Statistik; mendukung Satu Data Indonesia.",
          status: "ACCEPTED", itemId: items.get("data")!, ...decided,
        },
        {
          agencyId, planId, unitId: unitId("SATPOLPP"), title: "PKP bagi enam kepala seksi Satpol PP yang baru dilantik",
          competencyId: competencyId("M.04"), targetLevel: 2, targetPeople: 6, routeCode: "KL01", plannedMonth: 5, jpPerParticipant: 240, estimatedRupiah: 42_000_000,
          proposedById: await proposer("SATPOLPP"), proposedAt: at("2025-09-22T03:10:00"),
          justification: "Enam pejabat pengawas dilantik Juli 2025 belum mengikuti PKP yang dipersyaratkan jabatannya.",
          status: "MERGED", itemId: items.get("pkp")!, decisionReason: "Digabung ke PKP lintas OPD Angkatan I dan II", ...decided,
        },
        {
          agencyId, planId, unitId: unitId("KEC-TBL"), title: "Studi tiru pelayanan kelurahan ke Kota Surabaya", targetPeople: 12, routeCode: "NKL07",
          plannedMonth: 8, jpPerParticipant: 16, estimatedRupiah: 84_000_000, proposedById: await proposer("KEC-TBL"), proposedAt: at("2025-10-06T01:45:00"),
          justification: "Belajar dari pelayanan kelurahan Surabaya yang sudah daring.",
          status: "DECLINED", ...decided,
          decisionReason: "Belum termasuk kebutuhan pelatihan prioritas 2026 dan pagu tidak mencukupi; dapat diusulkan kembali untuk 2027 dengan pembiayaan kecamatan.",
        },
      ],
    });
  }

  /** Batches of the plan year linked to their lines (the others stay unplanned) and the realised budget of the finished ones. */
  async function linkBatches(tx: Tx, items: Map<string, string>, adminId: string) {
    const today = calendarToday();
    let linked = 0;
    for (const { key, program, spending } of LINKED_BATCHES) {
      const batch = await tx.batch.findFirst({
        where: { agencyId, program: { title: program }, startDate: { gte: at(`${DEV_PLAN_YEAR}-01-01T00:00:00`), lte: at(`${DEV_PLAN_YEAR}-12-31T00:00:00`) }, status: { not: "CANCELLED" } },
        orderBy: { startDate: "asc" }, select: { id: true, endDate: true, status: true },
      });
      if (!batch) continue;
      await tx.batch.update({ where: { id: batch.id }, data: { planItemId: items.get(key)! } });
      linked++;
      if (batch.status !== "DONE" || batch.endDate >= today) continue;
      await tx.batchSpending.createMany({
        data: spending.map(([fundSource, amount, description], i) => ({
          agencyId, batchId: batch.id, fundSource, amount, description, recordedById: adminId,
          spentOn: new Date(batch.endDate.getTime() + (i + 1) * 86_400_000),
        })),
      });
    }
    return linked;
  }
}

async function approve(tx: Tx, versionId: string, submittedById: string, approvedById: string, submittedAt: string, approvedAt: string) {
  await tx.planVersion.update({ where: { id: versionId }, data: { status: "SUBMITTED", submittedById, submittedAt: at(submittedAt) } });
  await tx.planVersion.update({ where: { id: versionId }, data: { status: "APPROVED", approvedById, approvedAt: at(approvedAt) } });
}

function fail(what: string): never {
  throw new Error(`Demo plan: no ${what}`);
}

type Spending = [FundSource, number, string];

/** The demo's programs run this year for a plan line, and what their finished batches cost (25 participants each). */
const LINKED_BATCHES: { key: string; program: string; spending: Spending[] }[] = [
  {
    key: "sipd", program: "Bimbingan Teknis Penatausahaan Keuangan Daerah melalui SIPD",
    spending: [
      ["APBD", 3_575_000, "Konsumsi peserta 25 OH × Rp143.000"],
      ["APBD", 10_200_000, "Honorarium narasumber Ditjen Bina Keuangan Daerah 6 OJ × Rp1.700.000"],
      ["APBD", 4_625_000, "ATK dan seminar kit 25 paket × Rp185.000"],
    ],
  },
  {
    key: "adminduk", program: "Pelatihan Pelayanan Prima Administrasi Kependudukan",
    spending: [
      ["PAD", 7_150_000, "Konsumsi peserta 50 OH × Rp143.000"],
      ["PAD", 12_000_000, "Honorarium widyaiswara 12 OJ × Rp1.000.000"],
      ["PAD", 4_625_000, "ATK dan seminar kit 25 paket × Rp185.000"],
      ["PAD", -715_000, "Koreksi konsumsi: dibayar 45 OH, bukan 50 OH (5 peserta tidak hadir hari kedua)"],
    ],
  },
  {
    key: "bmd", program: "Bimbingan Teknis Penatausahaan Barang Milik Daerah",
    spending: [
      ["PAD", 10_725_000, "Konsumsi peserta 75 OH × Rp143.000"],
      ["PAD", 12_000_000, "Honorarium widyaiswara 12 OJ × Rp1.000.000"],
      ["PAD", 4_625_000, "ATK dan seminar kit 25 paket × Rp185.000"],
    ],
  },
  { key: "pbj", program: "Bimbingan Teknis Pengadaan Barang/Jasa Pemerintah", spending: [] },
];
