// CompetencyResultSummary (migration 20261206020000): the latest result of each source per employee and competency,
// kept by trigger so competency_current_levels need not sort every result. It must always equal what the results
// say, after inserts, same-day ties and withdrawals, and when two writers touch one pair at once; and a result
// dated after the day asked about must send that pair back to its results. competency-sql.test.ts checks the
// levels themselves against lib/competency/rules.ts on many dates.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildCompetencyWorld, day, type CompetencyWorld } from "./competency-world";

let w: CompetencyWorld;
beforeAll(async () => {
  w = await buildCompetencyWorld();
}, 120_000);

const SOURCES = [
  ["ASSESSMENT_CENTRE", "assessmentCentre"],
  ["UJI_KOMPETENSI", "ujiKompetensi"],
  ["MULTI_RATER", "multiRater"],
  ["SUPERVISOR", "supervisor"],
  ["SELF", "self"],
] as const;

type Slot = { id: string | null; level: number | null; on: string | null };
type Summary = Record<string, Record<string, Slot>>;

/** The summary as stored, pair by pair and source by source. */
async function stored(): Promise<Summary> {
  const rows = await db.competencyResultSummary.findMany({ where: { agencyId: w.agencyId } });
  const out: Summary = {};
  for (const row of rows) {
    out[`${row.employeeId}/${row.competencyId}`] = Object.fromEntries(
      SOURCES.map(([source, field]) => [source, {
        id: row[`${field}Id`], level: row[`${field}Level`], on: row[`${field}On`]?.toISOString().slice(0, 10) ?? null,
      }]),
    );
  }
  return out;
}

/** The same, recomputed from the results: per pair and source the latest not withdrawn, by date, recording, id. */
async function fromResults(): Promise<Summary> {
  const results = await db.competencyAssessment.findMany({ where: { agencyId: w.agencyId } });
  const out: Summary = {};
  for (const r of results) {
    const pair = (out[`${r.employeeId}/${r.competencyId}`] ??= Object.fromEntries(SOURCES.map(([s]) => [s, { id: null, level: null, on: null }])));
    if (r.withdrawnAt) continue;
    const current = pair[r.source]!;
    const on = r.assessedOn.toISOString().slice(0, 10);
    const held = current.id ? results.find((x) => x.id === current.id)! : null;
    const later = !held || on > current.on! || (on === current.on && (r.recordedAt > held.recordedAt || (+r.recordedAt === +held.recordedAt && r.id > held.id)));
    if (later) pair[r.source] = { id: r.id, level: r.level, on };
  }
  return out;
}

async function insertResult(client: Pick<typeof db, "competencyAssessment">, spec: { level: number; on: string; recordedAt: Date }) {
  return client.competencyAssessment.create({
    data: {
      agencyId: w.agencyId, employeeId: w.people.example.id, competencyId: w.comp["SK.01"], level: spec.level, assessedOn: day(spec.on),
      source: "UJI_KOMPETENSI", assessorName: "Penilai Uji", recordedAt: spec.recordedAt,
    },
  });
}

describe("CompetencyResultSummary", () => {
  it("equals the results recomputed, for every pair of the world (ties, withdrawals, every source)", async () => {
    const expected = await fromResults();
    expect(Object.keys(expected).length).toBeGreaterThan(20);
    expect(await stored()).toEqual(expected);
  });

  it("falls back to the earlier result of a source when its latest is withdrawn", async () => {
    const before = (await stored())[`${w.people.withdrawn.id}/${w.comp["M.04"]}`];
    expect(Object.values(before!).some((slot) => slot.id === w.results.earlier.id)).toBe(true);
    expect(Object.values(before!).some((slot) => slot.id === w.results.wrong.id)).toBe(false);
  });

  it("keeps the newer result when two writers touch one pair at once, whichever commits last", async () => {
    // The newer result commits first while the older one's transaction waits; without the lock the second writer
    // would overwrite the pair with what it saw before the first committed (only its own, older result).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let newerInserted!: () => void;
    const newerIn = new Promise<void>((resolve) => (newerInserted = resolve));
    const first = db.$transaction(async (tx) => {
      await insertResult(tx, { level: 5, on: "2026-02-02", recordedAt: new Date("2026-02-02T08:00:00Z") });
      newerInserted();
      await held;
    }, { timeout: 20_000 });
    await newerIn;
    const second = db.$transaction(async (tx) => {
      await insertResult(tx, { level: 1, on: "2025-02-02", recordedAt: new Date("2025-02-02T08:00:00Z") });
    }, { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await Promise.all([first, second]);

    const pair = (await stored())[`${w.people.example.id}/${w.comp["SK.01"]}`]!;
    expect(pair.UJI_KOMPETENSI).toMatchObject({ level: 5, on: "2026-02-02" });
    expect(await stored()).toEqual(await fromResults());
  });

  it("computes a pair from its results on a day before its latest result", async () => {
    type Row = { level: number; assessed_on: string };
    const levelOn = async (on: string) =>
      db.$queryRawUnsafe<Row[]>(
        `SELECT level, assessed_on::text FROM competency_current_levels($1::uuid, $2::date) WHERE employee_id = $3::uuid AND competency_id = $4::uuid`,
        w.agencyId, on, w.people.example.id, w.comp["SK.01"]);
    expect(await levelOn("2026-03-01")).toEqual([{ level: 5, assessed_on: "2026-02-02" }]);
    expect(await levelOn("2025-06-01")).toEqual([{ level: 1, assessed_on: "2025-02-02" }]);
    expect(await levelOn("2025-01-01")).toEqual([]);
  });
});
