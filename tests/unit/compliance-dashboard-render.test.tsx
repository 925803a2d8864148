// The dashboard's server-rendered pieces, rendered to HTML without a database: labels beside every colour,
// the year-over wording, links that keep the filters, and "—" rather than a made-up 0%.
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ComplianceStats } from "@/components/compliance/compliance-stats";
import { ComplianceTable } from "@/components/compliance/compliance-table";
import { EquityPanel } from "@/components/compliance/equity-panel";
import { OpdTable } from "@/components/compliance/opd-table";
import { COMPLIANCE_STATUSES, listParams } from "@/components/compliance/params";
import { StatusBadge } from "@/components/compliance/status-badge";
import { StatusTabs } from "@/components/compliance/status-tabs";
import type { ComplianceRow } from "@/lib/compliance/queries";
import { id } from "@/lib/i18n/messages/id";

const UNIT = "0199a3e2-7c4b-7d2e-9f10-1234567890ab";
const opd = {
  opdId: UNIT, opdName: "Dinas Komunikasi, Informatika, Statistik dan Persandian", headcount: 10, obligated: 9,
  compliant: 3, onTrack: 2, atRisk: 4, nonCompliant: 0, exempt: 1, zeroJp: 2, averageMinutes: 690, medianMinutes: 600,
};
const row = (over: Partial<ComplianceRow>): ComplianceRow => ({
  employeeId: "e1", nip: "199203152019032001", name: "Rina Kusumawardhani", unitId: UNIT, opdId: UNIT, kind: "PNS",
  positionType: "FUNGSIONAL_AHLI_PERTAMA", activeMonths: 12, targetMinutes: 900, creditedMinutes: 690, plannedMinutes: 0,
  plannedBatches: 0, status: "AT_RISK", overCeiling: false, unitName: "Bidang Aplikasi Informatika", opdName: opd.opdName, ...over,
});
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("StatusBadge", () => {
  it("always says the status in words next to its colour", () => {
    for (const status of COMPLIANCE_STATUSES) {
      const html = renderToStaticMarkup(<StatusBadge status={status} labels={id.complianceAdmin.status} />);
      expect(html).toContain(`data-status="${status}"`);
      expect(text(html).trim()).toBe(id.complianceAdmin.status[status]);
    }
    expect(Object.values(id.complianceAdmin.status)).toEqual(["Dikecualikan", "Memenuhi", "Sesuai jalur", "Berisiko", "Tidak memenuhi"]);
  });
});

describe("ComplianceStats", () => {
  it("shows shares of the obligated ASN and JP with an Indonesian comma", () => {
    const html = text(renderToStaticMarkup(<ComplianceStats total={opd} yearOver={false} m={id} locale="id" />));
    expect(html).toContain("ASN wajib JP 9 dari 10 pegawai; 1 dikecualikan");
    expect(html).toContain("Memenuhi 33,3% 3 ASN");
    expect(html).toContain("Sesuai jalur 22,2%");
    expect(html).toContain("Berisiko 44,4% 4 ASN");
    expect(html).toContain("Rata-rata JP 15,33 JP");
    expect(html).toContain("Median JP 13,33 JP");
  });

  it("after the year calls the shortfall non-compliant, drops 'on track', and shows no share without obligated ASN", () => {
    const over = text(renderToStaticMarkup(<ComplianceStats total={{ ...opd, onTrack: 0, atRisk: 0, nonCompliant: 6 }} yearOver m={id} locale="id" />));
    expect(over).toContain("Tidak memenuhi 66,7% 6 ASN");
    expect(over).not.toContain("Sesuai jalur");
    const empty = { ...opd, headcount: 1, obligated: 0, compliant: 0, onTrack: 0, atRisk: 0, exempt: 1, zeroJp: 0, averageMinutes: 0, medianMinutes: 0 };
    expect(text(renderToStaticMarkup(<ComplianceStats total={empty} yearOver={false} m={id} locale="id" />))).toContain("Memenuhi — 0 ASN");
  });
});

describe("OpdTable", () => {
  it("links each OPD to the drill-down of that unit and year, with the total last", () => {
    const html = renderToStaticMarkup(<OpdTable rows={[opd]} total={{ ...opd, opdId: "", opdName: "Total" }} year={2025} yearOver m={id} locale="id" />);
    expect(html).toContain(`href="/admin/kepatuhan/daftar?tahun=2025&amp;unitId=${UNIT}"`);
    expect(html).toMatch(/<tfoot[^>]*>.*Total.*<\/tfoot>/);
    expect(text(html)).toContain("Tidak memenuhi");
    expect(text(html)).not.toContain("Sesuai jalur");
  });
});

describe("ComplianceTable", () => {
  it("shows target, credited, planned and shortfall in JP, and no shortfall for an exempt ASN", () => {
    const html = text(
      renderToStaticMarkup(
        <ComplianceTable
          rows={[row({ plannedMinutes: 360 }), row({ employeeId: "e2", name: "Pegawai Baru", status: "EXEMPT", activeMonths: 0, targetMinutes: 0, creditedMinutes: 0 })]}
          m={id}
          locale="id"
        />,
      ),
    );
    expect(html).toContain("Rina Kusumawardhani 19920315 201903 2 001");
    expect(html).toContain("20,00 JP 15,33 JP 8,00 JP 4,67 JP Berisiko");
    expect(html).toContain("0,00 JP 0,00 JP — — Dikecualikan");
  });
});

describe("StatusTabs", () => {
  it("keeps the other filters, drops the page number, and marks the current status", () => {
    const params = listParams({ tahun: "2025", unitId: UNIT, kind: "PPPK", status: "AT_RISK", page: "3" }, 2026);
    const counts = { EXEMPT: 0, COMPLIANT: 1, ON_TRACK: 0, AT_RISK: 1234, NON_COMPLIANT: 0 };
    const html = renderToStaticMarkup(
      <StatusTabs params={params} statuses={["AT_RISK", "COMPLIANT"]} counts={counts} labels={id.complianceAdmin.status} allLabel="Semua" navLabel="Status" locale="id" />,
    );
    expect(html).toContain(`href="/admin/kepatuhan/daftar?tahun=2025&amp;unitId=${UNIT}&amp;kind=PPPK"`);
    expect(html).toContain(`href="/admin/kepatuhan/daftar?tahun=2025&amp;unitId=${UNIT}&amp;kind=PPPK&amp;status=COMPLIANT"`);
    expect(html).toMatch(/aria-current="page" data-testid="status-tab-AT_RISK"/);
    expect(text(html)).toContain("Semua 1.235");
    expect(html).not.toContain("page=");
  });
});

describe("EquityPanel", () => {
  it("states the top-decile share, or that no place was filled yet", () => {
    const html = text(renderToStaticMarkup(<EquityPanel equity={{ buckets: [2, 1, 1, 1], places: 6, topDecileShare: 0.5 }} year={2025} m={id} locale="id" />));
    expect(html).toContain("50% tempat pelatihan diterima 10% ASN yang paling sering dilatih");
    expect(html).toContain("0 pelatihan 2 40%");
    expect(html).toContain("3 pelatihan atau lebih 1 20%");
    const none = text(renderToStaticMarkup(<EquityPanel equity={{ buckets: [3, 0, 0, 0], places: 0, topDecileShare: 0 }} year={2025} m={id} locale="id" />));
    expect(none).toContain(id.complianceAdmin.equity.noPlaces);
  });
});
