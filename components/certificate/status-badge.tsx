import { Badge } from "@/components/ui/card";
import type { Messages } from "@/lib/i18n/messages/id";

export function CertificateStatusBadge({ revoked, t }: { revoked: boolean; t: Messages["certificate"] }) {
  return (
    <span data-testid="certificate-status">
      <Badge tone={revoked ? "red" : "green"}>{revoked ? t.status.revoked : t.status.valid}</Badge>
    </span>
  );
}
