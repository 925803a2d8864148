import { Pagination } from "@/components/ui/pagination";
import type { Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { RunTab, TabCounts } from "@/lib/import/page-rules";
import { slicePage } from "@/lib/import/page-rules";
import type { ImportSummary } from "@/lib/import/run-summary";
import type { ProblemRow } from "@/lib/import/run-list";
import type { Page } from "@/lib/ui/pagination";
import { ChangeTable, ProblemTable, RecordTable, SampleNote } from "./dry-run-lists";
import { RunTabs } from "./run-tabs";

export const LIST_PAGE_SIZE = 25;

type Props = {
  basePath: string;
  summary: ImportSummary | null;
  tabs: RunTab[];
  active: RunTab;
  counts: TabCounts;
  page: number;
  /** The active list's problems, when it is "galat" or "peringatan" (paged in the database). */
  problems: Page<ProblemRow> | null;
  m: Messages;
  locale: Locale;
};

/** The dry run's lists behind tabs, one page of 25 at a time. */
export function DryRun({ basePath, summary, tabs, active, counts, page, problems, m, locale }: Props) {
  const t = m.importUi.run;
  const pager = (p: Page<unknown>) =>
    p.pages > 1 ? <Pagination page={p} basePath={basePath} params={{ tampil: active }} labels={m.common} locale={locale} /> : null;
  const sampled = <T,>(rows: readonly T[] | undefined, total: number) => {
    const slice = slicePage(rows ?? [], page, LIST_PAGE_SIZE);
    const window: Page<T> = { rows: slice.rows, total: rows?.length ?? 0, page: slice.page, pages: slice.pages, pageSize: LIST_PAGE_SIZE, from: slice.from, to: slice.to };
    return { window, note: <SampleNote shown={rows?.length ?? 0} total={total} m={m} locale={locale} /> };
  };
  let body: React.ReactNode;
  if (active === "galat" || active === "peringatan") {
    const hint = active === "galat" ? t.errorsHint : t.warningsHint;
    body = (
      <>
        <p className={`px-4 py-3 text-sm sm:px-5 ${active === "galat" ? "text-red-800" : "text-amber-900"}`}>{hint}</p>
        <ProblemTable rows={problems?.rows ?? []} label={t.tabs[active]} m={m} testId={active === "galat" ? "import-error-row" : "import-warning-row"} />
        {problems ? pager(problems) : null}
      </>
    );
  } else if (active === "berubah") {
    const { window, note } = sampled(summary?.updates, counts.berubah);
    body = <>{note}<ChangeTable rows={window.rows} label={t.tabs.berubah} m={m} />{pager(window)}</>;
  } else {
    const list = active === "hilang" ? summary?.missing : summary?.creates;
    const { window, note } = sampled(list, counts[active]);
    body = (
      <>
        {active === "hilang" ? <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">{t.missingKept}</p> : null}
        {note}
        <RecordTable rows={window.rows} label={t.tabs[active]} m={m} />
        {pager(window)}
      </>
    );
  }
  return (
    <div data-testid={`import-list-${active}`}>
      <RunTabs basePath={basePath} tabs={tabs} active={active} counts={counts} m={m} locale={locale} />
      {body}
    </div>
  );
}
