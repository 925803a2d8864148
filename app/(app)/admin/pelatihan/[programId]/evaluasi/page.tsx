import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportView } from "@/components/evaluation/report-view";
import { requirePermission } from "@/lib/auth/viewer";
import { programEvaluationReport } from "@/lib/evaluation/report";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Laporan evaluasi program" };

export default async function ProgramEvaluationPage({ params }: { params: Promise<{ programId: string }> }) {
  const viewer = await requirePermission("read:evaluation");
  const { programId } = await params;
  const [m, locale, report] = await Promise.all([getMessages(), getLocale(), programEvaluationReport(viewer, programId)]);
  if (!report) notFound();
  const t = m.evaluation;
  return (
    <ReportView
      kind="program"
      report={report}
      title={interpolate(t.programTitle, { program: report.program.title })}
      subtitle={interpolate(t.programSubtitle, { count: report.batches.length, today: formatDate(report.asOf, locale) })}
      back={{ href: `/admin/pelatihan/${report.program.id}`, label: t.backToProgram }}
      exportHref={`/api/ekspor/evaluasi/program/${report.program.id}`}
      notice={report.batches.length ? undefined : t.noBatches}
      m={m}
      locale={locale}
    />
  );
}
