import type { MyLedgerEntry } from "@/lib/enrolment/queries";
import Link from "@/components/ui/link";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp, formatMinutesJp } from "@/lib/ledger/rules";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";

const sourceTone = { BATCH: "brand", EXTERNAL: "slate", CORRECTION: "amber", IMPORT: "slate" } as const;

function Evidence({ entry, m }: { entry: MyLedgerEntry; m: Messages }) {
  const t = m.trainingAsn;
  if (entry.batch) {
    return (
      <p className="text-xs">
        <Link href={`/pelatihan/${entry.batch.programId}`} className="text-brand-800 hover:underline">{t.evidenceBatch}</Link>
      </p>
    );
  }
  if (entry.externalTraining) {
    const x = entry.externalTraining;
    return (
      <p className="text-xs text-slate-600">
        {interpolate(t.evidenceExternal, { organiser: x.organiser, number: x.certificateNumber })}{" "}
        <a href={`/api/berkas/eksternal/${x.id}`} className="text-brand-800 hover:underline" target="_blank" rel="noopener">{t.evidenceFile}</a>
      </p>
    );
  }
  return null;
}

/** The viewer's JP ledger of one year; corrections are their own lines, with the reason. */
export function LedgerTable({ entries, totalMinutes, year, m, locale }: { entries: MyLedgerEntry[]; totalMinutes: number; year: number; m: Messages; locale: Locale }) {
  const t = m.trainingAsn;
  return (
    <Table label={t.ledgerTitle}>
      <thead>
        <tr>
          <Th className="hidden sm:table-cell">{t.date}</Th>
          <Th>{t.title}</Th>
          <Th className="hidden sm:table-cell">{t.routeCode}</Th>
          <Th className="text-right">JP</Th>
          <Th className="hidden md:table-cell">{t.source}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="ledger-rows">
        {entries.map((e) => (
          <tr key={e.id}>
            <Td className="hidden whitespace-nowrap sm:table-cell">{formatDate(e.date, locale)}</Td>
            <Td>
              <span className="block text-xs text-slate-500 sm:hidden">{formatDate(e.date, locale)}</span>
              {e.title}
              <Evidence entry={e} m={m} />
              {e.reason ? <p className="text-xs text-amber-800">{interpolate(t.correctionReason, { reason: e.reason })}</p> : null}
              <p className="text-xs text-slate-500 md:hidden">{t.ledgerSource[e.source]}</p>
            </Td>
            <Td className="hidden font-mono text-xs sm:table-cell">{e.routeCode}</Td>
            <Td className={e.minutes < 0 ? "whitespace-nowrap text-right text-red-700" : "whitespace-nowrap text-right"}>{formatMinutesJp(e.minutes, locale)}</Td>
            <Td className="hidden md:table-cell"><Badge tone={sourceTone[e.source]}>{t.ledgerSource[e.source]}</Badge></Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t border-slate-200 bg-slate-50">
          <td className="px-4 py-2.5 font-semibold text-slate-900" colSpan={5}>
            <span data-testid="ledger-total">{interpolate(t.yearTotal, { year, jp: formatJp(totalMinutes, locale) })}</span>
            <span className="ml-2 text-sm font-normal text-slate-600">({interpolate(t.minutes, { count: totalMinutes })})</span>
          </td>
        </tr>
      </tfoot>
    </Table>
  );
}
