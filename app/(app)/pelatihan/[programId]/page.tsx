import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { BatchCard } from "@/components/catalog/batch-card";
import { formatDateRange, interpolate } from "@/lib/i18n/format";
import { NominateForm } from "@/components/catalog/nominate-form";
import { NeedLinks } from "@/components/competency/nomination/need-links";
import { ProgramOverview } from "@/components/catalog/program-overview";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { getProgram, viewerEligibility } from "@/lib/catalog/queries";
import { registrationOutlooks } from "@/lib/enrolment/outlook";
import { myStatusByBatch } from "@/lib/enrolment/queries";
import { eligibilityProblem, windowProblem } from "@/lib/enrolment/rules";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { isInService } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Pelatihan" };

export default async function ProgramPage({ params }: { params: Promise<{ programId: string }> }) {
  const viewer = await requirePermission("read:catalog");
  const { programId } = await params;
  const [m, locale, program, me] = await Promise.all([getMessages(), getLocale(), getProgram(viewer, programId), viewerEligibility(viewer)]);
  if (!program) notFound();
  const t = m.trainingAsn;
  const myStatus = await myStatusByBatch(viewer, program.batches.map((b) => b.id));
  const canRegister = Boolean(viewer.employeeId) && hasPermission(viewer.roles, "register:enrolment");
  const canNominate = hasPermission(viewer.roles, "nominate:enrolment");
  const outlooks = canRegister ? await registrationOutlooks(viewer, me, program, myStatus) : new Map();
  const now = new Date();
  const windowOf = (b: (typeof program.batches)[number]) => windowProblem(b, now) as "notOpen" | "windowNotStarted" | "windowClosed" | null;
  const nominable = program.batches.filter((b) => !windowOf(b));
  // Only the reasons that follow from who the viewer is; the command checks everything again on "Daftar".
  const ineligible =
    canRegister && me
      ? eligibilityProblem(
          { positionType: me.positionType, unitPath: me.unitPath, inService: isInService(me, calendarToday()) },
          { eligibleTypes: program.eligibleTypes, eligibleUnitPaths: program.eligibleUnits.map((u) => u.path) },
        )
      : null;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/pelatihan" className="text-brand-800 hover:underline">← {t.backToCatalog}</Link>
      </p>
      <PageHeader title={program.title} subtitle={`${t.organiser}: ${program.organiser}`} />
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          <ProgramOverview program={program} m={m} />
        </div>
        <div className="space-y-6 lg:col-span-2">
          {ineligible ? (
            <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="eligibility-note">
              {interpolate(t.notEligible, { reason: m.enrolment.problem[ineligible] })}
            </p>
          ) : null}
          {canNominate && nominable.length ? (
            <Card>
              <CardHeader title={t.nominateTitle} />
              <NominateForm
                batches={nominable.map((b) => ({
                  id: b.id,
                  label: `${interpolate(t.batchNumber, { number: b.number })} · ${formatDateRange(b.startDate, b.endDate, locale)}`,
                }))}
                labels={{
                  batch: t.batchesTitle, hint: t.nominateHint, nip: t.nomineeNip, lookup: t.lookup, lookingUp: t.lookingUp,
                  nominate: t.nominate, nominating: t.nominating, statusTemplate: t.nomineeStatus,
                }}
              />
            </Card>
          ) : null}
          <NeedLinks roles={viewer.roles} batches={nominable} m={m} />
        </div>
      </div>
      <h2 className="mb-3 mt-8 text-lg font-semibold text-slate-900">{t.batchesTitle}</h2>
      {program.batches.length ? (
        <div className="space-y-6">
          {program.batches.map((batch) => (
            <BatchCard
              key={batch.id}
              batch={batch}
              myStatus={myStatus.get(batch.id)}
              canRegister={canRegister}
              windowProblem={windowOf(batch)}
              outlook={outlooks.get(batch.id)}
              m={m}
              locale={locale}
            />
          ))}
        </div>
      ) : (
        <Card><EmptyState title={t.noBatches} /></Card>
      )}
    </>
  );
}
