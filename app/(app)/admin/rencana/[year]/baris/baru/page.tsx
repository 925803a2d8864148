import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LineForm } from "@/components/plan/core/line-form";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { interpolate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { lockedMessage } from "@/lib/plan/versions-guard";
import { planYearParam } from "@/lib/plan/plans-params";
import { lineFormOptions } from "@/lib/plan/plans-queries";

export const metadata: Metadata = { title: "Baris rencana baru" };

/** A new line for the plan's open draft; without a draft, the reason instead of the form. */
export default async function NewPlanLinePage({ params }: { params: Promise<{ year: string }> }) {
  const viewer = await requirePermission("manage:plan");
  const year = planYearParam((await params).year);
  if (!year) notFound();
  const [m, options, plan] = await Promise.all([
    getMessages(),
    lineFormOptions(viewer.agencyId),
    db.developmentPlan.findUnique({ where: { agencyId_year: { agencyId: viewer.agencyId, year } }, include: { versions: { orderBy: { number: "desc" }, take: 1 } } }),
  ]);
  const t = m.planCore;
  const latest = plan?.versions[0];
  const say = (key: string) => key.split(".").reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], m) as string;
  return (
    <>
      <PageHeader title={interpolate(t.line.newTitle, { year })}>
        <Link href={`/admin/rencana/${year}`} className={buttonClass("secondary")}>{interpolate(t.year.title, { year })}</Link>
      </PageHeader>
      <Card>
        {!latest ? (
          <EmptyState title={interpolate(t.year.notFoundTitle, { year })}>{t.list.createHint}</EmptyState>
        ) : latest.status === "DRAFT" ? (
          <LineForm m={m} year={year} options={options} target={{ versionId: latest.id }} />
        ) : (
          <EmptyState title={t.line.readOnly}>{say(lockedMessage(latest.status))}</EmptyState>
        )}
      </Card>
    </>
  );
}
