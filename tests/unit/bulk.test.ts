import { describe, expect, test } from "vitest";
import { summarise } from "@/lib/bulk/rules";
import { MAX_SELECTION, selection } from "@/lib/bulk/selection";
import { bulkDecisionSchema } from "@/lib/enrolment/bulk-schemas";
import { bulkEn } from "@/lib/i18n/messages/bulk.en";
import { bulkId } from "@/lib/i18n/messages/bulk.id";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const labels = { done: bulkId.outcome, refused: bulkId.refused };

describe("summarise: one sentence for a bulk decision", () => {
  test("counts per status reached, then each refused row with its name and reason", () => {
    const outcomes: Parameters<typeof summarise>[0] = [
      ...Array.from({ length: 12 }, (_, i) => [uuid(i), { ok: true, status: "PENDING_AGENCY" }] as [string, { ok: true; status: string }]),
      [uuid(99), { ok: false, message: "Pendaftaran ini sudah diputuskan." }],
    ];
    expect(summarise(outcomes, { [uuid(99)]: "Budi Santoso" }, labels))
      .toBe("12 disetujui, 1 ditolak sistem: Budi Santoso: Pendaftaran ini sudah diputuskan.");
  });

  test("several statuses in the labels' order; nothing refused means no refusal clause", () => {
    const s = summarise([[uuid(1), { ok: true, status: "WAITLISTED" }], [uuid(2), { ok: true, status: "CONFIRMED" }], [uuid(3), { ok: true, status: "CONFIRMED" }]], {}, labels);
    expect(s).toBe("2 dikonfirmasi, 1 masuk daftar tunggu");
  });

  test("all refused: only the refusals; an unnamed row falls back to its id; an unlabelled status still counts", () => {
    expect(summarise([[uuid(1), { ok: false, message: "x" }]], {}, labels)).toBe(`1 ditolak sistem: ${uuid(1)}: x`);
    expect(summarise([[uuid(1), { ok: true, status: "ODD" }]], {}, labels)).toBe("1 ODD");
  });
});

describe("selection: the ticked ids a bulk action accepts", () => {
  test("a lone checkbox's string becomes a list; repeats are kept once", () => {
    expect(selection().parse(uuid(1))).toEqual([uuid(1)]);
    expect(selection().parse([uuid(1), uuid(2), uuid(1)])).toEqual([uuid(1), uuid(2)]);
  });

  test("none, too many, or something that is not an id is refused with its own message", () => {
    const message = (v: unknown) => selection().safeParse(v).error?.issues[0]?.message;
    expect(message(undefined)).toBe("bulk.none");
    expect(message([])).toBe("bulk.none");
    expect(selection().safeParse(Array.from({ length: MAX_SELECTION }, (_, i) => uuid(i))).success).toBe(true);
    expect(message(Array.from({ length: MAX_SELECTION + 1 }, (_, i) => uuid(i)))).toBe("bulk.tooMany");
    expect(message(["not-an-id"])).toBe("common.malformed");
    expect(message({ 0: uuid(1) })).toBe("common.malformed");
  });

  test("the cap's message names the cap, in both languages", () => {
    expect(bulkId.tooMany).toContain(String(MAX_SELECTION));
    expect(bulkEn.tooMany).toContain(String(MAX_SELECTION));
  });
});

describe("bulkDecisionSchema: a rejection needs its reason once, for the whole selection", () => {
  test("approve needs no note; reject needs at least 5 characters", () => {
    expect(bulkDecisionSchema.safeParse({ enrolmentIds: [uuid(1)], approve: "true" }).success).toBe(true);
    const refused = bulkDecisionSchema.safeParse({ enrolmentIds: [uuid(1)], approve: "false", note: " ab " });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["note", "enrolment.reasonRequired"]]);
    expect(bulkDecisionSchema.parse({ enrolmentIds: uuid(1), approve: "false", note: "Kuota OPD penuh" })).toEqual({ enrolmentIds: [uuid(1)], approve: false, note: "Kuota OPD penuh" });
  });
});
