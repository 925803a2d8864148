import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { MyExternalList } from "@/components/external/my-list";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { myExternalTrainings } from "@/lib/external/queries";
import { getLocale, getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Pelatihan eksternal saya" };

export default async function MyExternalTrainingPage() {
  const viewer = await requirePermission("submit:external-training");
  const [m, locale, rows] = await Promise.all([getMessages(), getLocale(), myExternalTrainings(viewer)]);
  const t = m.external;
  if (!viewer.employeeId) {
    return (
      <>
        <PageHeader title={t.my.title} />
        <Card><EmptyState title={t.my.noEmployee} /></Card>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t.my.title} subtitle={t.my.subtitle}>
        <Link href="/jp/eksternal/baru" className={buttonClass("primary")}>{t.my.new}</Link>
      </PageHeader>
      <Card>
        {rows.length ? <MyExternalList rows={rows} m={m} locale={locale} /> : <EmptyState title={t.my.empty} />}
      </Card>
    </>
  );
}
