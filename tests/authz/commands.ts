// THE AUTHORISATION MATRIX OF COMMANDS. One entry per command (every `export const X = defineCommand(...)` under
// lib/), keyed by its export name. tests/integration/authz-matrix.test.ts runs each entry with every actor of
// tests/authz/world.ts on every target, and fails when a command has no entry here.
//
// Adding a command: add an entry with
//   record  what the input points at: "employee" (someone's record: tried on mine, otherUnit, otherAgency),
//           "agency" (an agency's record: tried on homeAgency, otherAgency), "none" (acts in the viewer's own agency);
//   grants  which roles may, and how far (own, team, unit, any); every other role must be refused;
//   input   a schema-valid input pointing at a fresh record of the target (tests/authz/records.ts builds them).
// An allowed call must get past the permission and scope checks (success, or a domain refusal such as CONFLICT);
// a refused call must end in FORBIDDEN or NOT_FOUND (or what `refusedAs` lists).
import type { AppErrorCode } from "@/lib/errors";
import { EVERY_ROLE_OWN, type Grants } from "./grants";
import { assessmentOf, selfRatingInput, staffRatingInput } from "./competency-records";
import { freshEmployee, inactivityPeriod, moveDate, newEmployeeInput, positionIn } from "./people-records";
import { STANDARDS_COMMANDS } from "./standards-records";
import { PLAN_CORE_COMMANDS } from "./plan-records";
import { PLAN_ACTUAL_COMMANDS } from "./plan-actual-records";
import { PLAN_PROPOSAL_COMMANDS } from "./plan-proposal-records";
import type { Records } from "./records";
import type { EmployeeTarget, TargetKey } from "./world";

export type CommandEntry = {
  record: "employee" | "agency" | "none";
  grants: Grants;
  input: (r: Records, target: TargetKey) => Promise<Record<string, unknown>>;
  refusedAs?: AppErrorCode[];
  /** Who else may, beyond what `grants` says (e.g. only the trainer who teaches the batch). */
  note?: string;
};

const ADMIN: Grants = { ADMIN: "any" };
const MANAGERS: Grants = { ADMIN: "any", OPERATOR: "unit" };
const today = () => new Date().toISOString().slice(0, 10);
const mine = (t: TargetKey) => t as EmployeeTarget;

export const COMMANDS: Record<string, CommandEntry> = {
  // people
  updateOwnContact: { record: "none", grants: { ASN: "own" }, input: async () => ({ phone: "081234567890", email: "" }) },
  changeSupervisor: {
    record: "employee", grants: { OPERATOR: "unit", ADMIN: "any" },
    input: async (r, t) => ({ employeeId: r.employee(mine(t)).id, supervisorNip: r.world.supervisors[mine(t)].nip }),
  },
  // employees (issue 13): each call acts on a fresh person of the target's unit (tests/authz/people-records.ts)
  createEmployee: { record: "employee", grants: { OPERATOR: "unit", ADMIN: "any" }, input: async (r, t) => newEmployeeInput(r, mine(t)) },
  updateEmployee: {
    record: "employee", grants: { OPERATOR: "unit", ADMIN: "any" },
    input: async (r, t) => {
      const e = await freshEmployee(r, mine(t));
      const day = (d: Date) => d.toISOString().slice(0, 10);
      return { employeeId: e.id, nip: e.nip, name: `${e.name} Diubah`, frontTitle: "", backTitle: "", kind: e.kind, gender: e.gender, birthDate: day(e.birthDate), rank: "III/b", serviceStartDate: day(e.serviceStartDate) };
    },
  },
  moveEmployee: {
    record: "employee", grants: { OPERATOR: "unit", ADMIN: "any" },
    input: async (r, t) => {
      const [e, position] = await Promise.all([freshEmployee(r, mine(t)), positionIn(r, mine(t))]);
      return { employeeId: e.id, unitId: position.unitId, positionId: position.id, startDate: moveDate() };
    },
  },
  endService: {
    record: "employee", grants: { OPERATOR: "unit", ADMIN: "any" },
    input: async (r, t) => ({ employeeId: (await freshEmployee(r, mine(t))).id, endDate: moveDate(), reason: "Pensiun" }),
  },
  reinstateEmployee: { record: "employee", grants: ADMIN, input: async (r, t) => ({ employeeId: (await freshEmployee(r, mine(t), { ended: true })).id }) },
  createInactivity: {
    record: "employee", grants: { OPERATOR: "unit", ADMIN: "any" },
    input: async (r, t) => ({ employeeId: (await freshEmployee(r, mine(t))).id, kind: "STUDY_ASSIGNMENT", startDate: "2026-01-01", endDate: "2026-06-30", note: "" }),
  },
  updateInactivity: {
    record: "employee", grants: { OPERATOR: "unit", ADMIN: "any" },
    input: async (r, t) => ({ periodId: (await inactivityPeriod(r, mine(t))).id, kind: "LONG_LEAVE", startDate: "2026-02-01", endDate: "2026-05-31", note: "Diperpanjang" }),
  },
  deleteInactivity: { record: "employee", grants: { OPERATOR: "unit", ADMIN: "any" }, input: async (r, t) => ({ periodId: (await inactivityPeriod(r, mine(t))).id }) },

  // catalog: programs, batches, sessions, trainers
  createProgram: { record: "none", grants: ADMIN, input: async () => ({ title: "Pelatihan Baru", routeCode: "KL10", organiser: "BKPP Uji" }) },
  updateProgramEvaluation: { record: "agency", grants: ADMIN, input: async (r, t) => ({ programId: (await r.program(t)).id, feedbackMonths: 3, tracksResults: true }) },
  createBatch: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => ({
      programId: (await r.program(t)).id, number: 1, startDate: "2030-05-06", endDate: "2030-05-06", capacity: 10,
      registrationOpensAt: "2030-04-01T00:00:00.000Z", registrationClosesAt: "2030-04-30T00:00:00.000Z", sessions: [],
    }),
  },
  updateProgram: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => ({ programId: (await r.program(t)).id, title: "Pelatihan Matriks Akses (diubah)", routeCode: "KL10", organiser: "BKPP Uji" }),
  },
  updateBatch: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => {
      const b = await r.batch(t, "OPEN");
      return {
        batchId: b.id, startDate: b.startDate.toISOString().slice(0, 10), endDate: b.endDate.toISOString().slice(0, 10), venue: "Aula Baru",
        capacity: 400, registrationOpensAt: b.registrationOpensAt.toISOString(), registrationClosesAt: b.registrationClosesAt.toISOString(),
      };
    },
  },
  setBatchStatus: { record: "agency", grants: ADMIN, input: async (r, t) => ({ batchId: (await r.batch(t, "OPEN")).id, status: "CLOSED" }) },
  changeSession: { record: "agency", grants: ADMIN, input: async (r, t) => ({ sessionId: (await r.batch(t)).sessionId, cancel: false, startMinute: 490, reason: "Jadwal bergeser" }) },
  changeSessionKind: { record: "agency", grants: ADMIN, input: async (r, t) => ({ sessionId: (await r.batch(t)).sessionId, kind: "MEAL" }) },
  completeBatch: { record: "agency", grants: ADMIN, input: async (r, t) => ({ batchId: (await r.batch(t)).id }) },
  reopenBatch: { record: "agency", grants: ADMIN, input: async (r, t) => ({ batchId: (await r.batch(t, "DONE")).id, reason: "Presensi salah catat" }) },
  assignTrainer: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => {
      const batch = await r.batch(t);
      return { mode: "external", batchId: batch.id, sessionIds: [batch.sessionId], kind: "NARASUMBER", name: "Narasumber Luar", institution: "Universitas Uji" };
    },
  },
  unassignTrainer: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => {
      const batch = await r.batch(t);
      const trainer = await r.trainerOn(batch);
      return { batchId: batch.id, sessionId: batch.sessionId, trainerId: trainer.id };
    },
  },
  recordAttendance: {
    record: "agency", grants: { ADMIN: "any", TRAINER: "own" },
    note: "the trainer teaches every home-agency batch built here; another agency's batch is out of reach",
    input: async (r, t) => {
      const batch = await r.batch(t);
      if (t !== "otherAgency") await r.trainerOn(batch, r.world.trainerEmployee.id);
      const enrolment = await r.enrolment(t === "otherAgency" ? "otherAgency" : "mine", "CONFIRMED", batch);
      return { batchId: batch.id, marks: [{ sessionId: batch.sessionId, enrolmentId: enrolment.id, status: "PRESENT" }] };
    },
  },

  // enrolment
  registerSelf: { record: "agency", grants: { ASN: "own" }, input: async (r, t) => ({ batchId: (await r.batch(t, "OPEN")).id }) },
  nominate: {
    record: "employee", grants: { OPERATOR: "unit" },
    input: async (r, t) => ({ batchId: (await r.batch(t, "OPEN")).id, employeeId: r.employee(mine(t)).id }),
  },
  enrolDirectly: {
    record: "employee", grants: ADMIN,
    input: async (r, t) => ({ batchId: (await r.batch(t, "OPEN")).id, employeeId: r.employee(mine(t)).id }),
  },
  enrolByNip: {
    record: "employee", grants: ADMIN,
    // A NIP outside the admin's agency gets the same "NIP not found" as an unknown one.
    refusedAs: ["FORBIDDEN", "NOT_FOUND", "VALIDATION"],
    input: async (r, t) => ({ batchId: (await r.batch(t, "OPEN")).id, nip: r.employee(mine(t)).nip }),
  },
  enrolWithOverride: {
    record: "employee", grants: ADMIN,
    // Like enrolByNip: a NIP outside the admin's agency gets the same "NIP not found" as an unknown one.
    refusedAs: ["FORBIDDEN", "NOT_FOUND", "VALIDATION"],
    input: async (r, t) => ({ batchId: (await r.batch(t, "OPEN")).id, nip: r.employee(mine(t)).nip, reason: "Surat tugas Kepala BKPP nomor 800/123" }),
  },
  decideAsSupervisor: {
    record: "employee", grants: { SUPERVISOR: "team" },
    input: async (r, t) => ({ enrolmentId: (await r.enrolment(mine(t), "PENDING_SUPERVISOR")).id, approve: true, note: "" }),
  },
  decideAsAgency: {
    record: "employee", grants: ADMIN,
    input: async (r, t) => ({ enrolmentId: (await r.enrolment(mine(t), "PENDING_AGENCY")).id, approve: true, note: "" }),
  },
  withdraw: {
    record: "employee", grants: { ASN: "own", ADMIN: "any" },
    input: async (r, t) => ({ enrolmentId: (await r.enrolment(mine(t), "PENDING_AGENCY")).id, reason: "Ada tugas kantor" }),
  },

  // level 2 (learning) and level 4 (results)
  saveLearningScore: {
    record: "employee", grants: ADMIN,
    input: async (r, t) => ({ enrolmentId: (await r.enrolment(mine(t), "CONFIRMED")).id, preScore: 60, postScore: 80 }),
  },
  saveObserverRatings: {
    record: "employee", grants: ADMIN,
    input: async (r, t) => {
      const batch = await r.batch(t);
      const enrolment = await r.enrolment(mine(t), "CONFIRMED", batch);
      return { enrolmentId: enrolment.id, observerName: "Pengamat", ratings: [{ competencyId: batch.competencyId, level: 3 }] };
    },
  },
  importLearningScores: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => ({ batchId: (await r.batch(t)).id, file: new Blob([]), locale: "id" }),
  },
  addIndicator: {
    record: "agency", grants: { ADMIN: "any" },
    input: async (r, t) => {
      const batch = await r.batch(t);
      const unitId = t === "otherAgency" ? r.world.units.unitB.id : r.world.units.dinasX.id;
      return { batchId: batch.id, unitId, name: "Waktu layanan", measure: "hari", higherIsBetter: false, baselineValue: 10, baselineOn: batch.startDate.toISOString().slice(0, 10) };
    },
  },
  editIndicator: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => {
      const { indicator, batch, unitId } = await r.indicator(t);
      return { indicatorId: indicator.id, unitId, name: "Waktu layanan", measure: "hari", higherIsBetter: false, baselineValue: 9, baselineOn: batch.startDate.toISOString().slice(0, 10) };
    },
  },
  recordResult: { record: "agency", grants: ADMIN, input: async (r, t) => ({ indicatorId: (await r.indicator(t)).indicator.id, resultValue: 8, resultOn: today() }) },
  deleteIndicator: { record: "agency", grants: ADMIN, input: async (r, t) => ({ indicatorId: (await r.indicator(t)).indicator.id }) },

  // level 1 (reaction)
  createQuestionSet: {
    record: "none", grants: ADMIN,
    input: async () => ({ name: "Evaluasi Baru", anonymous: false, active: true, questions: [{ aspect: "MATERIAL", text: "Materi bermanfaat" }] }),
  },
  updateQuestionSet: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => ({ setId: (await r.questionSet(t)).id, name: "Evaluasi Diubah", anonymous: false, active: true, questions: [{ aspect: "MATERIAL", text: "Materi bermanfaat" }] }),
  },
  setQuestionSetActive: { record: "agency", grants: ADMIN, input: async (r, t) => ({ setId: (await r.questionSet(t)).id, active: false }) },
  copyQuestionSet: { record: "agency", grants: ADMIN, input: async (r, t) => ({ setId: (await r.questionSet(t)).id }) },
  saveReactionDraft: {
    record: "employee", grants: { ASN: "own" },
    input: async (r, t) => {
      const { invite, questionId } = await r.reactionInvite(mine(t));
      return { inviteId: invite.id, answers: { [questionId]: { rating: 4 } } };
    },
  },
  submitReaction: {
    record: "employee", grants: { ASN: "own" },
    input: async (r, t) => {
      const { invite, questionId } = await r.reactionInvite(mine(t));
      return { inviteId: invite.id, answers: { [questionId]: { rating: 4 } } };
    },
  },

  // level 3 (feedback)
  submitFeedback: {
    record: "employee", grants: { SUPERVISOR: "team", ADMIN: "any" },
    input: async (r, t) => ({
      taskId: (await r.feedbackTask(mine(t))).id, applied: "Diterapkan dalam pekerjaan", examples: "Laporan disusun lebih cepat",
      rating: 4, behaviours: [], planAction: ["Menyusun SOP"], planOwner: ["Staf"], planDue: ["2031-01-10"],
    }),
  },
  addSelfAssessment: {
    record: "employee", grants: { ASN: "own" },
    input: async (r, t) => ({ taskId: (await r.feedbackTask(mine(t))).id, selfAssessment: "Saya sudah menerapkan materi" }),
  },
  reassignFeedback: {
    record: "employee", grants: ADMIN,
    input: async (r, t) => ({ taskId: (await r.feedbackTask(mine(t))).id, supervisorNip: r.world.supervisors[mine(t)].nip }),
  },
  setFollowUpPlanDone: {
    record: "employee", grants: { ASN: "own", SUPERVISOR: "team", ADMIN: "any" },
    input: async (r, t) => ({ planId: (await r.feedbackTask(mine(t), "SUBMITTED")).plans[0]!.id, done: true }),
  },

  // external training, certificates, JP policy and year close
  submitExternalTraining: {
    record: "none", grants: { ASN: "own" },
    input: async () => ({
      title: "Seminar Data", organiser: "Kementerian", routeCode: "KL10", startDate: "2026-02-02", endDate: "2026-02-02", minutes: "180",
      certificateNumber: "SN-001", file: new File(["bukan pdf"], "sertifikat.pdf", { type: "application/pdf" }),
    }),
  },
  verifyExternalTraining: { record: "employee", grants: { OPERATOR: "unit", ADMIN: "any" }, input: async (r, t) => ({ id: (await r.externalTraining(mine(t))).id, reason: "" }) },
  rejectExternalTraining: {
    record: "employee", grants: { OPERATOR: "unit", ADMIN: "any" },
    input: async (r, t) => ({ id: (await r.externalTraining(mine(t))).id, reason: "Sertifikat tidak terbaca" }),
  },
  revokeCertificate: { record: "employee", grants: ADMIN, input: async (r, t) => ({ certificateId: (await r.certificate(mine(t))).id, reason: "Data peserta keliru" }) },
  updateCertificateSettings: { record: "none", grants: ADMIN, input: async () => ({ format: "{seq}/STTPP/BKPP/{year}", signatoryName: "", signatoryPosition: "" }) },
  savePolicy: {
    record: "none", grants: ADMIN,
    input: async () => ({ year: 2031, targetJp: 20, proRate: false, countedRouteCodes: [], completionThresholdPct: 80, pppkCeilingJp: null }),
  },
  closeYear: { record: "none", grants: ADMIN, input: async () => ({ year: 2020 }) },

  // notifications
  markNotificationRead: { record: "employee", grants: EVERY_ROLE_OWN, input: async (r, t) => ({ notificationId: (await r.notification(mine(t))).id }) },
  markAllNotificationsRead: { record: "none", grants: EVERY_ROLE_OWN, input: async () => ({}) },

  // the organisation tree and positions (lib/org, lib/positions): admins only; an operator reads and changes nothing
  createUnit: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => ({ parentId: (await r.unit(t)).id, kind: "BIDANG", code: `MTX-${Math.random().toString(36).slice(2, 10)}`, name: "Bidang Matriks" }),
  },
  renameUnit: { record: "agency", grants: ADMIN, input: async (r, t) => ({ unitId: (await r.unit(t)).id, kind: "UPTD", code: `MTX-${Math.random().toString(36).slice(2, 10)}`, name: "UPTD Matriks" }) },
  moveUnit: { record: "agency", grants: ADMIN, input: async (r, t) => ({ unitId: (await r.unit(t)).id, parentId: (await r.unit(t)).id }) },
  closeUnit: { record: "agency", grants: ADMIN, input: async (r, t) => ({ unitId: (await r.unit(t)).id, closedOn: today() }) },
  reopenUnit: { record: "agency", grants: ADMIN, input: async (r, t) => ({ unitId: (await r.unit(t, { closed: true })).id }) },
  setUnitHead: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => {
      const position = await r.position(t);
      return { unitId: position.unitId, positionId: position.id };
    },
  },
  createPosition: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => ({ unitId: (await r.unit(t)).id, name: "Analis Kebijakan Ahli Muda", group: "FUNGSIONAL", level: "AHLI_MUDA" }),
  },
  updatePosition: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => {
      const position = await r.position(t);
      return { positionId: position.id, unitId: position.unitId, name: "Pengawas Matriks", group: "PENGAWAS", level: "" };
    },
  },

  // imports (lib/import/): keep an uploaded file, apply a checked one; checking in between changes no one's data
  startImport: {
    record: "none", grants: ADMIN,
    input: async () => ({ kind: "inactivity-periods", file: new File(["NIP;JENIS;TANGGAL MULAI;TANGGAL SELESAI\r\n"], "kosong.csv", { type: "text/csv" }) }),
  },
  applyImport: { record: "agency", grants: ADMIN, input: async (r, t) => ({ runId: (await r.importRun(t)).id }) },

  // issue 13, ledger (decision 0027): an admin's correction; external training recorded on an ASN's behalf
  correctLedgerEntry: {
    record: "employee", grants: ADMIN,
    input: async (r, t) => ({
      employeeId: r.employee(mine(t)).id, direction: "add", jp: "2", minutes: "", date: today(), title: "Koreksi JP matriks",
      reason: "Nota dinas 800/1 matriks akses", routeCode: "KL10",
    }),
  },
  recordExternalTrainingOnBehalf: {
    record: "employee", grants: { OPERATOR: "unit", ADMIN: "any" },
    // Not a PDF: an allowed call gets past the scope and stops at the file check (VALIDATION), storing nothing.
    input: async (r, t) => ({
      employeeId: r.employee(mine(t)).id, title: "Seminar Data", organiser: "Kementerian", routeCode: "KL10", startDate: "2026-02-02", endDate: "2026-02-02",
      minutes: "180", certificateNumber: "SN-OB-001", file: new File(["bukan pdf"], "sertifikat.pdf", { type: "application/pdf" }),
    }),
  },
  // accounts (lib/accounts/): operators manage the ASN accounts of their unit; only admins grant roles
  createAccount: { record: "employee", grants: MANAGERS, input: async (r, t) => ({ employeeId: (await r.employeeWithoutAccount(mine(t))).id }) },
  resetPassword: { record: "employee", grants: MANAGERS, input: async (r, t) => ({ userId: (await r.account(mine(t))).id }) },
  setAccountActive: { record: "employee", grants: MANAGERS, input: async (r, t) => ({ userId: (await r.account(mine(t))).id, active: false }) },
  grantRole: { record: "employee", grants: ADMIN, input: async (r, t) => ({ userId: (await r.account(mine(t))).id, role: "TRAINER" }) },
  revokeRole: { record: "employee", grants: ADMIN, input: async (r, t) => ({ roleId: (await r.trainerRole(mine(t))).id }) },
  // A wrong current password: every actor gets as far as the check (a refusal returned, and audited), and no
  // actor's password changes under the other tests.
  changeOwnPassword: {
    record: "none", grants: EVERY_ROLE_OWN,
    input: async () => ({ currentPassword: "bukan-kata-sandinya", newPassword: "Sungai-Kaligarang-1997", confirmPassword: "Sungai-Kaligarang-1997" }),
  },
  cancelImport: { record: "agency", grants: ADMIN, input: async (r, t) => ({ runId: (await r.importRun(t)).id }) },
  // competency settings (issue 14): the agency's own row; the defaults, saved
  saveCompetencySettings: {
    record: "none", grants: ADMIN,
    input: async () => ({
      validityAssessmentCentre: 3, validityUjiKompetensi: 3, validityMultiRater: 1, validitySupervisor: 1, validitySelf: 1, jpmHighPct: 90, jpmMidPct: 78,
      jpmHighName: "Optimal", jpmMidName: "Cukup optimal", jpmLowName: "Kurang optimal", weightByImportance: false, weightMutlak: 3, weightPenting: 2, weightPerlu: 1,
    }),
  },
  ...STANDARDS_COMMANDS,
  ...PLAN_CORE_COMMANDS,
  ...PLAN_ACTUAL_COMMANDS,
  ...PLAN_PROPOSAL_COMMANDS,
  // issue 14: an ASN chooses their own career target, a position of their agency
  chooseCareerTarget: { record: "none", grants: { ASN: "own" }, input: async (r) => ({ positionId: (await positionIn(r, "mine")).id }) },
  // issue 14, recorded levels (decision 0030): a supervisor rates their own staff only (not themself), an ASN only
  // themself, an admin withdraws with a reason
  rateStaff: { record: "employee", grants: { SUPERVISOR: "team" }, input: async (r, t) => staffRatingInput(r, mine(t)) },
  rateSelf: { record: "none", grants: { ASN: "own" }, input: async (r) => selfRatingInput(r) },
  withdrawAssessment: { record: "employee", grants: ADMIN, input: async (r, t) => ({ assessmentId: (await assessmentOf(r, mine(t))).id, reason: "Salah NIP pada berkas" }) },
};
