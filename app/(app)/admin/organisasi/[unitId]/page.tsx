import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnitHeadForm, RenameUnitForm } from "@/components/org/unit-forms";
import { CloseUnitForm, MoveUnitForm, ReopenUnitForm } from "@/components/org/unit-lifecycle-forms";
import { headLine } from "@/components/org/tree-view";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, CardHeader, DetailList, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { formatDate, formatNumber, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { unitDetail } from "@/lib/org/unit-queries";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Unit kerja" };

export default async function UnitPage({ params }: { params: Promise<{ unitId: string }> }) {
  const viewer = await requirePermission("manage:organisation");
  const { unitId } = await params;
  const [m, locale, detail] = await Promise.all([getMessages(), getLocale(), unitDetail(viewer, unitId)]);
  if (!detail) notFound();
  const { unit, ancestors, children, positions, moveTargets, openSubUnits, subtreeSize } = detail;
  const o = m.org;
  const n = (x: number) => formatNumber(x, locale);
  const blocked = unit.direct || openSubUnits ? interpolate(o.forms.closeBlocked, { staff: n(unit.direct), units: n(openSubUnits) }) : null;

  return (
    <>
      <nav aria-label={o.unit.path} className="mb-2 text-sm text-slate-600">
        <Link href="/admin/organisasi" className="text-brand-700 hover:underline">{o.title}</Link>
        {ancestors.map((a) => (
          <span key={a.id}> / <Link href={`/admin/organisasi/${a.id}`} className="text-brand-700 hover:underline">{a.name}</Link></span>
        ))}
      </nav>
      <PageHeader title={unit.name} subtitle={`${o.kinds[unit.kind]} · ${unit.code}`}>
        {unit.closedOn ? null : (
          <div className="flex flex-wrap gap-2">
            <Link href={`/admin/organisasi/baru?induk=${unit.id}`} className={buttonClass("secondary")}>{o.newSubUnit}</Link>
            <Link href={`/admin/jabatan/baru?unitId=${unit.id}`} className={buttonClass("secondary")}>{o.unit.newPosition}</Link>
          </div>
        )}
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <DetailList
            items={[
              [o.unit.status, unit.closedOn ? <Badge tone="slate">{interpolate(o.closedSince, { date: formatDate(unit.closedOn, locale) })}</Badge> : <Badge tone="green">{o.unit.open}</Badge>],
              [o.unit.direct, <span key="d" data-testid="detail-direct">{n(unit.direct)}</span>],
              [o.unit.total, <span key="t" data-testid="detail-total">{n(unit.total)}</span>],
              [o.unit.headPosition, <span key="h" data-testid="detail-head">{headLine(unit, o)}</span>],
              [o.unit.siasnId, unit.siasnId ?? m.common.none],
            ]}
          />
        </Card>
        <Card>
          <CardHeader title={o.unit.subUnits} />
          {children.length ? (
            <ul className="divide-y divide-slate-100">
              {children.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-2 px-4 py-2 text-sm sm:px-5">
                  <Link href={`/admin/organisasi/${c.id}`} className={c.closedOn ? "text-slate-500 hover:underline" : "text-brand-700 hover:underline"}>{c.name}</Link>
                  <span className="font-mono text-xs text-slate-500">{c.code}</span>
                  {c.closedOn ? <Badge>{interpolate(o.closedSince, { date: formatDate(c.closedOn, locale) })}</Badge> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">{o.unit.noSubUnits}</p>
          )}
          <CardHeader title={o.unit.positions} />
          {positions.length ? (
            <ul className="divide-y divide-slate-100">
              {positions.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center gap-2 px-4 py-2 text-sm sm:px-5">
                  <Link href={`/admin/jabatan/${p.id}`} className="text-brand-700 hover:underline">{p.name}</Link>
                  <span className="text-xs text-slate-500">{m.positionType[p.type]} · {interpolate(o.unit.holders, { count: n(p.holders) })}</span>
                  {p.id === unit.headPositionId ? <Badge tone="brand">{o.positions.headsUnit}</Badge> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">{o.unit.noPositions}</p>
          )}
        </Card>
        <Card>
          <CardHeader title={o.forms.headTitle} />
          <UnitHeadForm
            m={o} unitId={unit.id} current={unit.headPositionId}
            positions={positions.map((p) => ({ id: p.id, name: p.name, holders: interpolate(o.unit.holders, { count: n(p.holders) }) }))}
          />
        </Card>
        <Card>
          <CardHeader title={o.forms.renameTitle} />
          <RenameUnitForm m={o} unit={{ id: unit.id, kind: unit.kind, code: unit.code, name: unit.name }} />
        </Card>
        {unit.closedOn ? null : (
          <Card>
            <CardHeader title={o.forms.moveTitle} />
            <MoveUnitForm m={o} unitId={unit.id} parentId={unit.parentId} targets={moveTargets} below={subtreeSize - 1} />
          </Card>
        )}
        <Card>
          <CardHeader title={unit.closedOn ? o.forms.reopenTitle : o.forms.closeTitle} />
          {unit.closedOn ? (
            <ReopenUnitForm m={o} unitId={unit.id} closedSince={formatDate(unit.closedOn, locale)} />
          ) : (
            <CloseUnitForm m={o} unitId={unit.id} today={calendarToday().toISOString().slice(0, 10)} blocked={blocked} />
          )}
        </Card>
      </div>
    </>
  );
}
