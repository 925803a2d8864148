import type { Metadata } from "next";
import { CompetencySettingsForm } from "@/components/competency/settings/settings-form";
import { PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { hasSavedCompetencySettings, loadCompetencySettings, settingsAsFields } from "@/lib/competency/settings";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Pengaturan kompetensi" };

export default async function CompetencySettingsPage() {
  const viewer = await requirePermission("manage:competency");
  const [m, settings, saved] = await Promise.all([getMessages(), loadCompetencySettings(viewer.agencyId), hasSavedCompetencySettings(viewer.agencyId)]);
  const t = m.compRules;
  return (
    <>
      <PageHeader title={t.settings.title} subtitle={saved ? t.settings.subtitle : `${t.settings.subtitle} ${t.settings.defaults}`} />
      <CompetencySettingsForm values={settingsAsFields(settings)} t={t} />
    </>
  );
}
