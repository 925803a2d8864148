import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BatchStatus, EnrolmentOrigin, EnrolmentStatus, PositionType } from "@/lib/generated/prisma/enums";
import type { SqlTx } from "@/lib/sql-transaction";
import { AppError } from "@/lib/errors";
import { fullName, isInService } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import { isUuid } from "@/lib/uuid";
import { clashRefusal } from "./clash";
import { eligibilityDay, firstClash, isActive, judgeRegistration, windowProblem, type QuotaFact, type RegistrationProblem } from "./rules";
import { confirmedElsewhereJson, newId, noticeCte, parseClashes, type Recipients } from "./sql";

/** The refusal of a registration. Someone registering others (an operator, an admin) reads it about the
 *  participant, by name ("Jenis jabatan Rina … tidak termasuk …"), not as if they were the participant. */
const refuse = (problem: RegistrationProblem, participant: string | null) =>
  participant
    ? new AppError("CONFLICT", `eligibility.problemFor.${problem}`, undefined, { name: participant })
    : new AppError("CONFLICT", `enrolment.problem.${problem}`);

/** Everything a registration is judged on, read in one statement. Employee columns are null when not found. */
type Facts = {
  batchId: string;
  status: BatchStatus;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  startDate: Date;
  endDate: Date;
  number: number;
  programTitle: string;
  eligibleTypes: PositionType[];
  eligibleUnitPaths: string[];
  quotas: unknown;
  employeeId: string | null;
  employeeName: string | null;
  frontTitle: string | null;
  backTitle: string | null;
  supervisorId: string | null;
  serviceEndDate: Date | null;
  unitPath: string | null;
  positionType: PositionType | null;
  existingId: string | null;
  existingStatus: EnrolmentStatus | null;
  clashes: unknown;
};

/**
 * For a batch that ended before `today` (a past batch entered after the fact), the unit and position are the ones
 * the person held on the batch's first day (EmployeeAssignment history), else their current ones.
 */
async function readFacts(tx: SqlTx, agencyId: string, batchId: string, employeeId: string, today: Date): Promise<Facts | null> {
  const [facts] = await tx.$queryRaw<Facts[]>`
    SELECT b.id::text AS "batchId", b.status::text AS status, b."registrationOpensAt", b."registrationClosesAt", b."startDate", b."endDate",
      b.number, p.title AS "programTitle", coalesce(p."eligibleTypes", '{}')::text[] AS "eligibleTypes",
      ARRAY(SELECT u.path FROM "ProgramEligibleUnit" pe JOIN "OrgUnit" u ON u.id = pe."unitId" WHERE pe."programId" = p.id) AS "eligibleUnitPaths",
      (SELECT json_agg(json_build_object('unitId', q."unitId", 'path', u.path, 'seats', q.seats, 'confirmed', q."confirmedCount")) FROM "BatchQuota" q JOIN "OrgUnit" u ON u.id = q."unitId" WHERE q."batchId" = b.id) AS quotas,
      e.id::text AS "employeeId", e.name AS "employeeName", e."frontTitle", e."backTitle", e."supervisorId"::text AS "supervisorId", e."serviceEndDate", eu.path AS "unitPath", po.type::text AS "positionType",
      x.id::text AS "existingId", x.status::text AS "existingStatus",
      ${confirmedElsewhereJson(Prisma.sql`e.id`, Prisma.sql`b.id`)} AS clashes
    FROM "Batch" b
    JOIN "Program" p ON p.id = b."programId"
    LEFT JOIN "Employee" e ON e.id = ${employeeId}::uuid AND e."agencyId" = ${agencyId}::uuid
    LEFT JOIN LATERAL (
      SELECT a."unitId", a."positionId" FROM "EmployeeAssignment" a
      WHERE a."employeeId" = e.id AND a."agencyId" = e."agencyId" AND a."startDate" <= b."startDate" AND (a."endDate" IS NULL OR a."endDate" >= b."startDate")
      ORDER BY a."startDate" DESC LIMIT 1
    ) held ON b."endDate" < ${today.toISOString().slice(0, 10)}::date
    LEFT JOIN "OrgUnit" eu ON eu.id = coalesce(held."unitId", e."unitId")
    LEFT JOIN "Position" po ON po.id = coalesce(held."positionId", e."positionId")
    LEFT JOIN "Enrolment" x ON x."batchId" = b.id AND x."employeeId" = e.id
    WHERE b.id = ${batchId}::uuid AND b."agencyId" = ${agencyId}::uuid`;
  return facts ?? null;
}

export type NewRegistration = {
  id: string;
  status: EnrolmentStatus;
  quotaUnitId: string | null;
  supervisorId: string | null;
  employeeId: string;
  batchId: string;
};

/** Which training a notice about this registration names. */
export type RegistrationNotice = (r: Omit<NewRegistration, "id">, batch: { program: string; batch: number }) => Recipients | null;

/**
 * Checks whether an employee may be registered for a batch and creates (or revives) the registration.
 * Each refusal names its reason: window, eligibility, duplicate, clash or quota (judgeRegistration, the same
 * rule the program page shows before "Daftar"). Two statements: one reads every fact the rules judge, one
 * writes the registration together with the notice `notify` asks for. With `override` (an admin's, with a
 * reason the caller audits) the overridable rules are set aside and returned in `overridden`; a quota set
 * aside means the seat counts against the batch's capacity only.
 */
export async function createRegistration(
  tx: SqlTx,
  opts: { agencyId: string; batchId: string; employeeId: string; origin: EnrolmentOrigin; requestedById: string; skipWindow?: boolean; override?: boolean },
  notify?: RegistrationNotice,
) {
  if (!isUuid(opts.batchId) || !isUuid(opts.employeeId)) throw new AppError("NOT_FOUND", "common.notFound");
  const today = calendarToday();
  const facts = await readFacts(tx, opts.agencyId, opts.batchId, opts.employeeId, today);
  if (!facts) throw new AppError("NOT_FOUND", "common.notFound");
  if (!facts.employeeId || !facts.unitPath || !facts.positionType) throw new AppError("NOT_FOUND", "common.notFound");

  const name = fullName({ name: facts.employeeName ?? "", frontTitle: facts.frontTitle, backTitle: facts.backTitle });
  const participant = opts.origin === "SELF" ? null : name;
  const window = opts.skipWindow ? (facts.status === "CANCELLED" || facts.status === "DONE" ? "notOpen" : null) : windowProblem(facts, new Date());
  const clash = firstClash(facts, parseClashes(facts.clashes));
  const quotas = (typeof facts.quotas === "string" ? JSON.parse(facts.quotas) : facts.quotas) as QuotaFact[] | null;
  const verdict = judgeRegistration({
    window,
    candidate: {
      positionType: facts.positionType,
      unitPath: facts.unitPath,
      // A past batch is judged on its first day (still in service then, though retired since); any other on today.
      inService: isInService(facts, eligibilityDay(facts, today)),
    },
    program: { eligibleTypes: facts.eligibleTypes, eligibleUnitPaths: facts.eligibleUnitPaths },
    hasActiveRegistration: Boolean(facts.existingStatus && isActive(facts.existingStatus)),
    hasClash: Boolean(clash),
    quotas: quotas ?? [],
    override: opts.override,
  });
  if (verdict.problem === "clash" && clash) throw clashRefusal(clash);
  if (verdict.problem) throw refuse(verdict.problem, participant);
  const { quotaUnitId, overridden } = verdict;

  const status: EnrolmentStatus = opts.origin === "ADMIN" ? "PENDING_AGENCY" : facts.supervisorId ? "PENDING_SUPERVISOR" : "PENDING_AGENCY";
  const supervisorId = opts.origin === "ADMIN" ? null : facts.supervisorId;
  const registration: Omit<NewRegistration, "id"> = { status, quotaUnitId, supervisorId, employeeId: facts.employeeId, batchId: facts.batchId };
  // The notice is decided before the write, so one statement writes both.
  const recipients = notify?.(registration, { program: facts.programTitle, batch: facts.number }) ?? null;
  const write = facts.existingId
    ? Prisma.sql`UPDATE "Enrolment" SET status = ${status}::"EnrolmentStatus", origin = ${opts.origin}::"EnrolmentOrigin", "quotaUnitId" = ${quotaUnitId}::uuid,
        "requestedById" = ${opts.requestedById}::uuid, "supervisorId" = ${supervisorId}::uuid, "supervisorNote" = NULL, "supervisorDecidedAt" = NULL,
        "agencyDecidedById" = NULL, "agencyDecidedAt" = NULL, "queueSeq" = NULL, "withdrawnReason" = NULL, "rejectedReason" = NULL, completed = NULL,
        "updatedAt" = now()
      WHERE id = ${facts.existingId}::uuid RETURNING id`
    : Prisma.sql`INSERT INTO "Enrolment"(id, "agencyId", "batchId", "employeeId", status, origin, "quotaUnitId", "requestedById", "supervisorId", "updatedAt")
      VALUES (${newId()}::uuid, ${opts.agencyId}::uuid, ${facts.batchId}::uuid, ${facts.employeeId}::uuid, ${status}::"EnrolmentStatus", ${opts.origin}::"EnrolmentOrigin",
        ${quotaUnitId}::uuid, ${opts.requestedById}::uuid, ${supervisorId}::uuid, now())
      RETURNING id`;
  const [{ id }] = (await tx.$queryRaw<{ id: string }[]>`WITH changed AS (${write}) ${noticeCte(recipients)} SELECT id::text AS id FROM changed`) as [{ id: string }];
  return {
    enrolment: { id, ...registration },
    overridden,
    participant: name,
    batch: { program: facts.programTitle, batch: facts.number, startDate: facts.startDate, endDate: facts.endDate },
  };
}
