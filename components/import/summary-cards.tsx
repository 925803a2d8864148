import { cn } from "@/components/ui/cn";
import { formatNumber, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

export type SummaryNumbers = { creates?: number; updates?: number; unchanged?: number; missing?: number; errors: number; warnings: number };

/** The dry run in six numbers; those the check did not reach (a file with bad rows has no plan) are left out. */
export function SummaryCards({ numbers, m, locale }: { numbers: SummaryNumbers; m: Messages; locale: Locale }) {
  const t = m.importUi.run.cards;
  const cards: { key: keyof SummaryNumbers; label: string; tone: string }[] = [
    { key: "creates", label: t.creates, tone: "text-emerald-800" },
    { key: "updates", label: t.updates, tone: "text-brand-800" },
    { key: "unchanged", label: t.unchanged, tone: "text-slate-800" },
    { key: "missing", label: t.missing, tone: numbers.missing ? "text-amber-800" : "text-slate-800" },
    { key: "errors", label: t.errors, tone: numbers.errors ? "text-red-700" : "text-slate-800" },
    { key: "warnings", label: t.warnings, tone: numbers.warnings ? "text-amber-800" : "text-slate-800" },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 px-4 py-4 sm:grid-cols-3 sm:px-5 xl:grid-cols-6" data-testid="import-summary">
      {cards.filter((c) => numbers[c.key] !== undefined).map((c) => (
        <div key={c.key} className="min-w-0 rounded-md border border-slate-200 bg-slate-50 px-3 py-2" data-testid={`import-count-${c.key}`}>
          <dt className="text-xs font-medium text-slate-600">{c.label}</dt>
          <dd className={cn("text-2xl font-semibold tabular-nums", c.tone)}>{formatNumber(numbers[c.key]!, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
