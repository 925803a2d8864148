import type { Metadata } from "next";
import { MyCertificates } from "@/components/certificate/my-certificates";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { myCertificates } from "@/lib/certificate/queries";
import { getLocale, getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Sertifikat saya" };

export default async function MyCertificatesPage() {
  const viewer = await requirePermission("read:certificate");
  const [m, locale, rows] = await Promise.all([getMessages(), getLocale(), myCertificates(viewer)]);
  const t = m.certificate;
  return (
    <>
      <PageHeader title={t.my.title} subtitle={t.my.subtitle} />
      <Card>
        {!viewer.employeeId ? (
          <EmptyState title={t.my.noEmployee} />
        ) : rows.length ? (
          <MyCertificates rows={rows} m={m} locale={locale} />
        ) : (
          <EmptyState title={t.my.empty}>{t.my.emptyHint}</EmptyState>
        )}
      </Card>
    </>
  );
}
