import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RatingPanel } from "@/components/competency/assessments/rating-panel";
import { PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { selfRatingForm } from "@/lib/competency/assessments-queries";
import { getLocale, getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Penilaian diri" };

/** An ASN rates themself against their current standard; shown everywhere as a self-rating, never more. */
export default async function RateSelfPage() {
  const viewer = await requirePermission("record:assessment", ["own"]);
  const [m, locale] = await Promise.all([getMessages(), getLocale()]);
  const data = await selfRatingForm(viewer);
  if (!data) notFound();
  const t = m.compAssess.rate;
  return (
    <>
      <Link href="/kompetensi-saya" className="text-sm text-brand-700 hover:underline">← {t.backMine}</Link>
      <PageHeader title={t.selfTitle} subtitle={`${data.employee.position.name} · ${data.employee.unit.name}`} />
      <div className="max-w-3xl space-y-5">
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="self-rating-banner">
          <p className="font-semibold text-amber-900">{t.selfBanner}</p>
          <p className="mt-1 text-sm text-amber-900">{t.selfHint}</p>
        </div>
        <RatingPanel data={data} mode="self" m={m} locale={locale} />
      </div>
    </>
  );
}
