// The colour of a heatmap cell, by the share of the assessed ASN who have a gap (colour is never the only signal:
// every cell also writes its numbers). Pure, unit-tested in tests/unit/competency-heatmap-shade.test.ts.

/** 0 = no gap, 1 = up to 25 %, 2 = up to 50 %, 3 = up to 75 %, 4 = more; null when nobody is assessed. */
export function shareStep(withGap: number, assessed: number): 0 | 1 | 2 | 3 | 4 | null {
  if (assessed <= 0) return null;
  if (withGap <= 0) return 0;
  const share = withGap / assessed;
  if (share <= 0.25) return 1;
  if (share <= 0.5) return 2;
  if (share <= 0.75) return 3;
  return 4;
}

export const STEP_CLASSES = [
  "bg-emerald-100 text-emerald-900",
  "bg-yellow-100 text-yellow-900",
  "bg-amber-300 text-amber-950",
  "bg-orange-400 text-orange-950",
  "bg-red-400 text-red-950",
] as const;

export const NONE_ASSESSED_CLASS = "bg-slate-100 text-slate-600 bg-[repeating-linear-gradient(45deg,transparent,transparent_4px,rgba(148,163,184,0.18)_4px,rgba(148,163,184,0.18)_8px)]";

export function cellClass(withGap: number, assessed: number): string {
  const step = shareStep(withGap, assessed);
  return step === null ? NONE_ASSESSED_CLASS : STEP_CLASSES[step];
}

/** The tone of one person's cell in the team heatmap: met (gap 0), gap 1, gap 2+; null = not assessed. */
export function personTone(gap: number | null): "met" | "one" | "more" | null {
  if (gap === null) return null;
  return gap <= 0 ? "met" : gap === 1 ? "one" : "more";
}

export const PERSON_CLASSES = { met: "bg-emerald-100 text-emerald-900", one: "bg-amber-300 text-amber-950", more: "bg-red-400 text-red-950" } as const;
