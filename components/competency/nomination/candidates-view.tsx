import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import type { Viewer } from "@/lib/auth/load-viewer";
import { candidatesPage, nominationMode, type BatchForNomination } from "@/lib/competency/nomination";
import { enrolManyByNeedAction, nominateManyByNeedAction } from "@/lib/competency/nomination-actions";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { CandidateList } from "./candidate-list";

/** The batch's candidates ranked by need, for whoever opens it: the admin and an operator act, a supervisor reads. */
export async function CandidatesView({ viewer, batch, page, basePath, back }: { viewer: Viewer; batch: BatchForNomination; page: number; basePath: string; back: string | null }) {
  const mode = nominationMode(viewer);
  const [m, locale, candidates] = await Promise.all([getMessages(), getLocale(), candidatesPage(viewer, batch, page)]);
  const t = m.compNeeds.nomination;
  const action = mode === "enrol" ? enrolManyByNeedAction.bind(null, batch.id) : mode === "nominate" ? nominateManyByNeedAction.bind(null, batch.id) : null;
  const note = mode === "enrol" ? t.adminNote : mode === "nominate" ? t.operatorNote : t.supervisorNote;
  return (
    <>
      {back ? <Link href={back} className="text-sm text-brand-700 hover:underline">← {t.back}</Link> : null}
      <PageHeader title={t.title} subtitle={interpolate(t.subtitle, { program: batch.programTitle, batch: batch.number })} />
      <div className="mb-4 space-y-2 rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700" data-testid="nomination-explainer">
        <p>{t.order}</p>
        <p className="font-medium text-slate-900">{note}</p>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-slate-600">{t.programCompetencies}:</span>
          {batch.competencies.length
            ? batch.competencies.map((c) => <Badge key={c.code} tone="brand">{`${c.code} ${c.name} · ${interpolate(m.compNeeds.needs.level, { level: c.targetLevel })}`}</Badge>)
            : <span>{t.noCompetencies}</span>}
        </div>
      </div>
      <Card>
        {candidates.rows.length ? (
          <>
            <CandidateList rows={candidates.rows} firstRank={candidates.from} action={action} m={m} locale={locale} />
            <Pagination page={candidates} basePath={basePath} params={{}} labels={m.common} locale={locale} />
          </>
        ) : (
          <EmptyState title={t.emptyTitle}>{t.emptyBody}</EmptyState>
        )}
      </Card>
    </>
  );
}
