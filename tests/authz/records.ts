// Fresh records for one call of the authorisation matrix, in the agency and of the employee a target names.
// Written straight to the database (the states a command needs, without replaying the whole training loop).
import { createHash, randomUUID } from "node:crypto";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createEmployee, createUser } from "../factories/db";
import type { EnrolmentStatus } from "@/lib/generated/prisma/enums";
import { agencyOf, type AuthzWorld, type EmployeeTarget, type TargetKey } from "./world";

const DAY = 86_400_000;
const dayOnly = (ms: number) => new Date(new Date(ms).toISOString().slice(0, 10) + "T00:00:00Z");
let batchNumber = 1;

export type BatchState = "OPEN" | "RUNNING" | "DONE";

export class Records {
  constructor(readonly world: AuthzWorld) {}

  agency(target: TargetKey) {
    return agencyOf(this.world, target);
  }

  employee(target: EmployeeTarget) {
    return this.world.employees[target];
  }

  async program(target: TargetKey, opts: { tracksResults?: boolean } = {}) {
    const agencyId = this.agency(target);
    const competency = await db.competency.create({ data: { agencyId, kind: "TECHNICAL", code: `T-${randomUUID().slice(0, 8)}`, name: "Analisis Data", description: "" } });
    return db.program.create({
      data: {
        agencyId, title: "Pelatihan Matriks Akses", description: "", objectives: "", routeCode: "KL10", organiser: "BKPP Uji",
        eligibleTypes: [], tracksResults: opts.tracksResults ?? true,
        competencies: { create: [{ competencyId: competency.id, targetLevel: 3 }] },
      },
      include: { competencies: true },
    });
  }

  /** A batch with one learning session; RUNNING spans today, OPEN starts in 2030 with registration open now. */
  async batch(target: TargetKey, status: BatchState = "RUNNING", opts: { tracksResults?: boolean } = {}) {
    const program = await this.program(target, opts);
    const now = Date.now();
    const start = status === "OPEN" ? new Date("2030-03-02T00:00:00Z") : dayOnly(now - DAY);
    const end = status === "OPEN" ? start : dayOnly(now + DAY);
    const batch = await db.batch.create({
      data: {
        agencyId: program.agencyId, programId: program.id, number: batchNumber++, startDate: start, endDate: end, capacity: 500, status,
        registrationOpensAt: new Date(now - 10 * DAY), registrationClosesAt: new Date(now + 30 * DAY),
        sessions: { create: [{ date: start, startMinute: 480, endMinute: 600, plannedMinutes: 120, title: "Materi inti", kind: "LEARNING" }] },
      },
      include: { sessions: true },
    });
    return { ...batch, program, sessionId: batch.sessions[0]!.id, competencyId: program.competencies[0]!.competencyId };
  }

  /** A registration of the target's employee (in a fresh batch of the target's agency unless one is given). */
  async enrolment(target: EmployeeTarget, status: EnrolmentStatus, batch?: { id: string }) {
    const employee = this.employee(target);
    const batchId = batch?.id ?? (await this.batch(target, status === "CONFIRMED" ? "RUNNING" : "OPEN")).id;
    const enrolment = await db.enrolment.create({
      data: {
        agencyId: employee.agencyId, batchId, employeeId: employee.id, status, origin: "SELF",
        supervisorId: employee.supervisorId, queueSeq: null,
      },
    });
    if (status === "CONFIRMED") await db.batch.update({ where: { id: batchId }, data: { confirmedCount: { increment: 1 } } });
    return enrolment;
  }

  /** A level-3 feedback task about the target's employee, assigned to their supervisor. */
  async feedbackTask(target: EmployeeTarget, status: "OPEN" | "SUBMITTED" = "OPEN") {
    const enrolment = await this.enrolment(target, "CONFIRMED");
    const employee = this.employee(target);
    const today = dayOnly(Date.now());
    return db.feedbackTask.create({
      data: {
        agencyId: employee.agencyId, enrolmentId: enrolment.id, employeeId: employee.id, supervisorId: employee.supervisorId,
        dueOn: today, assignedOn: today, status, behaviours: [],
        ...(status === "SUBMITTED" ? { submittedAt: new Date(), applied: "Sudah diterapkan", examples: "Contoh penerapan", rating: 4 } : {}),
        plans: status === "SUBMITTED" ? { create: [{ action: "Menyusun SOP", owner: "Staf", dueDate: today }] } : undefined,
      },
      include: { plans: true },
    });
  }

  async questionSet(target: TargetKey) {
    return db.questionSet.create({
      data: {
        agencyId: this.agency(target), name: "Evaluasi Penyelenggaraan", anonymous: false, active: true,
        questions: { create: [{ aspect: "MATERIAL", text: "Materi mudah dipahami", position: 1 }] },
      },
    });
  }

  /** A reaction invitation of the target's employee, with the question id to answer. */
  async reactionInvite(target: EmployeeTarget) {
    const enrolment = await this.enrolment(target, "CONFIRMED");
    const set = await db.questionSet.create({
      data: {
        agencyId: enrolment.agencyId, name: "Evaluasi Angkatan", anonymous: false, active: true,
        questions: { create: [{ aspect: "MATERIAL", text: "Materi mudah dipahami", position: 1 }] },
      },
      include: { questions: true },
    });
    const invite = await db.reactionInvite.create({
      data: { agencyId: enrolment.agencyId, batchId: enrolment.batchId, enrolmentId: enrolment.id, questionSetId: set.id },
    });
    return { invite, questionId: set.questions[0]!.id };
  }

  async certificate(target: EmployeeTarget) {
    const enrolment = await this.enrolment(target, "CONFIRMED");
    const employee = this.employee(target);
    const seq = 1 + Math.floor(Math.random() * 1e9);
    return db.certificate.create({
      data: {
        agencyId: employee.agencyId, enrolmentId: enrolment.id, employeeId: employee.id, number: `${seq}/STTPP/UJI/2030`, year: 2030, seq,
        code: randomUUID().replaceAll("-", "").slice(0, 20).toUpperCase(), holderName: employee.name, programTitle: "Pelatihan Matriks Akses",
        batchNumber: 1, startDate: dayOnly(Date.now()), endDate: dayOnly(Date.now()), minutes: 120, signatoryName: "Kepala BKPP", signatoryPosition: "Kepala",
      },
    });
  }

  async externalTraining(target: EmployeeTarget) {
    const employee = this.employee(target);
    return db.externalTraining.create({
      data: {
        agencyId: employee.agencyId, employeeId: employee.id, title: "Seminar Nasional Data", organiser: "Kementerian", routeCode: "KL10",
        startDate: new Date("2026-02-02T00:00:00Z"), endDate: new Date("2026-02-02T00:00:00Z"), minutes: 180, certificateNumber: `SN-${randomUUID().slice(0, 8)}`,
        fileKey: `uji/${randomUUID()}.pdf`, fileName: "sertifikat.pdf", fileType: "application/pdf", fileSize: 10, fileSha256: "0".repeat(64),
      },
    });
  }

  async notification(target: EmployeeTarget) {
    const user = this.world.userOf[target];
    return db.notification.create({ data: { agencyId: user.agencyId, userId: user.id, kind: "legacy", params: { title: "Pemberitahuan uji", body: "Isi" }, link: "/beranda" } });
  }

  /** A level-4 indicator on a fresh results-tracking batch of the target's agency. */
  async indicator(target: TargetKey) {
    const batch = await this.batch(target, "RUNNING");
    const unitId = target === "otherAgency" ? this.world.units.unitB.id : this.world.units.dinasX.id;
    const indicator = await db.resultIndicator.create({
      data: {
        agencyId: batch.agencyId, batchId: batch.id, unitId, name: "Waktu layanan", measure: "hari", higherIsBetter: false,
        baselineValue: 10, baselineOn: batch.startDate, updatedById: this.world.users.admin.id,
      },
    });
    return { indicator, batch, unitId };
  }

  /** A trainer of the target's agency teaching the batch's session. */
  async trainerOn(batch: { agencyId: string; sessionId: string }, employeeId?: string) {
    const trainer = await db.trainer.create({ data: { agencyId: batch.agencyId, employeeId: employeeId ?? null, name: "Narasumber Uji", kind: "NARASUMBER", external: !employeeId, institution: employeeId ? null : "Universitas Uji" } });
    await db.sessionTrainer.create({ data: { agencyId: batch.agencyId, sessionId: batch.sessionId, trainerId: trainer.id } });
    return trainer;
  }

  /** A fresh top-level unit of the target's agency (closed on 1 January 2026 when asked). */
  async unit(target: TargetKey, opts: { closed?: boolean } = {}) {
    const id = randomUUID();
    return db.orgUnit.create({
      data: {
        id, agencyId: this.agency(target), code: `MTX-${id.slice(0, 8)}`, name: "Unit Matriks", kind: "OPD", path: `/${id}/`, depth: 0,
        closedOn: opts.closed ? new Date("2026-01-01T00:00:00Z") : null,
      },
    });
  }

  /** A position in a fresh unit of the target's agency. */
  async position(target: TargetKey) {
    const unit = await this.unit(target);
    return db.position.create({ data: { agencyId: unit.agencyId, unitId: unit.id, name: "Kepala Unit Matriks", type: "ADMINISTRATOR" } });
  }

  /** A checked import run (lib/import/) of a file with only its header, ready to apply. */
  async importRun(target: TargetKey) {
    const original = new TextEncoder().encode("NIP;JENIS;TANGGAL MULAI;TANGGAL SELESAI\r\n");
    const headerNames = ["NIP", "JENIS", "TANGGAL MULAI", "TANGGAL SELESAI"];
    return db.importRun.create({
      data: {
        agencyId: this.agency(target), kind: "inactivity-periods", fileName: "kosong.csv", fileSha256: createHash("sha256").update(original).digest("hex"),
        fileSize: original.length, format: "csv", original, status: "READY", createdById: (target === "otherAgency" ? this.world.users.adminB : this.world.users.admin).id,
        summary: { headerLine: 1, headerNames, columns: { nip: 0, kind: 1, startDate: 2, endDate: 3 }, counts: { creates: 0, updates: 0, unchanged: 0, missing: 0 } },
      },
      select: { id: true },
    });
  }

  /** An employee without an account, in the target employee's unit and under the same supervisor (same reach). */
  async employeeWithoutAccount(target: EmployeeTarget) {
    const like = this.employee(target);
    return createEmployee(db, { agencyId: like.agencyId, unitId: like.unitId, supervisorId: like.supervisorId, name: "Pegawai Tanpa Akun" });
  }

  /** A plain ASN account (a fresh one, so resetting or deactivating it spoils no actor), optionally with more roles. */
  async account(target: EmployeeTarget, roles: Role[] = []) {
    const employee = await this.employeeWithoutAccount(target);
    return createUser(db, { agencyId: employee.agencyId, employeeId: employee.id, roles: [{ role: "ASN" }, ...roles.map((role) => ({ role }))] });
  }

  /** The TRAINER role row of a fresh account, for revoking. */
  async trainerRole(target: EmployeeTarget) {
    const user = await this.account(target, ["TRAINER"]);
    return db.userRole.findFirstOrThrow({ where: { userId: user.id, role: "TRAINER" }, select: { id: true } });
  }
}
