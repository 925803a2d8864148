import type { ComplianceStatus } from "@/lib/compliance/rules";
import { cn } from "@/components/ui/cn";

/** One look per status wherever it appears (badges, chips, chart series): colour always with the words. */
export const STATUS_STYLES: Record<ComplianceStatus, { badge: string; dot: string; fill: string }> = {
  COMPLIANT: { badge: "bg-emerald-50 text-emerald-800 ring-emerald-600/20", dot: "bg-emerald-600", fill: "#059669" },
  ON_TRACK: { badge: "bg-sky-50 text-sky-800 ring-sky-600/20", dot: "bg-sky-600", fill: "#0284c7" },
  AT_RISK: { badge: "bg-amber-50 text-amber-900 ring-amber-600/30", dot: "bg-amber-500", fill: "#f59e0b" },
  NON_COMPLIANT: { badge: "bg-red-50 text-red-800 ring-red-600/20", dot: "bg-red-600", fill: "#dc2626" },
  EXEMPT: { badge: "bg-slate-100 text-slate-700 ring-slate-500/20", dot: "bg-slate-400", fill: "#94a3b8" },
};

/**
 * A compliance status as a badge: a coloured dot and the status in words. Callers pass the labels (the
 * Indonesian ones are `m.complianceAdmin.status`), so the badge works in any page's catalog.
 */
export function StatusBadge({
  status,
  labels,
  className,
}: {
  status: ComplianceStatus;
  labels: Record<ComplianceStatus, string>;
  className?: string;
}) {
  const style = STATUS_STYLES[status];
  return (
    <span
      data-testid="compliance-status"
      data-status={status}
      className={cn("inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", style.badge, className)}
    >
      <span aria-hidden className={cn("size-1.5 shrink-0 rounded-full", style.dot)} />
      {labels[status]}
    </span>
  );
}
