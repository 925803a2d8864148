import type { ExternalTrainingStatus } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages/id";
import { Badge } from "@/components/ui/card";

export const statusTones = { SUBMITTED: "amber", VERIFIED: "green", REJECTED: "red" } as const;

export function ExternalStatusBadge({ status, t }: { status: ExternalTrainingStatus; t: Messages["external"] }) {
  return (
    <span data-testid="external-status">
      <Badge tone={statusTones[status]}>{t.status[status]}</Badge>
    </span>
  );
}
