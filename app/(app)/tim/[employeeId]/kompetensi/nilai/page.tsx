import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RatingPanel } from "@/components/competency/assessments/rating-panel";
import { PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { staffRatingForm } from "@/lib/competency/assessments-queries";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";

export const metadata: Metadata = { title: "Penilaian atasan" };

/** A supervisor rates one of their staff against the staff member's current standard. Anyone else is a 404. */
export default async function RateStaffPage({ params }: { params: Promise<{ employeeId: string }> }) {
  const viewer = await requirePermission("record:assessment", ["team"]);
  const [{ employeeId }, m, locale] = await Promise.all([params, getMessages(), getLocale()]);
  const data = await staffRatingForm(viewer, employeeId);
  if (!data) notFound();
  const t = m.compAssess.rate;
  const name = fullName(data.employee);
  return (
    <>
      <Link href={`/tim/${employeeId}`} className="text-sm text-brand-700 hover:underline">← {t.backTeam}</Link>
      <PageHeader title={interpolate(t.staffTitle, { name })} subtitle={t.staffSubtitle} />
      <p className="-mt-3 mb-5 break-words text-sm text-slate-700">
        <span className="font-mono">{formatNip(data.employee.nip)}</span> · {data.employee.position.name} · {data.employee.unit.name}
      </p>
      <div className="max-w-3xl">
        <RatingPanel data={data} mode="staff" m={m} locale={locale} />
      </div>
    </>
  );
}
