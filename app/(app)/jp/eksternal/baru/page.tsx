import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { SubmissionForm } from "@/components/external/submission-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Ajukan pelatihan eksternal" };

export default async function NewExternalTrainingPage() {
  const viewer = await requirePermission("submit:external-training");
  const [m, locale] = await Promise.all([getMessages(), getLocale()]);
  const t = m.external;
  return (
    <>
      <Link href="/jp/eksternal" className="text-sm text-brand-700 hover:underline">← {t.form.back}</Link>
      <PageHeader title={t.form.title} subtitle={t.form.subtitle} />
      <Card>
        {viewer.employeeId ? (
          <SubmissionForm t={t} routes={m.trainingAsn.route} locale={locale} today={calendarToday().toISOString().slice(0, 10)} />
        ) : (
          <EmptyState title={t.my.noEmployee} />
        )}
      </Card>
    </>
  );
}
