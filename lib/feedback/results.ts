// What a supervisor sees of a participant's level-1 and level-2 results next to a level-3 feedback task. Pure.
// Level 1 is personal only for a named (non-anonymous) questionnaire the person has submitted; for an
// anonymous set nothing personal is shown, not even whether it was answered.
import { gain } from "@/lib/learning/rules";
import { ASPECTS, summarise, type Aspect } from "@/lib/reaction/rules";

export type L1Result =
  | { kind: "none" }
  | { kind: "anonymous" }
  | { kind: "notSubmitted" }
  | { kind: "submitted"; average: number | null; aspects: { aspect: Aspect; average: number }[] };

export type L2Result = {
  pre: number | null;
  post: number | null;
  gain: number | null;
  ratings: { competency: string; level: number }[];
};

export type ParticipantResults = { l1: L1Result; l2: L2Result; jpMinutes: number | null };

export type InviteLike = { status: "PENDING" | "DRAFT" | "SUBMITTED"; anonymous: boolean };
export type AnswerLike = { aspect: Aspect; rating: number; trainerId: string | null };

/**
 * The level-1 line for one person. `answers` are those of their own named response; they are ignored for an
 * anonymous set (the caller never has any: anonymous responses carry no respondent).
 */
export function l1Result(invite: InviteLike | null, answers: readonly AnswerLike[] | null): L1Result {
  if (!invite) return { kind: "none" };
  if (invite.anonymous) return { kind: "anonymous" };
  if (invite.status !== "SUBMITTED" || !answers) return { kind: "notSubmitted" };
  const figures = summarise(answers);
  const aspects = ASPECTS.flatMap((aspect) => {
    const average = figures.byAspect[aspect].average;
    return average === null ? [] : [{ aspect, average }];
  });
  return { kind: "submitted", average: figures.overall.average, aspects };
}

export function l2Result(
  score: { preScore: number | null; postScore: number | null } | null,
  ratings: readonly { competency: string; level: number }[],
): L2Result {
  const pre = score?.preScore ?? null;
  const post = score?.postScore ?? null;
  return { pre, post, gain: gain(pre, post), ratings: [...ratings].sort((a, b) => a.competency.localeCompare(b.competency, "id")) };
}
