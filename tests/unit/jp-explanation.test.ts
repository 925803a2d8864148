import { describe, expect, it } from "vitest";
import { explanationText } from "@/components/jp/explanation";
import { explainCompliance } from "@/lib/compliance/rules";
import { id } from "@/lib/i18n/messages/id";
import { en } from "@/lib/i18n/messages/en";

describe("explanationText", () => {
  it("says the issue's sentence for an ASN on track", () => {
    const e = explainCompliance({ status: "ON_TRACK", credited: 690, target: 900, plannedMinutes: 360, plannedBatches: 1 });
    expect(explanationText(e, 2025, id, "id")).toBe("Kurang 4,67 JP; 1 pelatihan terkonfirmasi akan menutupinya.");
    expect(explanationText(e, 2025, en, "en")).toBe("4.67 JP short; 1 confirmed training will cover it.");
  });
  it("distinguishes at-risk with and without planned training", () => {
    const withPlan = explainCompliance({ status: "AT_RISK", credited: 600, target: 900, plannedMinutes: 90, plannedBatches: 1 });
    expect(explanationText(withPlan, 2025, id, "id")).toBe("Kurang 6,67 JP; 1 pelatihan terkonfirmasi baru menutup sebagian, masih kurang 4,67 JP.");
    const none = explainCompliance({ status: "AT_RISK", credited: 600, target: 900, plannedMinutes: 0, plannedBatches: 0 });
    expect(explanationText(none, 2025, id, "id")).toBe("Kurang 6,67 JP; belum ada pelatihan terkonfirmasi yang akan menutupinya.");
  });
  it("names the year for the missed and exempt cases, and the surplus when met", () => {
    expect(explanationText({ kind: "MISSED", shortfallMinutes: 210 }, 2025, id, "id")).toBe("Tahun 2025 berakhir dengan kekurangan 4,67 JP.");
    expect(explanationText({ kind: "EXEMPT" }, 2025, id, "id")).toBe("Tidak ada bulan aktif di tahun 2025, jadi tidak ada target.");
    expect(explanationText({ kind: "MET", surplusMinutes: 0 }, 2025, id, "id")).toBe("Target terpenuhi.");
    expect(explanationText({ kind: "MET", surplusMinutes: 45 }, 2025, id, "id")).toBe("Target terpenuhi, lebih 1,00 JP.");
  });
});
