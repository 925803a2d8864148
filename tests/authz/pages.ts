// THE PAGES AND ROUTE HANDLERS OF THE MATRIX: one entry per app/**/page.tsx (by URL pattern) and per exported
// method of app/**/route.ts ("GET /api/..."). tests/e2e/authz-matrix.spec.ts requests each one as every demo
// role, as the admin of another agency and signed out; tests/integration/authz-matrix.test.ts fails when the
// code has a page or handler without an entry here.
//
// Adding a page: "/url/[param]": { who: { ROLE: reach, ... }, params: { param: "recordKind" } }
//   who     the roles that may open it and how far their reach goes (own, team, unit, any), or "signedIn"
//           (any signed-in user) or "everyone" (also signed out). Everyone else gets 403 or 404; a signed-out
//           visitor of a non-public page is sent to /login.
//   params  the kind of record each [param] names (see RECORD_KINDS); the spec tries the record of the demo
//           ASN ("mine": also in the demo supervisor's team and the demo operator's unit), of another unit and
//           of another agency, or, for agency records, one of the demo agency and one of the other agency.
//   query   a query string to add (e.g. a CSV format, so the body can be searched for other agencies' data).
import type { Grants } from "./grants";

/** What a [param] names. Employee kinds belong to a person; agency kinds to an agency. */
export const RECORD_KINDS = {
  batch: "agency", program: "agency", questionSet: "agency",
  taughtBatch: "agency", // a batch the demo trainer teaches (in the other agency: any batch)
  employee: "employee", externalTraining: "employee", reactionInvite: "employee", feedbackTask: "employee",
  confirmedBatch: "employee", // a batch in which the person holds a confirmed seat
  certificate: "employee",
  certificateCode: "public",
  unit: "agency", position: "agency", // an organisation unit, a position (jabatan)
  account: "employee", // a user account: through its employee, or agency-wide for an account without one (an admin's)
  importRun: "agency", // an upload of lib/import/ (ImportRun)
  importKind: "public", // an import kind's name (lib/import/kinds.ts), the same in every agency
  competency: "agency", // an entry of the competency dictionary
  planYear: "public", // a plan's year: every agency has its own plan of that year (or none yet: the page says so)
  planLine: "agency", // a line of a plan version (its URL also names the plan's year)
} as const;
export type RecordKind = keyof typeof RECORD_KINDS;

export type PageEntry = {
  who: Grants | "signedIn" | "everyone";
  params?: Record<string, RecordKind>;
  query?: string;
  /** The status an allowed request gets when it is not 200 (the "too many checks" page answers 429). */
  okStatus?: number;
  /** Not requested by the e2e matrix, and why (the coverage check still needs the entry). */
  notRequested?: string;
};

const ADMIN: Grants = { ADMIN: "any" };
const MANAGERS: Grants = { ADMIN: "any", OPERATOR: "unit" };
const ASN: Grants = { ASN: "own" };
const SUPERVISOR: Grants = { SUPERVISOR: "team" };
const COMPLIANCE: Grants = { ASN: "own", SUPERVISOR: "team", OPERATOR: "unit", ADMIN: "any" };
const CATALOG: Grants = { ASN: "own", TRAINER: "own", OPERATOR: "unit", ADMIN: "any" };

export const PAGES: Record<string, PageEntry> = {
  "/": { who: "signedIn" },
  "/login": { who: "everyone" },
  "/verifikasi/[code]": { who: "everyone", params: { code: "certificateCode" } },
  "/beranda": { who: "signedIn" },
  "/kotak-masuk": { who: "signedIn" },

  "/admin": { who: ADMIN },
  "/admin/akun": { who: MANAGERS },
  "/admin/akun/tanpa-akun": { who: MANAGERS },
  "/admin/akun/[userId]": { who: MANAGERS, params: { userId: "account" } },
  "/akun/kata-sandi": { who: "signedIn" },
  // The audit trail: the agency's for an admin, the rows about their unit for an operator (scoped in lib/audit/queries.ts).
  "/admin/audit": { who: MANAGERS },
  "/admin/angkatan/[batchId]": { who: ADMIN, params: { batchId: "batch" } },
  "/admin/angkatan/[batchId]/ubah": { who: ADMIN, params: { batchId: "batch" } },
  "/admin/angkatan/[batchId]/evaluasi": { who: ADMIN, params: { batchId: "batch" } },
  // Issue 15: a batch's plan line and realised budget (manage:plan); plan against actual of a year (read:plan).
  "/admin/angkatan/[batchId]/anggaran": { who: ADMIN, params: { batchId: "batch" } },
  "/admin/rencana/[year]/realisasi": { who: { ADMIN: "any", PLAN_APPROVER: "any" }, params: { year: "planYear" } },
  // Candidates ranked by need: the admin enrols, an operator nominates from their unit (lib/competency/nomination.ts).
  "/admin/angkatan/[batchId]/calon": { who: MANAGERS, params: { batchId: "batch" } },
  "/admin/kebutuhan-pelatihan": { who: MANAGERS },
  "/admin/rencana": { who: { ADMIN: "any", PLAN_APPROVER: "any" } },
  "/admin/rencana/[year]": { who: { ADMIN: "any", PLAN_APPROVER: "any" }, params: { year: "planYear" } },
  "/admin/rencana/[year]/baris/baru": { who: ADMIN, params: { year: "planYear" } },
  "/admin/rencana/[year]/baris/[lineId]": { who: { ADMIN: "any", PLAN_APPROVER: "any" }, params: { lineId: "planLine", year: "planYear" } },
  "/admin/rencana/[year]/perbandingan": { who: { ADMIN: "any", PLAN_APPROVER: "any" }, params: { year: "planYear" } },
  "/admin/evaluasi": { who: ADMIN },
  "/admin/evaluasi/baru": { who: ADMIN },
  "/admin/evaluasi/[setId]": { who: ADMIN, params: { setId: "questionSet" } },
  "/admin/kebijakan": { who: ADMIN },
  "/admin/kepatuhan": { who: MANAGERS },
  "/admin/kepatuhan/daftar": { who: MANAGERS },
  "/admin/kepatuhan/tutup-tahun": { who: ADMIN },
  // The organisation: an operator reads their own subtree (tree and positions); only an admin changes it.
  "/admin/organisasi": { who: MANAGERS },
  "/admin/organisasi/baru": { who: ADMIN },
  "/admin/organisasi/[unitId]": { who: ADMIN, params: { unitId: "unit" } },
  "/admin/jabatan": { who: MANAGERS },
  "/admin/jabatan/baru": { who: ADMIN },
  "/admin/jabatan/[positionId]": { who: ADMIN, params: { positionId: "position" } },
  "/admin/jabatan/[positionId]/standar": { who: ADMIN, params: { positionId: "position" } },
  "/admin/kamus-kompetensi": { who: ADMIN },
  "/admin/kamus-kompetensi/baru": { who: ADMIN },
  "/admin/kamus-kompetensi/[competencyId]": { who: ADMIN, params: { competencyId: "competency" } },
  "/admin/pegawai": { who: MANAGERS },
  "/admin/pegawai/[id]": { who: MANAGERS, params: { id: "employee" } },
  "/admin/pegawai/[id]/koreksi-jp": { who: ADMIN, params: { id: "employee" } },
  "/admin/pegawai/[id]/diklat-eksternal/baru": { who: MANAGERS, params: { id: "employee" } },
  "/admin/pegawai/baru": { who: MANAGERS },
  "/admin/pegawai/[id]/ubah": { who: MANAGERS, params: { id: "employee" } },
  // One ASN's recorded competency results: read by an admin and by the operator of their unit; only an admin withdraws.
  "/admin/pegawai/[id]/asesmen": { who: MANAGERS, params: { id: "employee" } },
  "/admin/pelatihan": { who: ADMIN },
  "/admin/pelatihan/baru": { who: ADMIN },
  "/admin/pelatihan/[programId]": { who: ADMIN, params: { programId: "program" } },
  "/admin/pelatihan/[programId]/angkatan-baru": { who: ADMIN, params: { programId: "program" } },
  "/admin/pelatihan/[programId]/evaluasi": { who: ADMIN, params: { programId: "program" } },
  "/admin/pelatihan/[programId]/ubah": { who: ADMIN, params: { programId: "program" } },
  "/admin/sertifikat": { who: ADMIN },
  "/admin/umpan-balik": { who: ADMIN },
  "/admin/verifikasi": { who: MANAGERS },
  "/admin/verifikasi/[id]": { who: MANAGERS, params: { id: "externalTraining" } },
  // Imports: the agency admin only (issue 13: operators cannot import).
  "/admin/impor": { who: ADMIN },
  "/admin/impor/[kind]": { who: ADMIN, params: { kind: "importKind" } },
  "/admin/impor/proses/[runId]": { who: ADMIN, params: { runId: "importRun" } },
  // Competency settings (issue 14): validity per source, JPM bands, need weighting; the agency admin only.
  "/admin/kompetensi/pengaturan": { who: ADMIN },

  "/evaluasi": { who: ASN },
  "/evaluasi/[inviteId]": { who: ASN, params: { inviteId: "reactionInvite" } },
  "/jp": { who: COMPLIANCE },
  "/jp/eksternal": { who: ASN },
  "/jp/eksternal/baru": { who: ASN },
  "/jp/eksternal/[id]": { who: ASN, params: { id: "externalTraining" } },
  "/mengajar": { who: { TRAINER: "own" } },
  "/pelatihan": { who: CATALOG },
  "/pelatihan/[programId]": { who: CATALOG, params: { programId: "program" } },
  "/pelatihan/saya": { who: COMPLIANCE },
  "/presensi/[batchId]": { who: { ADMIN: "any", TRAINER: "own" }, params: { batchId: "taughtBatch" } },
  "/sertifikat": { who: { ASN: "own", ADMIN: "any" } },
  "/tim": { who: SUPERVISOR },
  "/tim/jp": { who: SUPERVISOR },
  "/tim/persetujuan": { who: SUPERVISOR },
  // A supervisor's staff ranked by need for a batch, read-only (supervisors cannot nominate).
  "/tim/angkatan/[batchId]/calon": { who: SUPERVISOR, params: { batchId: "batch" } },
  // A staff member's JP and ledger: the demo supervisor's own staff only; another unit's ASN is a 404.
  "/tim/[employeeId]": { who: SUPERVISOR, params: { employeeId: "employee" } },
  // Everyone's own feedback inbox: the tasks to give (a supervisor's) and those about oneself (a participant's).
  "/tim/umpan-balik": { who: "signedIn" },
  "/tim/umpan-balik/[id]": { who: { ASN: "own", SUPERVISOR: "team", ADMIN: "any" }, params: { id: "feedbackTask" } },
  // Issue 14, the individual competency profile: one's own (and the target position one picks); a supervisor's view of
  // one staff member (another team's member is a 404). The employee page's "Kompetensi" tab is /admin/pegawai/[id].
  "/kompetensi-saya": { who: ASN },
  "/tim/[employeeId]/kompetensi": { who: SUPERVISOR, params: { employeeId: "employee" } },
  // Gap analysis (issue 14): the organisation heatmap, its drill-down (an operator sees nobody outside their
  // subtree: lib/competency/gaps.ts), the position view; the supervisor's team heatmap.
  "/admin/kompetensi": { who: MANAGERS },
  "/admin/kompetensi/peta/[unitId]/[competencyId]": { who: MANAGERS, params: { unitId: "unit", competencyId: "competency" } },
  "/admin/kompetensi/jabatan": { who: MANAGERS },
  "/admin/kompetensi/jabatan/[positionId]": { who: MANAGERS, params: { positionId: "position" } },
  "/tim/kompetensi": { who: SUPERVISOR },
  // Recorded levels (issue 14): a supervisor rates their own staff (another team's member is a 404); an ASN rates themself.
  "/tim/[employeeId]/kompetensi/nilai": { who: SUPERVISOR, params: { employeeId: "employee" } },
  "/kompetensi-saya/nilai": { who: ASN },
  // Issue 15, the plan's documents: a version printed on A4 landscape with the signatory block (read:plan, agency-wide).
  "/admin/rencana/[year]/cetak": { who: { ADMIN: "any", PLAN_APPROVER: "any" }, params: { year: "planYear" } },
  // Issue 15, OPD proposals (decision 0036): the admin opens the window and decides; an OPD operator proposes for their unit.
  "/admin/rencana/[year]/usulan": { who: ADMIN, params: { year: "planYear" } },
  "/admin/usulan-rencana": { who: { OPERATOR: "unit" } },
};

export const ROUTES: Record<string, PageEntry> = {
  "GET /api/health": { who: "everyone" },
  "GET /api/auth/[...nextauth]": { who: "everyone", notRequested: "Auth.js's own endpoints; sign-in.spec.ts drives them" },
  "POST /api/auth/[...nextauth]": { who: "everyone", notRequested: "Auth.js's own endpoints; sign-in.spec.ts drives them" },
  "POST /api/uji/jadwal": { who: "signedIn", notRequested: "test clock: exists only with BANGKOM_TEST_CLOCK=1, and a request runs the job schedule" },
  "GET /verifikasi/terlalu-banyak": { who: "everyone", okStatus: 429 },
  "GET /api/angkatan/[batchId]/ics": { who: ASN, params: { batchId: "confirmedBatch" } },
  "GET /api/angkatan/[batchId]/nilai": { who: ADMIN, params: { batchId: "batch" } },
  "GET /api/berkas/eksternal/[id]": { who: COMPLIANCE, params: { id: "externalTraining" } },
  "GET /api/sertifikat/[id]": { who: { ASN: "own", ADMIN: "any" }, params: { id: "certificate" } },
  "GET /api/ekspor/evaluasi/angkatan/[batchId]": { who: ADMIN, params: { batchId: "batch" } },
  "GET /api/ekspor/evaluasi/program/[programId]": { who: ADMIN, params: { programId: "program" } },
  "GET /api/ekspor/jp-saya": { who: ASN, query: "?format=csv" },
  "GET /api/ekspor/kepatuhan": { who: COMPLIANCE, query: "?format=csv" },
  "GET /api/ekspor/audit": { who: MANAGERS },
  "GET /api/ekspor/kepatuhan-opd": { who: MANAGERS, query: "?format=csv" },
  "GET /api/ekspor/kebutuhan-pelatihan": { who: MANAGERS, query: "?format=csv" },
  // 404 for a year without a plan: the demo's 2026 plan (tests/factories/demo-dev-plan.ts) makes it a file.
  "GET /api/ekspor/rencana/[year]/realisasi": { who: { ADMIN: "any", PLAN_APPROVER: "any" }, params: { year: "planYear" } },
  "GET /api/ekspor/siasn": { who: MANAGERS, query: "?format=csv" },
  "GET /api/ekspor/tim": { who: SUPERVISOR, query: "?format=csv" },
  // The plan's XLSX annex of a version (read:plan, agency-wide; ?versi=n).
  "GET /api/ekspor/rencana/[year]/lampiran": { who: { ADMIN: "any", PLAN_APPROVER: "any" }, params: { year: "planYear" } },
  "GET /api/impor/[runId]/status": { who: ADMIN, params: { runId: "importRun" } },
  "GET /api/impor/[runId]/kesalahan": { who: ADMIN, params: { runId: "importRun" } },
  "GET /api/impor/templat/[kind]": { who: ADMIN, params: { kind: "importKind" }, query: "?format=csv" },
  // An empty body from an importer is a file refused as missing (400); lib/import/upload.ts.
  "POST /api/impor/unggah/[kind]": { who: ADMIN, params: { kind: "importKind" }, okStatus: 400 },
};
