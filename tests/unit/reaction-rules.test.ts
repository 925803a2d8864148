import { describe, expect, it } from "vitest";
import {
  anonymousResultsVisible,
  changesContent,
  checkSheet,
  cleanSheet,
  currentSet,
  draftSheet,
  expandQuestions,
  figures,
  inviteOrder,
  itemKey,
  shuffled,
  summarise,
  type QuestionLike,
} from "@/lib/reaction/rules";
import { answerSheetSchema, questionSetSchema } from "@/lib/reaction/schemas";

const Q = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const T = (n: number) => `00000000-0000-4000-9000-00000000000${n}`;
const questions: QuestionLike[] = [
  { id: Q(3), aspect: "FACILITIES", text: "Sarana memadai.", position: 3 },
  { id: Q(1), aspect: "MATERIAL", text: "Materi jelas.", position: 1 },
  { id: Q(2), aspect: "TRAINER", text: "Pengajar menguasai materi.", position: 2 },
];
const trainers = [{ id: T(1), name: "Budi" }, { id: T(2), name: "Ani" }];

describe("expandQuestions: TRAINER questions once per trainer", () => {
  it("orders by position and asks a TRAINER question about each trainer, by name", () => {
    const items = expandQuestions(questions, trainers);
    expect(items.map((i) => [i.number, i.aspect, i.trainerName, i.key])).toEqual([
      [1, "MATERIAL", null, Q(1)],
      [2, "TRAINER", "Ani", `${Q(2)}_${T(2)}`],
      [3, "TRAINER", "Budi", `${Q(2)}_${T(1)}`],
      [4, "FACILITIES", null, Q(3)],
    ]);
  });

  it("asks a TRAINER question once, about no one in particular, when the batch has no trainer on record", () => {
    const items = expandQuestions(questions, []);
    expect(items.map((i) => [i.aspect, i.trainerId])).toEqual([["MATERIAL", null], ["TRAINER", null], ["FACILITIES", null]]);
    expect(itemKey(Q(2), null)).toBe(Q(2));
  });
});

describe("checkSheet: a complete answer sheet", () => {
  const items = expandQuestions(questions, trainers);
  const full = Object.fromEntries(items.map((i, n) => [i.key, { rating: (n % 5) + 1 }]));

  it("accepts every item rated 1–5, comments optional, and gives one answer per item", () => {
    const result = checkSheet(items, cleanSheet(items, { ...full, [Q(1)]: { rating: 5, comment: "  Bagus " } }));
    expect(result).toEqual({
      ok: true,
      answers: [
        { questionId: Q(1), trainerId: null, rating: 5, comment: "Bagus" },
        { questionId: Q(2), trainerId: T(2), rating: 2, comment: null },
        { questionId: Q(2), trainerId: T(1), rating: 3, comment: null },
        { questionId: Q(3), trainerId: null, rating: 4, comment: null },
      ],
    });
  });

  it("names every item without a valid rating, one trainer's item included", () => {
    const sheet = { ...full, [`${Q(2)}_${T(1)}`]: { comment: "Tanpa nilai" }, [Q(3)]: { rating: 6 } };
    const result = checkSheet(items, cleanSheet(items, sheet));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missing.map((i) => i.number)).toEqual([3, 4]);
    expect(checkSheet(items, {}).ok).toBe(false);
    expect(checkSheet(items, cleanSheet(items, { ...full, [Q(1)]: { rating: 0 } })).ok).toBe(false);
    expect(checkSheet(items, cleanSheet(items, { ...full, [Q(1)]: { rating: 2.5 } })).ok).toBe(false);
  });

  it("keeps only known items in a draft, and reads anything malformed as empty", () => {
    expect(cleanSheet(items, { [Q(1)]: { rating: 3 }, [Q(9)]: { rating: 4 }, [Q(3)]: { comment: " " } })).toEqual({ [Q(1)]: { rating: 3 } });
    expect(draftSheet(items, { answers: { [Q(1)]: { comment: "x" } } })).toEqual({ [Q(1)]: { comment: "x" } });
    for (const bad of [null, "text", [1], { answers: "x" }]) expect(draftSheet(items, bad)).toEqual({});
  });
});

describe("figures and summarise: averages and distributions", () => {
  it("counts each rating and averages, ignoring anything outside 1–5", () => {
    expect(figures([5, 4, 4, 1, 9, 0])).toEqual({ count: 4, average: 3.5, distribution: [1, 0, 0, 2, 1] });
    expect(figures([])).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
  });

  it("gives every aspect, each trainer's TRAINER ratings, and the overall figures", () => {
    const s = summarise([
      { aspect: "MATERIAL", rating: 5, trainerId: null },
      { aspect: "MATERIAL", rating: 3, trainerId: null },
      { aspect: "TRAINER", rating: 4, trainerId: T(1) },
      { aspect: "TRAINER", rating: 2, trainerId: T(1) },
      { aspect: "TRAINER", rating: 5, trainerId: T(2) },
      { aspect: "TRAINER", rating: 1, trainerId: null },
    ]);
    expect(s.byAspect.MATERIAL).toEqual({ count: 2, average: 4, distribution: [0, 0, 1, 0, 1] });
    expect(s.byAspect.TRAINER).toEqual({ count: 4, average: 3, distribution: [1, 1, 0, 1, 1] });
    expect(s.byAspect.RELEVANCE.average).toBeNull();
    expect(Object.fromEntries([...s.byTrainer].map(([id, f]) => [id, f.average]))).toEqual({ [T(1)]: 3, [T(2)]: 5 });
    expect(s.overall).toMatchObject({ count: 6, average: 20 / 6 });
  });

  it("withholds anonymous results below three responses", () => {
    expect([0, 1, 2, 3, 10].map(anonymousResultsVisible)).toEqual([true, false, false, true, true]);
  });
});

describe("question sets", () => {
  const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it("takes the most recently created active set as current", () => {
    const sets = [
      { id: "a", active: true, createdAt: at("2026-01-01") },
      { id: "b", active: false, createdAt: at("2026-03-01") },
      { id: "c", active: true, createdAt: at("2026-02-01") },
    ];
    expect(currentSet(sets)?.id).toBe("c");
    expect(currentSet(sets.map((s) => ({ ...s, active: false })))).toBeNull();
  });

  it("sees a change of anonymity, text, aspect, order or number of questions, not of whitespace", () => {
    const current = { anonymous: true, questions: [{ aspect: "MATERIAL" as const, text: "A?", position: 2 }, { aspect: "TRAINER" as const, text: "B?", position: 1 }] };
    const same = [{ aspect: "TRAINER" as const, text: "B? " }, { aspect: "MATERIAL" as const, text: "A?" }];
    expect(changesContent(current, { anonymous: true, questions: same })).toBe(false);
    expect(changesContent(current, { anonymous: false, questions: same })).toBe(true);
    expect(changesContent(current, { anonymous: true, questions: [...same].reverse() })).toBe(true);
    expect(changesContent(current, { anonymous: true, questions: [same[0]!, { aspect: "RELEVANCE", text: "A?" }] })).toBe(true);
    expect(changesContent(current, { anonymous: true, questions: same.slice(0, 1) })).toBe(true);
  });

  it("validates a set: a name, at least one question with an aspect and a text", () => {
    expect(questionSetSchema.safeParse({ name: "Set", anonymous: "true", active: false, questions: [{ aspect: "MATERIAL", text: "Materi jelas." }] }).success).toBe(true);
    const bad = questionSetSchema.safeParse({ name: "", anonymous: true, active: true, questions: [] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message).sort()).toEqual(["reaction.errors.nameRequired", "reaction.errors.questionsRequired"]);
  });
});

describe("the answer form's fields", () => {
  it("turns r:<item> and c:<item> fields into answers, and refuses a rating outside 1–5", () => {
    const parsed = answerSheetSchema.parse({ inviteId: Q(9), [`r:${Q(1)}`]: "4", [`c:${Q(1)}`]: "ok", [`c:${Q(2)}_${T(1)}`]: "", other: "x" });
    expect(parsed).toEqual({ inviteId: Q(9), answers: { [Q(1)]: { rating: 4, comment: "ok" }, [`${Q(2)}_${T(1)}`]: { comment: "" } } });
    const bad = answerSheetSchema.safeParse({ inviteId: Q(9), [`r:${Q(1)}`]: "7" });
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([[`answers.${Q(1)}.rating`, "reaction.errors.rating"]]);
  });
});

describe("ordering", () => {
  it("lists drafts, then new invitations, then answered ones, newest batch first", () => {
    const rows = [
      { status: "SUBMITTED" as const, endDate: new Date("2026-05-01") },
      { status: "PENDING" as const, endDate: new Date("2026-01-01") },
      { status: "PENDING" as const, endDate: new Date("2026-03-01") },
      { status: "DRAFT" as const, endDate: new Date("2025-01-01") },
    ];
    expect([...rows].sort(inviteOrder).map((r) => `${r.status}:${r.endDate.toISOString().slice(0, 7)}`)).toEqual(["DRAFT:2025-01", "PENDING:2026-03", "PENDING:2026-01", "SUBMITTED:2026-05"]);
  });

  it("shuffles with the given randomness, keeping every element", () => {
    const seq = [0.9, 0.1, 0.5, 0.3];
    let i = 0;
    const out = shuffled([1, 2, 3, 4, 5], () => seq[i++ % seq.length]!);
    expect([...out].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(out).not.toEqual([1, 2, 3, 4, 5]);
  });
});
