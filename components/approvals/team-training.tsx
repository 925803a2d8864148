import Link from "@/components/ui/link";
import type { TeamTraining, TeamTrainingTab } from "@/lib/enrolment/supervisor-queries";
import { formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { Badge, EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { Table, Td, Th } from "@/components/ui/table";

const BASE = "/tim/persetujuan";

function tabHref(tab: TeamTrainingTab, q: string | undefined) {
  const query = new URLSearchParams({ tab, ...(q ? { q } : {}) });
  return `${BASE}?${query.toString()}`;
}

/** The team's upcoming and completed training: tabs, a name/NIP search, one page of rows. */
export function TeamTrainingSection({ data, q, m, locale }: { data: TeamTraining; q?: string; m: Messages; locale: Locale }) {
  const t = m.trainingTeam.training;
  const tabs: [TeamTrainingTab, string][] = [
    ["upcoming", interpolate(t.upcoming, { count: data.counts.upcoming })],
    ["completed", interpolate(t.completed, { year: data.year, count: data.counts.completed })],
  ];
  const rows = data.page.rows;
  return (
    <>
      <nav aria-label={t.tabs} className="flex gap-1 overflow-x-auto border-b border-slate-100 px-4 pt-2 sm:px-5">
        {tabs.map(([tab, label]) => (
          <Link
            key={tab}
            href={tabHref(tab, q)}
            aria-current={tab === data.tab ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
              tab === data.tab ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            {label}
          </Link>
        ))}
      </nav>
      <SearchForm action={BASE} q={q} placeholder={t.searchPlaceholder} submitLabel={m.common.search}>
        <input type="hidden" name="tab" value={data.tab} />
      </SearchForm>
      {rows.length ? (
        <>
          <Table label={tabs.find(([tab]) => tab === data.tab)?.[1] ?? t.title}>
            <thead>
              <tr>
                <Th>{t.person}</Th>
                <Th>{t.program}</Th>
                <Th className="hidden md:table-cell">{t.dates}</Th>
                <Th>{data.tab === "upcoming" ? t.status : t.credited}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="team-training-rows">
              {rows.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50">
                  <Td>
                    <span className="font-medium">{fullName(row.employee)}</span>
                    <p className="font-mono text-xs text-slate-500">{formatNip(row.employee.nip)}</p>
                    <p className="text-xs text-slate-600">{row.employee.position.name} · {row.employee.unit.name}</p>
                  </Td>
                  <Td>
                    {row.batch.program.title}
                    <p className="text-xs text-slate-500">{interpolate(m.trainingTeam.batchLabel, { number: row.batch.number })}</p>
                    <p className="text-xs text-slate-500 md:hidden">{formatDateRange(row.batch.startDate, row.batch.endDate, locale)}</p>
                  </Td>
                  <Td className="hidden whitespace-nowrap md:table-cell">{formatDateRange(row.batch.startDate, row.batch.endDate, locale)}</Td>
                  <Td className="whitespace-nowrap">
                    {data.tab === "upcoming" ? (
                      <Badge tone={row.status === "CONFIRMED" ? "green" : "amber"}>
                        {t.enrolmentStatus[row.status as keyof typeof t.enrolmentStatus] ?? row.status}
                      </Badge>
                    ) : row.creditedMinutes > 0 ? (
                      <span className="tabular-nums">{formatMinutesJp(row.creditedMinutes, locale)}</span>
                    ) : (
                      <span>
                        <Badge tone="green">{t.completedBadge}</Badge>
                        <span className="mt-1 block text-xs text-slate-500">{t.notCredited}</span>
                      </span>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={data.page} basePath={BASE} params={{ q, tab: data.tab }} labels={m.common} locale={locale} />
        </>
      ) : (
        <EmptyState title={q ? t.noMatch : data.tab === "upcoming" ? t.emptyUpcoming : t.emptyCompleted} />
      )}
    </>
  );
}
