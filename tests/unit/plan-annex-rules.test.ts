// The plan documents' pure parts (decision 0038): the document built from a version (groups, numbering, texts and
// every amount from the plan rules), the version label, the signing place, the schedule texts and the address.
import { describe, expect, it } from "vitest";
import { annexLabels } from "@/lib/plan/annex-labels";
import { annexFilename, parseAnnexRequest } from "@/lib/plan/annex-params";
import { buildAnnex, monthName, quarterLabel, signingPlace, versionLabel, type AnnexData, type AnnexLine } from "@/lib/plan/annex-rules";
import { id } from "@/lib/i18n/messages/id";
import { en } from "@/lib/i18n/messages/en";

const labels = annexLabels(id);
const X = { id: "unit-x", name: "Dinas Komunikasi dan Informatika" };
const Y = { id: "unit-y", name: "Kecamatan Semarang Tengah" };

function line(itemId: string, unit: AnnexLine["unit"], budget: [number, number, AnnexLine["budget"][number]["fundSource"]][], extra: Partial<AnnexLine> = {}): AnnexLine {
  return {
    itemId, position: 0, title: `Kegiatan ${itemId}`, competency: null, targetLevel: null, unit, targetUnits: [], targetPositions: [], targetPositionTypes: [],
    targetPeople: 20, routeCode: "KL03", provider: "INTERNAL", providerName: "", plannedMonth: 4, jpPerParticipant: 24, curriculumFit: "",
    budget: budget.map(([volume, unitPrice, fundSource], i) => ({ item: `Item ${i + 1}`, volume, unit: "OH", unitPrice, fundSource, accountCode: "", position: i + 1 })),
    ...extra,
  };
}

function data(lines: AnnexLine[], version: Partial<AnnexData["version"]> = {}): AnnexData {
  return {
    agency: { name: "Pemerintah Kota Semarang", region: "Kota Semarang" },
    year: 2026,
    versions: [{ number: 0, status: "APPROVED" }],
    version: { number: 0, status: "APPROVED", reason: "", approvedAt: new Date("2026-01-12T00:00:00Z"), submittedAt: null, approverName: "Dr. Ir. Hevearita G. Rahayu", ...version },
    lines,
  };
}

describe("buildAnnex", () => {
  const lines = [
    line("a", X, [[210, 143_000, "PAD"], [12, 1_400_000, "APBD"]]),
    line("b", null, [[1, 24_000_000, "OTHER"]]),
    line("c", Y, [[90, 150_000, "APBD"]]),
    line("d", X, []),
  ];

  it("groups lines by OPD in the order of their first line, across-OPD lines last, numbered through the document", () => {
    const doc = buildAnnex(data(lines), labels);
    expect(doc.groups.map((g) => [g.unitName, g.rows.map((r) => `${r.no}${r.itemId}`)])).toEqual([
      [X.name, ["1a", "2d"]],
      [Y.name, ["3c"]],
      ["Lintas OPD", ["4b"]],
    ]);
  });

  it("takes every amount from the plan rules: item, line, OPD subtotal, total and the recap of the sources that have money", () => {
    const doc = buildAnnex(data(lines), labels);
    const a = doc.groups[0]!.rows[0]!;
    expect(a.budget.map((b) => b.total)).toEqual([30_030_000, 16_800_000]);
    expect(a.total).toBe(46_830_000);
    expect(doc.groups.map((g) => g.subtotal)).toEqual([46_830_000, 13_500_000, 24_000_000]);
    expect(doc.total).toBe(84_330_000);
    expect(doc.recap).toEqual([
      { fundSource: "APBD", label: "APBD", amount: 30_300_000 },
      { fundSource: "PAD", label: "PAD", amount: 30_030_000 },
      { fundSource: "OTHER", label: "Lainnya", amount: 24_000_000 },
    ]);
  });

  it("writes the art. 207(3) texts: competency and level, target group, route, provider, schedule", () => {
    const rich = line("e", X, [], {
      competency: { code: "M.05", name: "Pelayanan Publik" }, targetLevel: 3, targetUnits: [X.name, Y.name], targetPositions: ["Lurah"],
      targetPositionTypes: ["PENGAWAS", "ADMINISTRATOR"], routeCode: "KL10", provider: "VENDOR", providerName: " PT Mitra ", plannedMonth: 5,
    });
    const row = buildAnnex(data([rich]), labels).groups[0]!.rows[0]!;
    expect(row.competency).toBe("M.05 Pelayanan Publik");
    expect(row.level).toBe("level 3 (Menengah)");
    expect(row.target).toEqual([`OPD: ${X.name}, ${Y.name}`, "Jabatan: Lurah", "Jenis jabatan: Pengawas, Administrator"]);
    expect(row.route).toBe("Bimbingan teknis");
    expect(row.provider).toBe("Penyedia jasa: PT Mitra");
    expect([row.monthName, row.quarter]).toEqual(["Mei", "Triwulan II"]);
    // Without target units, the line's own OPD is the target.
    expect(buildAnnex(data([line("f", Y, [])]), labels).groups[0]!.rows[0]!.target).toEqual([`OPD: ${Y.name}`]);
    // A line across OPDs without a narrower group is for every OPD; with position types, those are its target.
    expect(buildAnnex(data([line("g", null, [])]), labels).groups[0]!.rows[0]!.target).toEqual(["OPD: Lintas OPD"]);
    expect(buildAnnex(data([line("h", null, [], { targetPositionTypes: ["PELAKSANA"] })]), labels).groups[0]!.rows[0]!.target).toEqual(["Jenis jabatan: Pelaksana"]);
  });

  it("signs an approved version with place, date and name; a draft carries the mark and neither date nor name", () => {
    const approved = buildAnnex(data(lines), labels);
    expect(approved.draft).toBe(false);
    expect(approved.signatory).toEqual({ place: "Semarang", approvedAt: new Date("2026-01-12T00:00:00Z"), name: "Dr. Ir. Hevearita G. Rahayu" });
    expect([approved.title, approved.kind]).toEqual(["RENCANA PENGEMBANGAN KOMPETENSI ASN TAHUN 2026", "(MURNI)"]);
    for (const status of ["DRAFT", "SUBMITTED"] as const) {
      const draft = buildAnnex(data(lines, { number: 2, status, approvedAt: null, approverName: null }), labels);
      expect(draft.draft).toBe(true);
      expect(draft.kind).toBe("(PERUBAHAN KE-2)");
      expect(draft.signatory).toEqual({ place: "Semarang", approvedAt: null, name: null });
    }
  });

  it("an empty version has no groups and a zero total", () => {
    const doc = buildAnnex(data([]), labels);
    expect([doc.groups, doc.total, doc.recap]).toEqual([[], 0, []]);
  });

  it("the English catalog words the print page for an English reader", () => {
    const doc = buildAnnex(data(lines), annexLabels(en), "en-GB");
    expect(doc.kind).toBe("(ORIGINAL)");
    expect(doc.groups[2]!.unitName).toBe("Across OPDs");
    expect(doc.groups[0]!.rows[0]!.monthName).toBe("April");
  });
});

describe("small texts", () => {
  it.each([
    [0, "(MURNI)"],
    [1, "(PERUBAHAN KE-1)"],
    [12, "(PERUBAHAN KE-12)"],
  ])("version %i → %s", (n, label) => expect(versionLabel(n, labels)).toBe(label));

  it.each([
    ["Kota Semarang", "Semarang"],
    ["Kabupaten Kendal", "Kendal"],
    ["Kab. Demak", "Demak"],
    ["Provinsi DKI Jakarta", "DKI Jakarta"],
    ["Kota Administrasi Jakarta Pusat", "Jakarta Pusat"],
    ["Surakarta", "Surakarta"],
    ["Kota", "Kota"],
  ])("signing place of %s is %s", (region, place) => expect(signingPlace(region)).toBe(place));

  it("quarters in Roman numerals, months by name", () => {
    expect([1, 3, 4, 6, 7, 9, 10, 12].map((m) => quarterLabel(m, "TW {q}"))).toEqual(["TW I", "TW I", "TW II", "TW II", "TW III", "TW III", "TW IV", "TW IV"]);
    expect([monthName(1, "id-ID"), monthName(8, "id-ID"), monthName(12, "id-ID")]).toEqual(["Januari", "Agustus", "Desember"]);
  });
});

describe("the documents' address", () => {
  const q = (s: string) => new URLSearchParams(s);
  it("takes a four-digit year and an optional version number", () => {
    expect(parseAnnexRequest("2026", q(""))).toEqual({ ok: true, value: { year: 2026, version: undefined } });
    expect(parseAnnexRequest("2026", q("versi=0"))).toEqual({ ok: true, value: { year: 2026, version: 0 } });
    expect(parseAnnexRequest("2026", q("versi=%203%20"))).toEqual({ ok: true, value: { year: 2026, version: 3 } });
  });

  it.each([
    ["26", ""], ["1999", ""], ["2101", ""], ["2026a", ""],
    ["2026", "versi=-1"], ["2026", "versi=1.5"], ["2026", "versi=satu"], ["2026", "versi=1&versi=2"], ["2026", "tahun=2026"],
  ])("refuses %s ?%s with a message", (year, search) => {
    const parsed = parseAnnexRequest(year, q(search));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message.length).toBeGreaterThan(10);
  });

  it("names the file by year and version", () => {
    expect([annexFilename(2026, 0), annexFilename(2026, 2)]).toEqual(["lampiran-rencana-2026-murni", "lampiran-rencana-2026-perubahan-2"]);
  });
});
