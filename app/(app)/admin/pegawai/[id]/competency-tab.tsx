import { profileLabels } from "@/components/competency/profile/labels";
import { ProfileView } from "@/components/competency/profile/profile-view";
import { EmptyState } from "@/components/ui/card";
import { competencyProfile } from "@/lib/competency/profile";
import { profileDate } from "@/lib/competency/profile-rules";
import type { PanelContext } from "./panels";

/** The employee page's "Kompetensi" tab: the person's competency profile, with a link to all their results. */
export async function competencyTab({ viewer, employee, m, locale, today, search }: PanelContext) {
  const t = profileLabels(m);
  const profile = await competencyProfile(viewer, employee.id, profileDate(search.tanggal, today));
  if (!profile) return <EmptyState title={m.common.notFound} />;
  return <ProfileView profile={profile} t={t} locale={locale} historyLink={{ href: `/admin/pegawai/${employee.id}/asesmen`, label: t.allResults }} />;
}
