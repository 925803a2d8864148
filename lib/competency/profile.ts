import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor } from "@/lib/auth/permissions";
import { employeeScope, teamOf } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { calendarToday } from "@/lib/time";
import { currentLevels, loadCompetencySettings, validUntil } from "./profile-deps";
import {
  missingTrainings, profileAgainst, recommendedPrograms, resultStatus,
  type CoveringProgram, type Evidence, type ProfileResult, type Recommendation, type ResultView, type StandardProfile, type TrainingRequirement,
} from "./profile-rules";
import { completedTrainings, coveringPrograms, standardInForce } from "./profile-sql";

// One ASN's competency profile on a date (issue 14, the individual level): against the standard in force of their
// current position and of the target position they chose. Scoped by read:competency-profile in this layer: the ASN
// themself, their supervisor (team), an operator of their unit, an admin; anyone else gets null (the page's 404).

export type PositionProfile = StandardProfile & {
  position: { id: string; name: string; unitName: string };
  version: { id: string; legalBasis: string; effectiveFrom: Date } | null;
  missingTrainings: TrainingRequirement[];
  /** How many training requirements naming a program the standard has (none: nothing to lack). */
  trainingRequirements: number;
  recommendations: Recommendation[];
};
export type CompetencyProfile = {
  employee: { id: string; nip: string; name: string; frontTitle: string | null; backTitle: string | null; unitName: string };
  on: Date;
  current: PositionProfile;
  target: PositionProfile | null;
  targetChosenAt: Date | null;
  /** Every result of the person, withdrawn ones too, newest first: the history. */
  history: ResultView[];
  evidence: Evidence[];
};

/** The employee's id if the viewer may read their profile, else null. */
export async function profileSubject(viewer: Viewer, employeeId: string) {
  const scope = await employeeScope(viewer, "read:competency-profile");
  if (!scope || !/^[0-9a-f-]{36}$/i.test(employeeId)) return null;
  return db.employee.findFirst({
    where: { AND: [scope, { id: employeeId }] },
    select: {
      id: true, nip: true, name: true, frontTitle: true, backTitle: true, agencyId: true,
      unit: { select: { name: true } },
      position: { select: { id: true, name: true, unit: { select: { name: true } } } },
      careerTarget: { select: { chosenAt: true, position: { select: { id: true, name: true, unit: { select: { name: true } } } } } },
    },
  });
}

export async function competencyProfile(viewer: Viewer, employeeId: string, on: Date = calendarToday(), targetPositionId?: string): Promise<CompetencyProfile | null> {
  const subject = await profileSubject(viewer, employeeId);
  if (!subject) return null;
  const agencyId = subject.agencyId;
  const targetPosition = targetPositionId
    ? await db.position.findFirst({ where: { id: targetPositionId, agencyId }, select: { id: true, name: true, unit: { select: { name: true } } } })
    : subject.careerTarget?.position ?? null;

  const [settings, rows, completed] = await Promise.all([
    loadCompetencySettings(agencyId),
    db.competencyAssessment.findMany({
      where: { agencyId, employeeId: subject.id },
      select: {
        id: true, competencyId: true, level: true, assessedOn: true, source: true, recordedAt: true, withdrawnAt: true, withdrawnReason: true,
        assessorName: true, documentNumber: true, competency: { select: { code: true } },
      },
    }),
    completedTrainings(agencyId, subject.id),
  ]);
  const results: ProfileResult[] = rows.map(({ competency, ...r }) => ({ ...r, code: competency.code }));
  const evidence = completed.evidence;

  async function against(position: { id: string; name: string; unit: { name: string } }): Promise<PositionProfile> {
    const standard = await standardInForce(agencyId, position.id, on);
    const profile = profileAgainst(standard?.lines ?? [], results, evidence, on, settings.validity, settings.bands);
    const gapped = profile.lines.filter((l) => l.gap);
    const programs: CoveringProgram[] = gapped.length ? await coveringPrograms(agencyId, gapped.map((l) => l.competencyId), on) : [];
    return {
      ...profile,
      position: { id: position.id, name: position.name, unitName: position.unit.name },
      version: standard?.version ?? null,
      missingTrainings: missingTrainings(standard?.requirements ?? [], completed.programIds),
      trainingRequirements: (standard?.requirements ?? []).filter((r) => r.programId).length,
      recommendations: recommendedPrograms(profile.lines, programs),
    };
  }

  const [current, target] = await Promise.all([against(subject.position), targetPosition ? against(targetPosition) : null]);
  const { validity } = settings;
  const counted = new Set([...currentLevels(results, on, validity).values()].map((c) => c.resultId));
  const history: ResultView[] = [...results]
    .sort((a, b) => b.assessedOn.getTime() - a.assessedOn.getTime() || a.code.localeCompare(b.code))
    .map((r) => ({ ...r, validUntil: validUntil(r, validity), status: resultStatus(r, on, validity, counted.has(r.id) ? r.id : null) }));
  return {
    employee: { id: subject.id, nip: subject.nip, name: subject.name, frontTitle: subject.frontTitle, backTitle: subject.backTitle, unitName: subject.unit.name },
    on, current, target, targetChosenAt: subject.careerTarget?.chosenAt ?? null, history, evidence,
  };
}

/** The profile of one of the viewer's staff (the supervisor's pages): null for anyone outside their team, even if another role could read them. */
export async function teamMemberProfile(viewer: Viewer, employeeId: string, on: Date = calendarToday()): Promise<CompetencyProfile | null> {
  if (!viewer.employeeId || !accessFor(viewer.roles, "read:competency-profile").includes("team")) return null;
  const team = await teamOf(viewer.employeeId, viewer.supervisorSeesIndirect);
  if (!team.some((member) => member.id === employeeId)) return null;
  return competencyProfile(viewer, employeeId, on);
}
