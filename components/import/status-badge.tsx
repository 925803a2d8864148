import { Badge } from "@/components/ui/card";
import type { Messages } from "@/lib/i18n/messages/id";
import type { ImportProgress } from "@/lib/import/queries";

const TONES: Record<ImportProgress["status"], "slate" | "brand" | "amber" | "red" | "green"> = {
  CHECKING: "brand", READY: "amber", INVALID: "red", APPLYING: "brand", APPLIED: "green", FAILED: "red", CANCELLED: "slate",
};

export function ImportStatusBadge({ status, m }: { status: ImportProgress["status"]; m: Messages }) {
  return <Badge tone={TONES[status]}>{m.importUi.status[status]}</Badge>;
}
