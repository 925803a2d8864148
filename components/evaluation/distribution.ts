import type { Figures } from "@/lib/reaction/rules";
import type { DistributionDatum } from "./distribution-chart";

const share = (f: Figures, i: number) => (f.count ? f.distribution[i]! / f.count : 0);

/** One bar of the distribution chart: the shares of ratings 1–5 in `figures`. */
export const distributionDatum = (name: string, f: Figures): DistributionDatum => ({
  name, r1: share(f, 0), r2: share(f, 1), r3: share(f, 2), r4: share(f, 3), r5: share(f, 4),
});
