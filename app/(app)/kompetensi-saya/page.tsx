import type { Metadata } from "next";
import { ProfileDateForm } from "@/components/competency/profile/date-form";
import { profileLabels } from "@/components/competency/profile/labels";
import { ProfileView } from "@/components/competency/profile/profile-view";
import { TargetSearch } from "@/components/competency/profile/target-search";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { searchTargetPositions } from "@/lib/competency/career-target";
import { competencyProfile } from "@/lib/competency/profile";
import { profileDate } from "@/lib/competency/profile-rules";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Kompetensi saya" };

/** The ASN's own competency profile against their position and the target position they choose. */
export default async function MyCompetencyPage({ searchParams }: { searchParams: Promise<{ tanggal?: string; cari?: string; q?: string }> }) {
  const viewer = await requirePermission("read:competency-profile", ["own"]);
  const [search, m, locale] = await Promise.all([searchParams, getMessages(), getLocale()]);
  const t = profileLabels(m);
  const on = profileDate(search.tanggal, calendarToday());
  const q = (search.q ?? search.cari ?? "").trim();
  const [profile, found] = viewer.employeeId
    ? await Promise.all([competencyProfile(viewer, viewer.employeeId, on), searchTargetPositions(viewer, q)])
    : [null, []];
  return (
    <>
      <PageHeader title={t.mine.title} subtitle={t.mine.subtitle}>
        <div className="flex flex-wrap items-center gap-2">
          <ProfileDateForm action="/kompetensi-saya" value={on.toISOString().slice(0, 10)} t={t} />
          {profile ? <Link href="/kompetensi-saya/nilai" className={buttonClass("primary")}>{t.selfRate}</Link> : null}
        </div>
      </PageHeader>
      {profile ? (
        <ProfileView profile={profile} t={t} locale={locale}
          targetPicker={<TargetSearch q={q} found={found} hasTarget={!!profile.target} t={t} />} />
      ) : <EmptyState title={t.mine.noEmployee} />}
    </>
  );
}
