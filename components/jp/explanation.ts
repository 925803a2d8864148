import type { ComplianceExplanation } from "@/lib/compliance/rules";
import { interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp } from "@/lib/ledger/rules";

/** The status's reason as a sentence: "Kurang 4,67 JP; 1 pelatihan terkonfirmasi akan menutupinya." */
export function explanationText(e: ComplianceExplanation, year: number, m: Messages, locale: Locale): string {
  const r = m.jp.reason;
  const jp = (minutes: number) => formatJp(minutes, locale);
  switch (e.kind) {
    case "EXEMPT":
      return interpolate(r.EXEMPT, { year });
    case "MET":
      return e.surplusMinutes > 0 ? interpolate(r.METSurplus, { jp: jp(e.surplusMinutes) }) : r.MET;
    case "COVERED":
      return interpolate(r.COVERED, { jp: jp(e.shortfallMinutes), count: e.plannedBatches });
    case "SHORT":
      return e.plannedBatches
        ? interpolate(r.SHORT, { jp: jp(e.shortfallMinutes), count: e.plannedBatches, rest: jp(e.remainingMinutes) })
        : interpolate(r.SHORTNone, { jp: jp(e.shortfallMinutes) });
    case "MISSED":
      return interpolate(r.MISSED, { year, jp: jp(e.shortfallMinutes) });
  }
}
