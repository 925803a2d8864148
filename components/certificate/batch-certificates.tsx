import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { batchCertificates } from "@/lib/certificate/queries";
import type { Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { CertificateTable } from "./certificate-table";

type Props = { viewer: Viewer; batchId: string; m: Messages; locale: Locale; className?: string };

/**
 * "Sertifikat (STTPP)" on the admin's batch page: the batch's certificates, each with its PDF and the revoke
 * action. Renders nothing for a viewer who may not read the agency's certificates.
 */
export async function BatchCertificates({ viewer, batchId, m, locale, className }: Props) {
  const rows = await batchCertificates(viewer, batchId);
  if (!rows) return null;
  const t = m.certificate;
  return (
    <Card className={className} data-testid="batch-certificates">
      <CardHeader title={t.batch.title} subtitle={t.batch.subtitle} />
      {rows.length ? (
        <CertificateTable rows={rows} m={m} locale={locale} label={t.batch.tableLabel} canRevoke={hasPermission(viewer.roles, "revoke:certificate")} />
      ) : (
        <EmptyState title={t.batch.empty} />
      )}
    </Card>
  );
}
