import Link from "@/components/ui/link";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp } from "@/lib/ledger/rules";

type Upcoming = { batchId: string; number: number; startDate: Date; endDate: Date; programId: string; title: string; plannedMinutes: number };

export function UpcomingList({ rows, m, locale }: { rows: Upcoming[]; m: Messages; locale: Locale }) {
  return (
    <ul className="divide-y divide-slate-100" data-testid="jp-upcoming">
      {rows.map((r) => (
        <li key={r.batchId} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3 sm:px-5">
          <div className="min-w-0">
            <Link href={`/pelatihan/${r.programId}`} className="font-medium text-brand-800 hover:underline">{r.title}</Link>
            <p className="text-sm text-slate-500">
              {interpolate(m.jp.upcomingBatch, { number: r.number })} · {formatDate(r.startDate, locale)}
              {r.endDate.getTime() !== r.startDate.getTime() ? ` – ${formatDate(r.endDate, locale)}` : null}
            </p>
          </div>
          <span className="whitespace-nowrap text-sm text-slate-700">{interpolate(m.jp.upcomingPlanned, { jp: formatJp(r.plannedMinutes, locale) })}</span>
        </li>
      ))}
    </ul>
  );
}
