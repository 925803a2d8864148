import "server-only";
import { defineCommand } from "@/lib/action";
import { cacheTags, invalidate } from "@/lib/cache";
import { loadCompetencySettings, settingsAsFields } from "./settings";
import { competencySettingsSchema } from "./settings-schema";

/** Saves the agency's competency settings (validity per source, JPM bands, need weighting); audited before/after. */
export const saveCompetencySettings = defineCommand({
  name: "competency.settings.save",
  permission: "manage:competency",
  schema: competencySettingsSchema,
  revalidate: ["/admin/kompetensi/pengaturan", "/admin/kompetensi", "/admin/kebutuhan-pelatihan", "/kompetensi-saya", "/tim/kompetensi"],
  successMessage: (m) => m.compRules.settings.saved,
  async run({ viewer, input, tx, audit }) {
    const agencyId = viewer.agencyId;
    const existing = await tx.competencySettings.findUnique({ where: { agencyId }, select: { agencyId: true } });
    const before = settingsAsFields(await loadCompetencySettings(agencyId, tx));
    await tx.competencySettings.upsert({ where: { agencyId }, create: { agencyId, ...input }, update: input });
    await invalidate(tx, cacheTags.competency(agencyId));
    await audit({
      action: existing ? "update" : "create",
      entity: "CompetencySettings",
      entityId: agencyId,
      // Never saved before: the defaults it replaces are what applied, so they are the "before".
      before: { ...before },
      after: { ...input },
    });
    return { agencyId };
  },
});
