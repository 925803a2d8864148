import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "@/components/ui/link";
import { ExternalDetails } from "@/components/external/details";
import { SubmissionStatus } from "@/components/external/submission-status";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { getExternalTraining } from "@/lib/external/queries";
import { getLocale, getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Pengajuan pelatihan eksternal" };

/** The ASN's own submission: its status first, then what was sent. Anyone else's is not found. */
export default async function MySubmissionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ terkirim?: string }> }) {
  const viewer = await requirePermission("submit:external-training");
  const [{ id }, search] = await Promise.all([params, searchParams]);
  // Only the viewer's own, in the data layer: an operator or admin who may read others' is still refused here.
  const item = await getExternalTraining(viewer, id, "read:external-training", { ownOnly: true });
  if (!item) notFound();
  const [m, locale] = await Promise.all([getMessages(), getLocale()]);
  const t = m.external;
  const s = t.submission;

  return (
    <>
      <Link href="/jp/eksternal" className="text-sm text-brand-700 hover:underline">← {s.back}</Link>
      <PageHeader title={item.title} subtitle={item.organiser}>
        <Link href="/jp/eksternal/baru" className={buttonClass("secondary")}>{s.submitAnother}</Link>
      </PageHeader>
      {search.terkirim ? (
        <p role="status" data-testid="submitted-message" className="mb-4 rounded-md bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-800">{s.sent}</p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-5 [&>*]:min-w-0">
        <Card className="lg:col-span-2 lg:order-last">
          <CardHeader title={s.statusTitle} />
          <div className="px-4 py-4 sm:px-5">
            <SubmissionStatus item={item} m={m} locale={locale} />
          </div>
        </Card>
        <Card className="lg:col-span-3">
          <CardHeader title={s.detailsTitle} />
          <ExternalDetails item={item} m={m} locale={locale} />
        </Card>
      </div>
    </>
  );
}
