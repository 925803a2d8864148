import { describe, it, expect } from "vitest";
import { buildIcs, type IcsSession } from "@/lib/enrolment/ics";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const now = new Date("2024-08-01T03:04:05.678Z");

const session = (over: Partial<IcsSession> = {}): IcsSession => ({
  id: "s1",
  date: day("2024-08-12"),
  startMinute: 8 * 60,
  endMinute: 10 * 60,
  title: "Penyampaian materi",
  place: "Hotel Tavia Heritage",
  ...over,
});

const build = (sessions: IcsSession[], extra: Partial<Parameters<typeof buildIcs>[0]> = {}) =>
  buildIcs({ calendarName: "PKN Tingkat II Angkatan 34", sessions, now, ...extra });

/** RFC 5545 §3.1: a CRLF followed by one space or tab is removed when unfolding. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
/** Logical content lines, after unfolding. */
const contentLines = (ics: string) => unfold(ics).split("\r\n").slice(0, -1);
const valueOf = (ics: string, name: string) =>
  contentLines(ics)
    .filter((l) => l.startsWith(`${name}:`))
    .map((l) => l.slice(name.length + 1));

describe("buildIcs: structure", () => {
  const ics = build([session(), session({ id: "s2", startMinute: 10 * 60 + 15, endMinute: 12 * 60 })]);

  it("begins with BEGIN:VCALENDAR and ends with END:VCALENDAR and a CRLF", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("\r\nEND:VCALENDAR\r\n")).toBe(true);
  });

  it("uses CRLF line endings only: no bare LF, no bare CR", () => {
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(ics).not.toMatch(/\r(?!\n)/);
    expect(ics.split("\r\n").length).toBeGreaterThan(10);
  });

  it("declares version 2.0, a product id and the Gregorian calendar", () => {
    const lines = contentLines(ics);
    expect(lines).toContain("VERSION:2.0");
    expect(lines.some((l) => l.startsWith("PRODID:"))).toBe(true);
    expect(lines).toContain("CALSCALE:GREGORIAN");
  });

  it("names the calendar", () => {
    expect(valueOf(ics, "X-WR-CALNAME")).toEqual(["PKN Tingkat II Angkatan 34"]);
  });

  it("has one VEVENT per session, each closed", () => {
    expect(contentLines(ics).filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(contentLines(ics).filter((l) => l === "END:VEVENT")).toHaveLength(2);
  });

  it("keeps VEVENTs inside the VCALENDAR and in session order", () => {
    const lines = contentLines(ics);
    expect(lines.indexOf("BEGIN:VEVENT")).toBeGreaterThan(0);
    expect(lines.lastIndexOf("END:VEVENT")).toBe(lines.length - 2);
    expect(valueOf(ics, "UID")).toEqual(["s1@bangkom", "s2@bangkom"]);
  });

  it("gives each event a DTSTAMP from now, in UTC without milliseconds", () => {
    expect(valueOf(ics, "DTSTAMP")).toEqual(["20240801T030405Z", "20240801T030405Z"]);
  });

  it("uses the given domain in UIDs", () => {
    expect(valueOf(build([session()], { domain: "bangkom.jakarta.go.id" }), "UID")).toEqual(["s1@bangkom.jakarta.go.id"]);
  });

  it("produces an empty calendar (no VEVENT) for no sessions", () => {
    const empty = build([]);
    expect(empty).not.toContain("BEGIN:VEVENT");
    expect(empty.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(empty.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});

describe("buildIcs: times (WIB, UTC+7, to UTC)", () => {
  it.each([
    ["08:00–10:00 WIB on 12 Aug 2024", session(), "20240812T010000Z", "20240812T030000Z"],
    ["07:30–08:15 WIB", session({ startMinute: 450, endMinute: 495 }), "20240812T003000Z", "20240812T011500Z"],
    ["06:00 WIB lands on the previous UTC day", session({ startMinute: 360, endMinute: 480 }), "20240811T230000Z", "20240812T010000Z"],
    ["00:00 WIB", session({ startMinute: 0, endMinute: 30 }), "20240811T170000Z", "20240811T173000Z"],
    ["07:00 WIB is midnight UTC", session({ startMinute: 420, endMinute: 480 }), "20240812T000000Z", "20240812T010000Z"],
    ["23:00–23:59 WIB", session({ startMinute: 1380, endMinute: 1439 }), "20240812T160000Z", "20240812T165900Z"],
    [
      "06:00 WIB on 1 Jan lands on 31 Dec UTC",
      session({ date: day("2025-01-01"), startMinute: 360, endMinute: 420 }),
      "20241231T230000Z",
      "20250101T000000Z",
    ],
  ])("%s", (_label, s, start, end) => {
    const ics = build([s]);
    expect(valueOf(ics, "DTSTART")).toEqual([start]);
    expect(valueOf(ics, "DTEND")).toEqual([end]);
  });

  it("defaults to WIB (offset 420)", () => {
    expect(valueOf(build([session()], { utcOffsetMinutes: 420 }), "DTSTART")).toEqual(valueOf(build([session()]), "DTSTART"));
  });

  it.each([
    ["WITA (+480)", 480, "20240812T000000Z"],
    ["WIT (+540)", 540, "20240811T230000Z"],
    ["UTC (0)", 0, "20240812T080000Z"],
  ])("honours another offset: %s", (_label, utcOffsetMinutes, start) => {
    expect(valueOf(build([session()], { utcOffsetMinutes }), "DTSTART")).toEqual([start]);
  });
});

describe("buildIcs: text escaping", () => {
  it.each([
    ["a comma", "Pembukaan, sambutan", "Pembukaan\\, sambutan"],
    ["a semicolon", "Materi 1; diskusi", "Materi 1\\; diskusi"],
    ["a backslash", "C:\\materi", "C:\\\\materi"],
    ["a newline", "Baris satu\nBaris dua", "Baris satu\\nBaris dua"],
    ["all together", "a\\b,c;d\ne", "a\\\\b\\,c\\;d\\ne"],
    ["a colon (left alone)", "Sesi: kepemimpinan", "Sesi: kepemimpinan"],
  ])("escapes %s in SUMMARY and LOCATION", (_label, raw, escaped) => {
    const ics = build([session({ title: raw, place: raw })]);
    expect(valueOf(ics, "SUMMARY")).toEqual([escaped]);
    expect(valueOf(ics, "LOCATION")).toEqual([escaped]);
  });

  it("escapes a backslash before the characters it escapes (no double escaping)", () => {
    const ics = build([session({ title: "\\," })]);
    expect(valueOf(ics, "SUMMARY")).toEqual(["\\\\\\,"]);
  });

  it("escapes the calendar name", () => {
    expect(valueOf(build([], { calendarName: "Capacity Building Camat, Lurah; 2024" }), "X-WR-CALNAME")).toEqual([
      "Capacity Building Camat\\, Lurah\\; 2024",
    ]);
  });

  it("escapes a Windows line break (CRLF, as a textarea submits it) without leaving a bare CR", () => {
    const ics = build([session({ title: "Baris satu\r\nBaris dua", place: "Gedung A\r\nLantai 3" })]);
    expect(ics).not.toMatch(/\r(?!\n)/);
    expect(valueOf(ics, "SUMMARY")).toEqual(["Baris satu\\nBaris dua"]);
    expect(valueOf(ics, "LOCATION")).toEqual(["Gedung A\\nLantai 3"]);
  });
});

describe("buildIcs: LOCATION", () => {
  it("writes the place", () => {
    expect(valueOf(build([session()]), "LOCATION")).toEqual(["Hotel Tavia Heritage"]);
  });

  it("omits LOCATION when the place is null", () => {
    const ics = build([session({ place: null })]);
    expect(ics).not.toContain("LOCATION");
    expect(valueOf(ics, "SUMMARY")).toEqual(["Penyampaian materi"]);
  });

  it("omits LOCATION for an empty place", () => {
    expect(build([session({ place: "" })])).not.toContain("LOCATION");
  });

  it("writes LOCATION only for the sessions that have a place", () => {
    const ics = build([session({ id: "a", place: null }), session({ id: "b", place: "Ruang Rapat 2" })]);
    expect(valueOf(ics, "LOCATION")).toEqual(["Ruang Rapat 2"]);
  });
});

describe("buildIcs: line folding", () => {
  const longTitle =
    "Pelatihan Kepemimpinan Nasional Tingkat II Angkatan 34: penyusunan proyek perubahan, coaching dan mentoring; presentasi akhir di hadapan penguji";
  const longPlace = "Hotel Tavia Heritage, Jl. Kramat Raya No. 45, Senen, Jakarta Pusat, DKI Jakarta 10450, ruang Melati lantai 3";
  const octets = (line: string) => Buffer.byteLength(line, "utf8");
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it("keeps every physical line at most 75 octets", () => {
    const ics = build([session({ title: longTitle, place: longPlace })]);
    for (const line of ics.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it("actually folds a long line, continuation lines beginning with a space", () => {
    const physical = build([session({ title: longTitle })]).split("\r\n");
    const start = physical.findIndex((l) => l.startsWith("SUMMARY:"));
    expect(octets(physical[start]!)).toBeGreaterThan(70);
    expect(physical[start + 1]!.startsWith(" ")).toBe(true);
  });

  it("adds exactly one space per continuation line (text without spaces)", () => {
    const title = "x".repeat(200);
    const physical = build([session({ title })]).split("\r\n");
    const start = physical.findIndex((l) => l.startsWith("SUMMARY:"));
    expect(physical[start + 1]).toMatch(/^ x+$/);
    expect(physical[start + 2]).toMatch(/^ x+$/);
    expect(physical[start]!.length - "SUMMARY:".length + physical[start + 1]!.length - 1 + physical[start + 2]!.length - 1).toBe(200);
  });

  it("restores the original text when unfolded", () => {
    const ics = build([session({ title: longTitle, place: longPlace })]);
    const escape = (t: string) => t.replace(/\\/g, "\\\\").replace(/([,;])/g, "\\$1");
    expect(valueOf(ics, "SUMMARY")).toEqual([escape(longTitle)]);
    expect(valueOf(ics, "LOCATION")).toEqual([escape(longPlace)]);
  });

  it("does not fold a line of exactly 75 octets", () => {
    const title = "x".repeat(75 - "SUMMARY:".length);
    const physical = build([session({ title })]).split("\r\n");
    expect(physical).toContain(`SUMMARY:${title}`);
  });

  it("folds a line of 76 octets", () => {
    const title = "x".repeat(76 - "SUMMARY:".length);
    const ics = build([session({ title })]);
    expect(ics.split("\r\n")).not.toContain(`SUMMARY:${title}`);
    expect(valueOf(ics, "SUMMARY")).toEqual([title]);
  });

  it("folds very long lines into many continuation lines, each within 75 octets", () => {
    const title = "Sesi ".repeat(100).trim();
    const ics = build([session({ title })]);
    const physical = ics.split("\r\n");
    const start = physical.findIndex((l) => l.startsWith("SUMMARY:"));
    const continuation: string[] = [];
    for (let i = start + 1; physical[i]!.startsWith(" "); i++) continuation.push(physical[i]!);
    expect(continuation.length).toBeGreaterThanOrEqual(6);
    for (const line of [physical[start]!, ...continuation]) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(valueOf(ics, "SUMMARY")).toEqual([title]);
  });

  it("counts octets, not characters, for multi-byte text and never splits a character", () => {
    const title = "Évaluasi pasca-pelatihan – tindak lanjut “rencana” ".repeat(4); // é, en dash, curly quotes
    const ics = build([session({ title })]);
    for (const line of ics.split("\r\n")) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line.includes("\uFFFD")).toBe(false);
    }
    expect(valueOf(ics, "SUMMARY")).toEqual([title]);
  });

  it("never splits a character outside the BMP (e.g. an emoji) across a fold", () => {
    // RFC 5545 §3.1: multi-octet characters must not be split. A lone surrogate half becomes U+FFFD when encoded.
    for (let pad = 0; pad < 4; pad++) {
      const title = `${"a".repeat(pad)}${"🎓".repeat(40)}`;
      const ics = build([session({ title })]);
      for (const line of ics.split("\r\n")) {
        expect(line).not.toMatch(loneSurrogate);
        expect(octets(line)).toBeLessThanOrEqual(75);
      }
      const roundTrip = Buffer.from(ics, "utf8").toString("utf8");
      expect(valueOf(roundTrip, "SUMMARY")).toEqual([title]);
    }
  });
});

describe("buildIcs: sequence and training name (issue 12)", () => {
  it("carries the batch's schedule sequence in every event, 0 when none is given", () => {
    expect(valueOf(build([session(), session({ id: "s2" })], { sequence: 3 }), "SEQUENCE")).toEqual(["3", "3"]);
    expect(valueOf(build([session()]), "SEQUENCE")).toEqual(["0"]);
  });

  it("keeps each event's UID when the sequence goes up, so calendars update instead of duplicating", () => {
    const before = valueOf(build([session()], { sequence: 0 }), "UID");
    const after = valueOf(build([session({ date: day("2024-08-19") })], { sequence: 1 }), "UID");
    expect(after).toEqual(before);
  });

  it("puts the training's name before the session's title", () => {
    const ics = build([session({ title: "Penyampaian materi hari 1" })], { programTitle: "Pelatihan Dasar CPNS" });
    expect(valueOf(ics, "SUMMARY")).toEqual(["Pelatihan Dasar CPNS: Penyampaian materi hari 1"]);
  });

  it("does not repeat the name when the session's title already starts with it", () => {
    const ics = build([session({ title: "Pelatihan Dasar CPNS: pembukaan" })], { programTitle: "Pelatihan Dasar CPNS" });
    expect(valueOf(ics, "SUMMARY")).toEqual(["Pelatihan Dasar CPNS: pembukaan"]);
  });
});
