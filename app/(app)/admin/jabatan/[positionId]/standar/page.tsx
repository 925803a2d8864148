import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StandardTable } from "@/components/competency/standard-table";
import { AddLineForm, LineEditor } from "@/components/competency/standards/line-editor";
import { NewVersionForm } from "@/components/competency/standards/new-version-form";
import { RequirementForm, RequirementText } from "@/components/competency/standards/requirement-editor";
import { VersionList } from "@/components/competency/standards/version-list";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { positionStandards, standardChoices } from "@/lib/competency/standards-queries";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Standar kompetensi jabatan" };

export default async function PositionStandardPage({ params, searchParams }: { params: Promise<{ positionId: string }>; searchParams: Promise<{ versi?: string }> }) {
  const viewer = await requirePermission("manage:competency");
  const [{ positionId }, { versi }] = await Promise.all([params, searchParams]);
  const [m, locale, standards, choices] = await Promise.all([getMessages(), getLocale(), positionStandards(viewer, positionId), standardChoices(viewer)]);
  if (!standards) notFound();
  const { position, versions, inForceId, canEdit } = standards;
  const s = m.compStandards.standards;
  const shown = versions.find((v) => v.id === versi) ?? versions.find((v) => v.id === inForceId) ?? versions[0];
  const basePath = `/admin/jabatan/${position.id}/standar`;
  return (
    <>
      <nav className="mb-2 text-sm"><Link href="/admin/jabatan" className="text-brand-700 hover:underline">{s.back}</Link></nav>
      <PageHeader title={s.title} subtitle={interpolate(s.subtitle, { position: position.name, unit: position.unit.name })} />
      {canEdit ? null : <p className="mb-4 text-sm text-slate-600">{s.readOnly}</p>}
      <div className="grid gap-6 2xl:grid-cols-3">
        <Card className="2xl:col-span-2">
          <CardHeader title={s.versions} subtitle={s.versionsHint} />
          {shown ? <VersionList versions={versions} shownId={shown.id} basePath={basePath} m={m} locale={locale} /> : <EmptyState title={s.noVersions} />}
        </Card>
        {canEdit ? (
          <Card>
            <CardHeader title={s.newVersion} subtitle={s.newVersionHint} />
            <NewVersionForm positionId={position.id} typeName={m.positionType[position.type]} canCopy={inForceId !== null} m={m} />
          </Card>
        ) : null}
      </div>
      {shown ? (
        <div className="mt-6 space-y-6" data-testid="shown-version">
          <Card>
            <CardHeader title={s.lines} subtitle={`${shown.legalBasis} · ${interpolate(s.versionTitle, { date: formatDate(shown.effectiveFrom, locale) })}`} />
            {!shown.lines.length ? <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">{s.linesEmpty}</p> : null}
            {canEdit ? (
              <>
                <ul className="divide-y divide-slate-100">
                  {shown.lines.map((line) => <LineEditor key={line.id} versionId={shown.id} line={line} m={m} />)}
                </ul>
                <AddLineForm key={`add:${shown.id}:${shown.lines.length}`} versionId={shown.id} choices={choices.competencies} taken={shown.lines.map((l) => l.competency.id)} m={m} />
              </>
            ) : shown.lines.length ? (
              <StandardTable rows={shown.lines} m={m} />
            ) : null}
          </Card>
          <Card>
            <CardHeader title={s.requirements} subtitle={`${shown.legalBasis} · ${interpolate(s.versionTitle, { date: formatDate(shown.effectiveFrom, locale) })}`} />
            {!shown.requirements.length ? <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">{s.requirementsEmpty}</p> : null}
            <div className="divide-y divide-slate-100">
              {shown.requirements.map((r) =>
                canEdit ? (
                  <RequirementForm key={r.id} versionId={shown.id} requirement={r} programs={choices.programs} m={m} />
                ) : (
                  <div key={r.id} className="px-4 py-3 sm:px-5"><RequirementText requirement={r} m={m} /></div>
                ),
              )}
            </div>
            {canEdit ? <RequirementForm key={`new:${shown.id}:${shown.requirements.length}`} versionId={shown.id} programs={choices.programs} m={m} /> : null}
          </Card>
        </div>
      ) : null}
    </>
  );
}
