import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportView } from "@/components/evaluation/report-view";
import { formatDate, formatDateRange, interpolate } from "@/lib/i18n/format";
import { requirePermission } from "@/lib/auth/viewer";
import { batchEvaluationReport } from "@/lib/evaluation/report";
import { getLocale, getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Laporan evaluasi angkatan" };

export default async function BatchEvaluationPage({ params }: { params: Promise<{ batchId: string }> }) {
  const viewer = await requirePermission("read:evaluation");
  const { batchId } = await params;
  const [m, locale, report] = await Promise.all([getMessages(), getLocale(), batchEvaluationReport(viewer, batchId)]);
  if (!report) notFound();
  const t = m.evaluation;
  return (
    <ReportView
      kind="batch"
      report={report}
      title={interpolate(t.batchTitle, { program: report.program.title, number: report.batch.number })}
      subtitle={interpolate(t.batchSubtitle, { dates: formatDateRange(report.batch.startDate, report.batch.endDate, locale), today: formatDate(report.asOf, locale) })}
      back={{ href: `/admin/angkatan/${report.batch.id}`, label: t.backToBatch }}
      exportHref={`/api/ekspor/evaluasi/angkatan/${report.batch.id}`}
      notice={report.batch.status === "DONE" ? undefined : t.notDone}
      m={m}
      locale={locale}
    />
  );
}
