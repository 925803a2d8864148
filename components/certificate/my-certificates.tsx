import type { CertificateRow } from "@/lib/certificate/queries";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp } from "@/lib/ledger/rules";
import { calendarToday } from "@/lib/time";
import { Table, Td, Th } from "@/components/ui/table";
import { certificateDates, downloadHref, verifyHref } from "./format";
import { CertificateStatusBadge } from "./status-badge";

/** "Sertifikat saya": number, training, dates, JP, status and the PDF. */
export function MyCertificates({ rows, m, locale }: { rows: CertificateRow[]; m: Messages; locale: Locale }) {
  const t = m.certificate;
  return (
    <Table label={t.my.listLabel}>
      <thead>
        <tr>
          <Th>{t.list.program}</Th>
          <Th className="hidden md:table-cell">{t.list.dates}</Th>
          <Th className="text-right">{t.list.jp}</Th>
          <Th>{t.list.status}</Th>
          <Th><span className="sr-only">{t.list.download}</span></Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="certificate-rows">
        {rows.map((row) => (
          <tr key={row.id} data-testid="certificate-row">
            <Td>
              <p className="font-medium text-slate-900">{row.programTitle}</p>
              <p className="text-xs text-slate-600">{interpolate(t.list.batch, { number: row.batchNumber })}</p>
              <p className="mt-1 text-xs text-slate-600">
                {t.list.number}: <span className="font-mono" data-testid="certificate-number">{row.number}</span>
              </p>
              <p className="text-xs text-slate-600 md:hidden">{certificateDates(row.startDate, row.endDate, locale)}</p>
            </Td>
            <Td className="hidden whitespace-nowrap md:table-cell">{certificateDates(row.startDate, row.endDate, locale)}</Td>
            <Td className="whitespace-nowrap text-right">{formatJp(row.minutes, locale)}</Td>
            <Td>
              <CertificateStatusBadge revoked={Boolean(row.revokedAt)} t={t} />
              <p className="mt-1 text-xs text-slate-500">
                {row.revokedAt
                  ? interpolate(t.list.revokedOn, { date: formatDate(calendarToday(row.revokedAt), locale) })
                  : interpolate(t.list.issuedAt, { date: formatDate(calendarToday(row.issuedAt), locale) })}
              </p>
              {row.revokedAt && row.revokedReason ? <p className="mt-1 text-xs text-red-800">{interpolate(t.list.revokedReason, { reason: row.revokedReason })}</p> : null}
            </Td>
            <Td className="whitespace-nowrap text-right">
              <a href={downloadHref(row.id)} download className="font-medium text-brand-800 hover:underline" aria-label={interpolate(t.list.downloadOf, { number: row.number })} data-testid="certificate-download">
                {t.list.download}
              </a>
              <br />
              <a href={verifyHref(row.code)} target="_blank" rel="noopener" className="text-xs text-slate-600 hover:underline" data-testid="certificate-verify-link">
                {t.list.verify}
              </a>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
