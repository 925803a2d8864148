import { Badge } from "@/components/ui/card";
import type { PlanVersionStatus } from "@/lib/generated/prisma/enums";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { versionKind } from "@/lib/plan/rules";

/** "Murni" or "Perubahan n". */
export function versionLabel(t: Messages["planCore"], number: number): string {
  const kind = versionKind(number);
  return kind.kind === "ORIGINAL" ? t.kind.original : interpolate(t.kind.revision, { n: kind.n });
}

const TONE = { DRAFT: "slate", SUBMITTED: "amber", APPROVED: "green" } as const;

export function StatusBadge({ t, status }: { t: Messages["planCore"]; status: PlanVersionStatus }) {
  return <Badge tone={TONE[status]}>{t.status[status]}</Badge>;
}
