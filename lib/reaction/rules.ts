// Level-1 (reaction) evaluation: pure rules. No I/O, no Prisma.
// A question set's questions become the items of one participant's sheet (TRAINER questions once per
// trainer of the batch); a sheet is complete when every item has a rating 1–5; answers summarise into
// averages and distributions per aspect and per trainer.

export const ASPECTS = ["MATERIAL", "TRAINER", "ORGANISATION", "FACILITIES", "RELEVANCE"] as const;
export type Aspect = (typeof ASPECTS)[number];

export const RATINGS = [1, 2, 3, 4, 5] as const;
export const COMMENT_MAX = 1000;

/**
 * Results of an anonymous set are shown only from this many responses on: with fewer, the invitations
 * (who was asked, who has answered) would tell an admin whose answers they are reading.
 */
export const ANONYMOUS_MIN_RESPONSES = 3;

export type QuestionLike = { id: string; aspect: Aspect; text: string; position: number };
export type TrainerLike = { id: string; name: string };

/** One thing to rate on a participant's sheet. */
export type SheetItem = {
  key: string;
  questionId: string;
  trainerId: string | null;
  trainerName: string | null;
  aspect: Aspect;
  text: string;
  /** 1-based number on the sheet, used to name the item in messages. */
  number: number;
};

/** The key of an item: the question id, or "questionId_trainerId" for a TRAINER question about one trainer. */
export const itemKey = (questionId: string, trainerId: string | null) => (trainerId ? `${questionId}_${trainerId}` : questionId);

/**
 * The items of a sheet, in question order. A TRAINER question is asked once per trainer of the batch
 * (trainers in name order); a batch with no trainer on record asks it once, about the teaching in general.
 */
export function expandQuestions(questions: readonly QuestionLike[], trainers: readonly TrainerLike[]): SheetItem[] {
  const sortedTrainers = [...trainers].sort((a, b) => a.name.localeCompare(b.name, "id") || a.id.localeCompare(b.id));
  const items: Omit<SheetItem, "number">[] = [];
  for (const q of [...questions].sort((a, b) => a.position - b.position)) {
    const base = { questionId: q.id, aspect: q.aspect, text: q.text };
    if (q.aspect === "TRAINER" && sortedTrainers.length) {
      for (const t of sortedTrainers) items.push({ ...base, key: itemKey(q.id, t.id), trainerId: t.id, trainerName: t.name });
    } else {
      items.push({ ...base, key: itemKey(q.id, null), trainerId: null, trainerName: null });
    }
  }
  return items.map((item, i) => ({ ...item, number: i + 1 }));
}

export type SheetEntry = { rating?: number; comment?: string };
export type Sheet = Record<string, SheetEntry>;

const isRating = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5;

/** Keeps only what belongs on this sheet: known items, ratings 1–5, non-empty comments (trimmed, capped). */
export function cleanSheet(items: readonly SheetItem[], raw: unknown): Sheet {
  const source = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const sheet: Sheet = {};
  for (const item of items) {
    const entry = source[item.key];
    if (!entry || typeof entry !== "object") continue;
    const { rating, comment } = entry as Record<string, unknown>;
    const clean: SheetEntry = {};
    if (isRating(rating)) clean.rating = rating;
    if (typeof comment === "string" && comment.trim()) clean.comment = comment.trim().slice(0, COMMENT_MAX);
    if (clean.rating !== undefined || clean.comment !== undefined) sheet[item.key] = clean;
  }
  return sheet;
}

/** The draft stored on an invite: `{ answers: Sheet }`. Anything else reads as an empty draft. */
export function draftSheet(items: readonly SheetItem[], draft: unknown): Sheet {
  const answers = draft && typeof draft === "object" ? (draft as { answers?: unknown }).answers : undefined;
  return cleanSheet(items, answers);
}

export type CompleteAnswer = { questionId: string; trainerId: string | null; rating: number; comment: string | null };

export type SheetCheck =
  | { ok: true; answers: CompleteAnswer[] }
  | { ok: false; missing: SheetItem[] };

/** The field an item's rating is reported under: "answers.<key>.rating". */
export const ratingField = (key: string) => `answers.${key}.rating`;

/** A sheet may be submitted when every item has a rating 1–5; comments are optional. */
export function checkSheet(items: readonly SheetItem[], sheet: Sheet): SheetCheck {
  const missing = items.filter((item) => !isRating(sheet[item.key]?.rating));
  if (missing.length || !items.length) return { ok: false, missing };
  return {
    ok: true,
    answers: items.map((item) => ({
      questionId: item.questionId,
      trainerId: item.trainerId,
      rating: sheet[item.key]!.rating!,
      comment: sheet[item.key]?.comment ?? null,
    })),
  };
}

export type Distribution = [number, number, number, number, number];
export type Figures = { count: number; average: number | null; distribution: Distribution };

/** Count, average (null when nothing was rated) and the number of each rating 1–5. */
export function figures(ratings: readonly number[]): Figures {
  const distribution: Distribution = [0, 0, 0, 0, 0];
  let sum = 0;
  let count = 0;
  for (const r of ratings) {
    if (!isRating(r)) continue;
    distribution[r - 1]! += 1;
    sum += r;
    count += 1;
  }
  return { count, average: count ? sum / count : null, distribution };
}

export type RatedAnswer = { aspect: Aspect; rating: number; trainerId: string | null };

/** Figures per aspect (every aspect present, possibly empty), per trainer (TRAINER answers about one trainer), and overall. */
export function summarise(answers: readonly RatedAnswer[]) {
  const byAspect = Object.fromEntries(ASPECTS.map((a) => [a, figures(answers.filter((x) => x.aspect === a).map((x) => x.rating))])) as Record<Aspect, Figures>;
  const trainerRatings = new Map<string, number[]>();
  for (const a of answers) {
    if (a.aspect !== "TRAINER" || !a.trainerId) continue;
    trainerRatings.set(a.trainerId, [...(trainerRatings.get(a.trainerId) ?? []), a.rating]);
  }
  const byTrainer = new Map([...trainerRatings].map(([id, ratings]) => [id, figures(ratings)]));
  return { byAspect, byTrainer, overall: figures(answers.map((a) => a.rating)) };
}

/** Whether the results of a batch's anonymous responses may be shown. */
export const anonymousResultsVisible = (anonymousResponses: number) => anonymousResponses === 0 || anonymousResponses >= ANONYMOUS_MIN_RESPONSES;

export type SetLike = { id: string; active: boolean; createdAt: Date };

/** The agency's current set: the most recently created active one (null when none is active). */
export function currentSet<S extends SetLike>(sets: readonly S[]): S | null {
  return [...sets].filter((s) => s.active).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id))[0] ?? null;
}

export type QuestionDraft = { aspect: Aspect; text: string };

/** Whether a new list of questions (in order) and anonymity differ from what a set has. */
export function changesContent(
  current: { anonymous: boolean; questions: readonly { aspect: Aspect; text: string; position: number }[] },
  next: { anonymous: boolean; questions: readonly QuestionDraft[] },
): boolean {
  if (current.anonymous !== next.anonymous) return true;
  const ordered = [...current.questions].sort((a, b) => a.position - b.position);
  if (ordered.length !== next.questions.length) return true;
  return ordered.some((q, i) => q.aspect !== next.questions[i]!.aspect || q.text.trim() !== next.questions[i]!.text.trim());
}

/** Fisher–Yates with the given source of randomness (crypto in production), so stored order says nothing. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export type InviteStatus = "PENDING" | "DRAFT" | "SUBMITTED";

/** Invites still to answer come first (drafts, then untouched), then answered ones; newest batch first within each. */
export function inviteOrder(a: { status: InviteStatus; endDate: Date }, b: { status: InviteStatus; endDate: Date }): number {
  const rank = { DRAFT: 0, PENDING: 1, SUBMITTED: 2 } as const;
  return rank[a.status] - rank[b.status] || b.endDate.getTime() - a.endDate.getTime();
}
