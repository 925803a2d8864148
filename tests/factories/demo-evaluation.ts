// Demo evaluation at four levels, so the evaluation report has something to show on `npm start`: both finished
// batches of "Bimbingan Teknis Penatausahaan Keuangan Daerah melalui SIPD" (last year's and this year's, from
// demo-history.ts) get trainers, questionnaire answers, pre/post-test scores and supervisor feedback with
// follow-up plans. Answers, scores and feedback go through the app's own commands, as the participants, the
// admin and the supervisors would give them.
//
// Written directly, for want of a command: the trainers of these already finished batches, the feedback tasks
// (the schedule in lib/feedback/schedule.ts creates them agency-wide as of a day; these are created for the two
// batches only, as it would have on their due day) and the "done" mark of some plans.
import { executeCommand } from "@/lib/action";
import { loadViewer, type Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { submitFeedback } from "@/lib/feedback/commands";
import { feedbackDueOn } from "@/lib/feedback/rules";
import { saveLearningScore } from "@/lib/learning/commands";
import { submitReaction } from "@/lib/reaction/answer-commands";
import { inviteSheet } from "@/lib/reaction/queries";
import { calendarToday } from "@/lib/time";
import { seededRandom, type Random } from "./random";

export const EVALUATION_DEMO_PROGRAM = "Bimbingan Teknis Penatausahaan Keuangan Daerah melalui SIPD";

/** Each comment is written once, by whoever rates that aspect when it comes up. */
const COMMENTS: Record<string, string[]> = {
  MATERIAL: [
    "Contoh kasus penatausahaan di SIPD sangat membantu memahami alur SPP–SPM.",
    "Materi padat; sebaiknya ada modul ringkas yang bisa dibawa pulang.",
    "Perlu tambahan materi tentang rekonsiliasi bank.",
    "Studi kasus pengembalian belanja (CP) perlu diperbanyak.",
  ],
  TRAINER: [
    "Narasumber menjawab pertanyaan dengan jelas dan sabar.",
    "Penyampaian terlalu cepat pada sesi praktik.",
    "Contoh dari pengalaman pemeriksaan BPKP membuat materi hidup.",
  ],
  ORGANISATION: ["Jadwal mundur 30 menit di pagi hari.", "Panitia sigap membantu kendala akun SIPD."],
  FACILITIES: ["Jaringan internet sering terputus saat praktik SIPD.", "Ruangan nyaman, proyektor jelas.", "Laptop praktik kurang; sebagian peserta berbagi."],
  RELEVANCE: ["Langsung bisa dipakai untuk tugas bendahara pengeluaran di OPD kami.", "Sangat relevan menjelang penutupan tahun anggaran."],
};

const APPLIED = [
  "Menyusun SPP-LS melalui SIPD tanpa bantuan operator dinas.",
  "Melakukan verifikasi kelengkapan SPJ sebelum pengajuan GU.",
  "Merapikan buku kas umum dan rekonsiliasi bulanan dengan bank.",
  "Membimbing rekan bendahara pembantu menggunakan modul penatausahaan.",
];
const PLANS = [
  { action: "Menyusun SOP penatausahaan SPJ di bidang", owner: "Kepala Subbagian Keuangan" },
  { action: "Berbagi materi SIPD kepada bendahara pembantu", owner: "Peserta" },
  { action: "Mengikuti pendampingan rekonsiliasi bank", owner: "Peserta" },
  { action: "Menyusun daftar periksa kelengkapan SPJ", owner: "Kepala Bidang" },
];
const BEHAVIOURS = ["BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF"] as const;
const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A rating 1–5 leaning to the good side, as training questionnaires do. */
const rating = (random: Random, base: number) => Math.max(1, Math.min(5, base + random.int(-1, 1) + (random.chance(0.08) ? -2 : 0)));

async function viewerOf(employeeId: string): Promise<Viewer | null> {
  const user = await db.user.findFirst({ where: { employeeId }, select: { id: true } });
  return user ? loadViewer(user.id) : null;
}

export async function seedEvaluationDemo(agencyId: string, admin: Viewer) {
  const random = seededRandom(20260505);
  const comments = Object.fromEntries(Object.entries(COMMENTS).map(([aspect, texts]) => [aspect, [...texts]]));
  const today = calendarToday();
  const program = await db.program.findFirstOrThrow({ where: { agencyId, title: EVALUATION_DEMO_PROGRAM }, select: { id: true, feedbackMonths: true } });
  const batches = await db.batch.findMany({ where: { programId: program.id, status: "DONE" }, select: { id: true, endDate: true }, orderBy: { number: "asc" } });

  const agus = await db.trainer.findFirst({ where: { agencyId, name: { startsWith: "Dr. Agus" } }, select: { id: true } });
  const siti = await db.trainer.create({
    data: { agencyId, name: "Dra. Siti Rahmawati, M.Ak.", kind: "NARASUMBER", external: true, institution: "BPKP Perwakilan Provinsi Jawa Tengah" },
  });
  const trainers = [siti.id, ...(agus ? [agus.id] : [])];

  for (const [b, batch] of batches.entries()) {
    const sessions = await db.rundownSession.findMany({ where: { batchId: batch.id, kind: "LEARNING" }, select: { id: true } });
    await db.sessionTrainer.createMany({ data: sessions.flatMap((s) => trainers.map((trainerId) => ({ agencyId, sessionId: s.id, trainerId }))), skipDuplicates: true });

    // Level 1: most of the invited participants answer; this year's batch was liked a little better.
    const invites = await db.reactionInvite.findMany({ where: { batchId: batch.id }, select: { id: true, enrolment: { select: { employeeId: true } } }, orderBy: { id: "asc" } });
    for (const invite of invites) {
      if (!random.chance(0.8)) continue;
      const viewer = await viewerOf(invite.enrolment.employeeId);
      const sheet = viewer && (await inviteSheet(viewer, invite.id));
      if (!viewer || !sheet) continue;
      const answers = Object.fromEntries(sheet.items.map((item) => {
        const pool = comments[item.aspect] ?? [];
        const comment = pool.length && random.chance(0.06) ? pool.splice(random.int(0, pool.length - 1), 1)[0] : undefined;
        return [item.key, { rating: rating(random, item.aspect === "FACILITIES" ? 3 : 4 + (b > 0 && random.chance(0.3) ? 1 : 0)), comment }];
      }));
      await executeCommand(submitReaction, viewer, { inviteId: invite.id, answers });
    }

    // Level 2: pre-test and post-test of each participant (a few missed the pre-test).
    const enrolments = await db.enrolment.findMany({
      where: { batchId: batch.id, status: "CONFIRMED" },
      select: { id: true, completed: true, employeeId: true, employee: { select: { supervisorId: true } } },
      orderBy: { id: "asc" },
    });
    for (const e of enrolments) {
      const pre = random.int(40, 72);
      const post = e.completed ? Math.min(100, pre + random.int(-5, 28) + b * 4) : null;
      await executeCommand(saveLearningScore, admin, { enrolmentId: e.id, preScore: random.chance(0.06) ? null : pre, postScore: post });
    }

    // Level 3: a task per completed participant, as the schedule created it on the due day; most supervisors answered.
    const dueOn = feedbackDueOn(batch.endDate, program.feedbackMonths);
    const completed = enrolments.filter((e) => e.completed);
    await db.feedbackTask.createMany({
      data: completed.map((e) => ({ agencyId, enrolmentId: e.id, employeeId: e.employeeId, supervisorId: e.employee.supervisorId, dueOn, assignedOn: dueOn, remindersSent: 2 })),
      skipDuplicates: true,
    });
    const tasks = await db.feedbackTask.findMany({ where: { enrolmentId: { in: completed.map((e) => e.id) } }, select: { id: true, supervisorId: true }, orderBy: { id: "asc" } });
    for (const task of tasks) {
      if (!random.chance(0.8)) continue;
      const supervisor = task.supervisorId ? await viewerOf(task.supervisorId) : admin;
      const plans = [random.pick(PLANS), ...(random.chance(0.4) ? [random.pick(PLANS)] : [])];
      // Plans fall due one to eight months after the feedback was due.
      const due = () => iso(new Date(dueOn.getTime() + random.int(30, 240) * DAY));
      await executeCommand(submitFeedback, supervisor ?? admin, {
        taskId: task.id, applied: random.pick(APPLIED), examples: "Terlihat pada pengajuan SPJ bulan terakhir yang lengkap dan tepat waktu.",
        rating: String(Math.max(1, Math.min(5, random.int(2, 5) + (random.chance(0.2) ? -1 : 0)))),
        behaviours: BEHAVIOURS.filter(() => random.chance(0.35)), obstacles: random.chance(0.3) ? "Beban kerja akhir tahun anggaran." : "",
        planAction: plans.map((p) => p.action), planOwner: plans.map((p) => p.owner), planDue: plans.map(() => due()),
      });
    }
    const plans = await db.followUpPlan.findMany({ where: { task: { id: { in: tasks.map((t) => t.id) } }, dueDate: { lt: today } }, select: { id: true, dueDate: true }, orderBy: { id: "asc" } });
    const done = plans.filter(() => random.chance(0.6));
    for (const plan of done) await db.followUpPlan.update({ where: { id: plan.id }, data: { doneAt: new Date(plan.dueDate.getTime() - random.int(0, 20) * DAY) } });
  }
}
