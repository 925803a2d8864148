import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { CertificateSettingsForm } from "@/components/certificate/settings-form";
import { CertificateTable } from "@/components/certificate/certificate-table";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { agencyCertificates, certificateSettings } from "@/lib/certificate/queries";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Sertifikat" };

const BASE = "/admin/sertifikat";

export default async function CertificateAdminPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const viewer = await requirePermission("manage:program");
  const search = await searchParams;
  const [m, locale, settings, page] = await Promise.all([
    getMessages(),
    getLocale(),
    certificateSettings(viewer),
    agencyCertificates(viewer, { q: search.q, page: pageParam(search.page) }),
  ]);
  if (!settings || !page) forbidden();
  const t = m.certificate;
  const filtered = Boolean(search.q?.trim());
  return (
    <>
      <PageHeader title={t.admin.title} subtitle={t.admin.subtitle} />
      <div className="grid gap-6">
        <Card>
          <CardHeader title={t.settings.title} subtitle={t.settings.subtitle} />
          <CertificateSettingsForm settings={settings} t={t} />
        </Card>
        <Card>
          <CardHeader title={t.admin.listTitle} />
          <SearchForm action={BASE} q={search.q} placeholder={t.admin.searchPlaceholder} submitLabel={m.common.search} />
          {page.rows.length ? (
            <>
              <CertificateTable rows={page.rows} m={m} locale={locale} label={t.admin.listTitle} showProgram canRevoke={hasPermission(viewer.roles, "revoke:certificate")} />
              <Pagination page={page} basePath={BASE} params={{ q: search.q }} labels={m.common} locale={locale} />
            </>
          ) : (
            <EmptyState title={filtered ? t.admin.noMatch : t.admin.empty}>
              {filtered ? <Link href={BASE} className="font-medium text-brand-700 hover:underline">{m.common.reset}</Link> : null}
            </EmptyState>
          )}
        </Card>
      </div>
    </>
  );
}
