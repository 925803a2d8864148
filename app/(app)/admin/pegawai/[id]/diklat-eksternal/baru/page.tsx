import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SubmissionForm } from "@/components/external/submission-form";
import { Card, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { recordExternalOnBehalfAction } from "@/lib/external/actions";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { ledgerPerson } from "@/lib/ledger/queries";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Catat pelatihan eksternal" };

export default async function RecordExternalOnBehalfPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("record:external-training-on-behalf", ["unit", "any"]);
  const [{ id }, m, locale] = await Promise.all([params, getMessages(), getLocale()]);
  // Scoped in the data layer: an operator finds only employees of their unit subtree.
  const person = await ledgerPerson(viewer, id, "record:external-training-on-behalf");
  if (!person) notFound();
  const t = m.ledgerAdmin.onBehalf;
  const name = fullName(person);
  return (
    <>
      <Link href={`/admin/pegawai/${person.id}`} className="text-sm text-brand-700 hover:underline">← {t.back}</Link>
      <PageHeader title={t.title} subtitle={`${name} · ${formatNip(person.nip)} · ${person.unit.name}`} />
      <p className="mb-4 text-sm text-slate-600">{interpolate(t.subtitle, { name })}</p>
      <Card>
        <SubmissionForm
          t={m.external}
          routes={m.trainingAsn.route}
          locale={locale}
          today={calendarToday().toISOString().slice(0, 10)}
          onBehalf={{ action: recordExternalOnBehalfAction, employeeId: person.id, submit: t.submit, submitting: t.saving, reason: t.reason, reasonHint: t.reasonHint }}
        />
      </Card>
    </>
  );
}
