import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BatchEditForm } from "@/components/training-admin/batch-edit-form";
import { isoDay } from "@/components/training-admin/format";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { batchForEdit } from "@/lib/catalog/edit-queries";
import { isoToWallClock } from "@/lib/catalog/wall-clock";
import { interpolate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Ubah angkatan" };

export default async function EditBatchPage({ params }: { params: Promise<{ batchId: string }> }) {
  const viewer = await requirePermission("manage:program");
  const { batchId } = await params;
  const [m, batch] = await Promise.all([getMessages(), batchForEdit(viewer, batchId)]);
  if (!batch) notFound();
  const e = m.catalogEdit;
  const heading = `${batch.program.title} · ${interpolate(m.trainingAdmin.batch.heading, { number: batch.number })}`;

  return (
    <>
      <Link href={`/admin/angkatan/${batch.id}`} className="text-sm text-brand-700 hover:underline">← {heading}</Link>
      <PageHeader title={e.batch.title} subtitle={heading} />
      {batch.editable ? (
        <Card>
          {batch.confirmedCount ? (
            <p className="mx-4 mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 sm:mx-5" data-testid="confirmed-note">
              {interpolate(e.batch.confirmedNote, { confirmed: batch.confirmedCount })}
            </p>
          ) : null}
          <BatchEditForm
            batchId={batch.id}
            datesLocked={batch.attendanceCount > 0}
            values={{
              startDate: isoDay(batch.startDate),
              endDate: isoDay(batch.endDate),
              venue: batch.venue ?? "",
              onlineUrl: batch.onlineUrl ?? "",
              capacity: String(batch.capacity),
              registrationOpensAt: isoToWallClock(batch.registrationOpensAt),
              registrationClosesAt: isoToWallClock(batch.registrationClosesAt),
            }}
            t={m.trainingAdmin}
            e={e}
            saving={m.common.saving}
          />
        </Card>
      ) : (
        <Card>
          <EmptyState title={e.batch.locked}>
            <Link href={`/admin/angkatan/${batch.id}`} className="font-medium text-brand-700 hover:underline">{m.common.back}</Link>
          </EmptyState>
        </Card>
      )}
    </>
  );
}
