import { Badge } from "@/components/ui/card";
import type { BatchStatus, EnrolmentStatus } from "@/lib/generated/prisma/enums";

type Tone = "slate" | "brand" | "amber" | "red" | "green";

const batchTones: Record<BatchStatus, Tone> = { DRAFT: "slate", OPEN: "brand", CLOSED: "amber", RUNNING: "green", DONE: "slate", CANCELLED: "red" };
const enrolmentTones: Record<EnrolmentStatus, Tone> = {
  PENDING_SUPERVISOR: "amber",
  PENDING_AGENCY: "amber",
  CONFIRMED: "green",
  WAITLISTED: "brand",
  REJECTED: "red",
  WITHDRAWN: "slate",
};

export function BatchStatusBadge({ status, labels }: { status: BatchStatus; labels: Record<BatchStatus, string> }) {
  return <span data-testid="batch-status"><Badge tone={batchTones[status]}>{labels[status]}</Badge></span>;
}

export function EnrolmentStatusBadge({ status, labels }: { status: EnrolmentStatus; labels: Record<EnrolmentStatus, string> }) {
  return <Badge tone={enrolmentTones[status]}>{labels[status]}</Badge>;
}
