import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProfileDateForm } from "@/components/competency/profile/date-form";
import { profileLabels } from "@/components/competency/profile/labels";
import { ProfileView } from "@/components/competency/profile/profile-view";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { teamMemberProfile } from "@/lib/competency/profile";
import { profileDate } from "@/lib/competency/profile-rules";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Kompetensi anggota tim" };

/** A supervisor's view of one staff member's competency profile. Anyone outside the viewer's team is a 404. */
export default async function TeamMemberCompetencyPage({ params, searchParams }: { params: Promise<{ employeeId: string }>; searchParams: Promise<{ tanggal?: string }> }) {
  const viewer = await requirePermission("read:competency-profile", ["team"]);
  const [{ employeeId }, search, m, locale] = await Promise.all([params, searchParams, getMessages(), getLocale()]);
  const t = profileLabels(m);
  const on = profileDate(search.tanggal, calendarToday());
  const profile = await teamMemberProfile(viewer, employeeId, on);
  if (!profile) notFound();
  const base = `/tim/${profile.employee.id}`;
  return (
    <>
      <Link href={base} className="text-sm text-brand-700 hover:underline">← {t.team.back}</Link>
      <PageHeader title={interpolate(t.team.title, { name: fullName(profile.employee) })} subtitle={`${formatNip(profile.employee.nip)} · ${profile.employee.unitName}`}>
        <div className="flex flex-wrap items-center gap-2">
          <ProfileDateForm action={`${base}/kompetensi`} value={on.toISOString().slice(0, 10)} t={t} />
          <Link href={`${base}/kompetensi/nilai`} className={buttonClass("primary")}>{t.giveRating}</Link>
        </div>
      </PageHeader>
      <ProfileView profile={profile} t={t} locale={locale} />
    </>
  );
}
