import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StandardTable } from "@/components/competency/standard-table";
import { PositionForm } from "@/components/org/position-form";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { formatNumber, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { unitChoices } from "@/lib/org/unit-queries";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { positionDetail } from "@/lib/positions/queries";
import { splitPositionType } from "@/lib/positions/rules";

export const metadata: Metadata = { title: "Jabatan" };

export default async function PositionPage({ params }: { params: Promise<{ positionId: string }> }) {
  const viewer = await requirePermission("manage:organisation");
  const { positionId } = await params;
  const [m, locale, position, units] = await Promise.all([getMessages(), getLocale(), positionDetail(viewer, positionId), unitChoices(viewer)]);
  if (!position) notFound();
  const p = m.org.positions;
  const { group, level } = splitPositionType(position.type);
  const more = position._count.employees - position.employees.length;
  return (
    <>
      <nav aria-label={m.org.unit.path} className="mb-2 text-sm">
        <Link href="/admin/jabatan" className="text-brand-700 hover:underline">{p.title}</Link>
        {" / "}
        <Link href={`/admin/organisasi/${position.unit.id}`} className="text-brand-700 hover:underline">{position.unit.name}</Link>
      </nav>
      <PageHeader title={position.name} subtitle={m.positionType[position.type]} />
      {position.heads.length ? (
        <p className="mb-4 text-sm text-slate-700">{interpolate(p.headOf, { units: position.heads.map((h) => h.name).join(", ") })}</p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title={p.form.editTitle} />
          <PositionForm m={m.org} units={units} values={{ positionId: position.id, name: position.name, group, level, unitId: position.unitId }} />
        </Card>
        <Card>
          <CardHeader title={p.holdersTitle} />
          {position.employees.length ? (
            <ul className="divide-y divide-slate-100">
              {position.employees.map((e) => (
                <li key={e.id} className="px-4 py-2 text-sm sm:px-5">
                  <Link href={`/admin/pegawai/${e.id}`} className="text-brand-700 hover:underline">{fullName(e)}</Link>
                  <span className="ml-2 font-mono text-xs text-slate-500">{formatNip(e.nip)}</span>
                </li>
              ))}
              {more > 0 ? <li className="px-4 py-2 text-sm text-slate-600 sm:px-5">{interpolate(p.moreHolders, { count: formatNumber(more, locale) })}</li> : null}
            </ul>
          ) : (
            <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">{p.noHolders}</p>
          )}
        </Card>
      </div>
      <Card className="mt-6">
        <CardHeader title={p.standard.title} subtitle={p.standard.managed} />
        {position.standards.length ? (
          <StandardTable rows={position.standards} m={m} />
        ) : (
          <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">{p.standard.empty}</p>
        )}
      </Card>
    </>
  );
}
