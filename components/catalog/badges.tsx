import type { BatchStatus, EnrolmentStatus, RouteCode } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages/id";
import { Badge } from "@/components/ui/card";

/** "KL10 · Bimbingan teknis": the route code of Peraturan LAN 10/2018 with its name. */
export function RouteBadge({ code, m }: { code: RouteCode; m: Messages }) {
  return (
    <Badge tone="brand">
      <span className="font-mono">{code}</span>&nbsp;·&nbsp;{m.trainingAsn.route[code]}
    </Badge>
  );
}

export const batchTones = { DRAFT: "slate", OPEN: "green", CLOSED: "amber", RUNNING: "brand", DONE: "slate", CANCELLED: "red" } as const;

export function BatchStatusBadge({ status, m }: { status: BatchStatus; m: Messages }) {
  return <Badge tone={batchTones[status]}>{m.trainingAsn.batchStatus[status]}</Badge>;
}

export const enrolmentTones = {
  PENDING_SUPERVISOR: "amber",
  PENDING_AGENCY: "amber",
  CONFIRMED: "green",
  WAITLISTED: "brand",
  REJECTED: "red",
  WITHDRAWN: "slate",
} as const;

export function EnrolmentStatusBadge({ status, m }: { status: EnrolmentStatus; m: Messages }) {
  return (
    <span data-testid="enrolment-status">
      <Badge tone={enrolmentTones[status]}>{m.trainingAsn.enrolmentStatus[status]}</Badge>
    </span>
  );
}
