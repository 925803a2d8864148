import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteLine } from "@/components/plan/core/delete-line";
import { StatusBadge, versionLabel } from "@/components/plan/core/labels";
import { LineForm } from "@/components/plan/core/line-form";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { interpolate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { lockedMessage } from "@/lib/plan/versions-guard";
import { planYearParam } from "@/lib/plan/plans-params";
import { lineFormOptions, planLineForForm } from "@/lib/plan/plans-queries";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Baris rencana" };

/** One line of a plan version: the form in a draft, the same fields read-only with the lock message otherwise. */
export default async function PlanLinePage({ params }: { params: Promise<{ year: string; lineId: string }> }) {
  const viewer = await requirePermission("read:plan");
  const raw = await params;
  const year = planYearParam(raw.year);
  if (!year || !isUuid(raw.lineId)) notFound();
  const [m, options, line] = await Promise.all([getMessages(), lineFormOptions(viewer.agencyId), planLineForForm(viewer.agencyId, year, raw.lineId)]);
  if (!line) notFound();
  const t = m.planCore;
  const editable = line.version.status === "DRAFT" && hasPermission(viewer.roles, "manage:plan");
  const say = (key: string) => key.split(".").reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], m) as string;
  const need = line.needCompetencyId ? await db.competency.findFirst({ where: { agencyId: viewer.agencyId, id: line.needCompetencyId }, select: { code: true, name: true } }) : null;
  return (
    <>
      <PageHeader title={interpolate(t.line.editTitle, { year })} subtitle={`${versionLabel(t, line.version.number)} · ${t.status[line.version.status]}`}>
        <Link href={`/admin/rencana/${year}?versi=${line.version.number}`} className={buttonClass("secondary")}>{interpolate(t.year.title, { year })}</Link>
      </PageHeader>
      {line.version.status === "DRAFT" ? null : (
        <p className="mb-4 flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-800" role="status" data-testid="lock-message">
          <StatusBadge t={t} status={line.version.status} /> {say(lockedMessage(line.version.status))}
        </p>
      )}
      {need ? <p className="mb-4 text-sm text-slate-600">{interpolate(t.line.fromNeed, { need: `${need.code} · ${need.name} (level ${line.needTargetLevel})` })}</p> : null}
      <Card>
        <LineForm
          m={m} year={year} options={options} target={{ lineId: line.id }} readOnly={!editable}
          values={{
            title: line.title, competencyId: line.competencyId, targetLevel: line.targetLevel, unitId: line.unitId, targetPositionTypes: line.targetPositionTypes,
            targetUnitIds: line.targets.flatMap((x) => (x.unitId ? [x.unitId] : [])), targetPositionIds: line.targets.flatMap((x) => (x.positionId ? [x.positionId] : [])),
            targetPeople: line.targetPeople, routeCode: line.routeCode, provider: line.provider, providerName: line.providerName, plannedMonth: line.plannedMonth,
            jpPerParticipant: line.jpPerParticipant, curriculumFit: line.curriculumFit,
            budget: line.budget.map((b) => ({ position: b.position, item: b.item, volume: b.volume, unit: b.unit, unitPrice: b.unitPrice, fundSource: b.fundSource, accountCode: b.accountCode })),
          }}
        />
        {editable ? <DeleteLine t={t} lineId={line.id} year={year} /> : null}
      </Card>
    </>
  );
}
