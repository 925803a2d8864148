import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/card";
import type { BatchEvaluationReport, ProgramEvaluationReport } from "@/lib/evaluation/report";
import type { Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { BatchTable } from "./batch-table";
import { BehaviourSection } from "./behaviour-section";
import { BatchLearningSection, ProgramLearningSection } from "./learning-section";
import { PlansSection } from "./plans-section";
import { ReactionSection } from "./reaction-section";
import { ReportActions } from "./report-actions";
import { ResultsSection } from "./results-section";
import { SummaryTiles } from "./summary-tiles";

type Props = {
  title: string;
  subtitle: string;
  back: { href: string; label: string };
  exportHref: string;
  m: Messages;
  locale: Locale;
  notice?: string;
} & ({ kind: "batch"; report: BatchEvaluationReport } | { kind: "program"; report: ProgramEvaluationReport });

/** The evaluation report page of a batch or a program: tiles, then one section per level; prints on A4. */
export function ReportView(props: Props) {
  const { title, subtitle, back, exportHref, m, locale, notice, report } = props;
  const program = props.kind === "program";
  const showResults = report.program.tracksResults || report.indicators.length > 0;
  return (
    <div className="print:text-[12px]" data-testid="evaluation-report">
      <Link href={back.href} className="text-sm text-brand-700 hover:underline print:hidden">← {back.label}</Link>
      <PageHeader title={title} subtitle={subtitle}>
        <ReportActions exportHref={exportHref} m={m} />
      </PageHeader>
      <div className="space-y-6 print:space-y-4">
        {notice ? <p className="rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="eval-notice">{notice}</p> : null}
        <SummaryTiles figures={report.totals} showResults={showResults} m={m} locale={locale} />
        {props.kind === "program" && props.report.batches.length ? (
          <BatchTable batches={props.report.batches} perBatch={props.report.perBatch} totals={report.totals} showResults={showResults} m={m} locale={locale} />
        ) : null}
        <ReactionSection report={report.reaction} scope={props.kind} m={m} locale={locale} />
        {props.kind === "program" ? (
          <ProgramLearningSection batches={props.report.batches} perBatch={props.report.perBatch} m={m} locale={locale} />
        ) : (
          <BatchLearningSection rows={props.report.learningRows} m={m} locale={locale} />
        )}
        <BehaviourSection rows={report.feedback} months={report.program.feedbackMonths} showBatch={program} m={m} locale={locale} />
        <PlansSection rows={report.plans} showBatch={program} m={m} locale={locale} />
        {showResults ? <ResultsSection rows={report.indicators} showBatch={program} m={m} locale={locale} /> : null}
      </div>
    </div>
  );
}
