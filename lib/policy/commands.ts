import "server-only";
import { defineCommand } from "@/lib/action";
import { cacheTags, invalidate } from "@/lib/cache";
import { AppError } from "@/lib/errors";
import { interpolate } from "@/lib/i18n/format";
import { policyOrDefault } from "./rules";
import { policySchema } from "./schemas";

/** Saves an agency's JP policy for one year; a closed year's policy is frozen with its snapshot. */
export const savePolicy = defineCommand({
  name: "policy.save",
  permission: "manage:policy",
  schema: policySchema,
  revalidate: ["/admin/kebijakan", "/admin/kepatuhan", "/jp", "/tim/jp"],
  successMessage: (m, result: { year: number }) => interpolate(m.jp.policy.saved, { year: result.year }),
  async run({ viewer, input, tx, audit }): Promise<{ year: number }> {
    const key = { agencyId: viewer.agencyId, year: input.year };
    const closed = await tx.yearClose.findUnique({ where: { agencyId_year: key }, select: { year: true } });
    if (closed) throw new AppError("CONFLICT", "jp.policy.yearClosed", undefined, { year: input.year });
    const before = await tx.agencyPolicy.findUnique({ where: { agencyId_year: key } });
    const data = {
      targetJp: input.targetJp,
      proRate: input.proRate,
      countedRouteCodes: [...new Set(input.countedRouteCodes)],
      completionThresholdPct: input.completionThresholdPct,
      pppkCeilingJp: input.pppkCeilingJp,
    };
    await tx.agencyPolicy.upsert({ where: { agencyId_year: key }, create: { ...key, ...data }, update: data });
    await invalidate(tx, cacheTags.policy(viewer.agencyId));
    await audit({
      action: before ? "update" : "create",
      entity: "AgencyPolicy",
      entityId: `${viewer.agencyId}:${input.year}`,
      before: before ? { ...policyOrDefault(before) } : null,
      after: { ...data },
    });
    return { year: input.year };
  },
});
