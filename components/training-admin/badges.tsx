import { Badge } from "@/components/ui/card";
import { batchTones, enrolmentTones } from "@/components/catalog/badges";
import type { BatchStatus, EnrolmentStatus } from "@/lib/generated/prisma/enums";

// The admin pages pass their labels directly; the tones are the catalog's, so a status looks the same everywhere.
export function BatchStatusBadge({ status, labels }: { status: BatchStatus; labels: Record<BatchStatus, string> }) {
  return <span data-testid="batch-status"><Badge tone={batchTones[status]}>{labels[status]}</Badge></span>;
}

export function EnrolmentStatusBadge({ status, labels }: { status: EnrolmentStatus; labels: Record<EnrolmentStatus, string> }) {
  return <Badge tone={enrolmentTones[status]}>{labels[status]}</Badge>;
}
