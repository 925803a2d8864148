// Issue 12: the trainer's schedule, one card per batch, in today, coming up and finished, by the wall clock.
import { describe, expect, it } from "vitest";
import type { BatchStatus } from "@/lib/generated/prisma/enums";
import { batchSection, groupSchedule, sessionPhase } from "@/lib/teaching/rules";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string, hhmm: string) => ({ date: utc(iso), minute: Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)) });
const session = (title: string, iso: string, start: string, end: string, cancelled = false) => ({
  title, date: utc(iso), startMinute: at(iso, start).minute, endMinute: at(iso, end).minute, cancelled,
});
type S = ReturnType<typeof session>;
const batch = (id: string, status: BatchStatus = "RUNNING") => ({ id, status });
const rows = (b: { id: string; status: BatchStatus }, sessions: S[]) => sessions.map((s) => ({ batch: b, session: s }));
const titles = (groups: { batch: { id: string }; sessions: { title: string; phase: string }[] }[]) =>
  groups.map((g) => `${g.batch.id}: ${g.sessions.map((s) => `${s.title} (${s.phase})`).join(", ")}`);

describe("sessionPhase", () => {
  const s = session("Materi", "2030-04-02", "08:00", "10:00");
  it.each([
    ["the day before", at("2030-04-01", "23:59"), "later"],
    ["before it starts", at("2030-04-02", "07:59"), "later"],
    ["as it starts", at("2030-04-02", "08:00"), "now"],
    ["during it", at("2030-04-02", "09:59"), "now"],
    ["as it ends", at("2030-04-02", "10:00"), "ended"],
    ["the day after", at("2030-04-03", "00:00"), "ended"],
  ])("%s: %s", (_label, now, phase) => {
    expect(sessionPhase(s, now)).toBe(phase);
  });
});

describe("batchSection", () => {
  const now = at("2030-04-02", "13:00");
  it("puts a batch whose only session today ended this morning under today, not coming up", () => {
    expect(batchSection(batch("a"), [session("Pagi", "2030-04-02", "08:00", "10:00")], now)).toBe("today");
  });

  it("puts a closed or cancelled batch under finished, whatever its dates", () => {
    expect(batchSection(batch("a", "DONE"), [session("Besok", "2030-04-03", "08:00", "10:00")], now)).toBe("past");
    expect(batchSection(batch("a", "CANCELLED"), [session("Hari ini", "2030-04-02", "14:00", "16:00")], now)).toBe("past");
  });

  it("puts a batch with sessions on later days under coming up, and one whose days are over under finished", () => {
    expect(batchSection(batch("a", "OPEN"), [session("Besok", "2030-04-03", "08:00", "10:00")], now)).toBe("upcoming");
    expect(batchSection(batch("a"), [session("Kemarin", "2030-04-01", "08:00", "10:00"), session("Lusa", "2030-04-04", "08:00", "10:00")], now)).toBe("upcoming");
    expect(batchSection(batch("a"), [session("Kemarin", "2030-04-01", "08:00", "10:00")], now)).toBe("past");
  });

  it("lets a cancelled session decide nothing unless every session is cancelled", () => {
    const cancelledToday = session("Batal", "2030-04-02", "14:00", "16:00", true);
    expect(batchSection(batch("a"), [cancelledToday, session("Besok", "2030-04-03", "08:00", "10:00")], now)).toBe("upcoming");
    expect(batchSection(batch("a"), [cancelledToday], now)).toBe("today");
  });
});

describe("groupSchedule", () => {
  const now = at("2030-04-02", "13:00");

  it("makes one card of a batch with sessions on two days, its sessions in rundown order", () => {
    const b = batch("pelatihan-dua-hari");
    const schedule = groupSchedule([...rows(b, [session("Hari 2", "2030-04-03", "08:00", "10:00")]), ...rows(b, [session("Hari 1", "2030-04-02", "08:00", "10:00")])], now);
    expect(titles(schedule.today)).toEqual(["pelatihan-dua-hari: Hari 1 (ended), Hari 2 (later)"]);
    expect(schedule.upcoming).toEqual([]);
    expect(schedule.past).toEqual([]);
  });

  it("splits a trainer's week into today, coming up and finished, each sorted", () => {
    const schedule = groupSchedule(
      [
        ...rows(batch("ditutup", "DONE"), [session("Penutupan materi", "2030-03-20", "08:00", "10:00")]),
        ...rows(batch("lama"), [session("Materi lama", "2030-03-25", "08:00", "10:00")]),
        ...rows(batch("sore"), [session("Sesi sore", "2030-04-02", "14:00", "16:00")]),
        ...rows(batch("pagi"), [session("Sesi pagi", "2030-04-02", "08:00", "10:00")]),
        ...rows(batch("siang"), [session("Sesi siang", "2030-04-02", "12:00", "14:00")]),
        ...rows(batch("lusa", "OPEN"), [session("Materi lusa", "2030-04-04", "08:00", "10:00")]),
        ...rows(batch("besok", "CLOSED"), [session("Materi besok", "2030-04-03", "08:00", "10:00")]),
      ],
      now,
    );
    // Today: what is under way first, then what is still to come, then what has ended (attendance to fill in).
    expect(titles(schedule.today)).toEqual(["siang: Sesi siang (now)", "sore: Sesi sore (later)", "pagi: Sesi pagi (ended)"]);
    expect(titles(schedule.upcoming)).toEqual(["besok: Materi besok (later)", "lusa: Materi lusa (later)"]);
    expect(titles(schedule.past)).toEqual(["lama: Materi lama (ended)", "ditutup: Penutupan materi (ended)"]);
  });

  it("returns three empty sections for no sessions", () => {
    expect(groupSchedule([], now)).toEqual({ today: [], upcoming: [], past: [] });
  });
});
