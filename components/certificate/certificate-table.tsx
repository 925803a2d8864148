import type { AdminCertificateRow } from "@/lib/certificate/queries";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import { calendarToday } from "@/lib/time";
import { Table, Td, Th } from "@/components/ui/table";
import { certificateDates, downloadHref } from "./format";
import { RevokeForm } from "./revoke-form";
import { CertificateStatusBadge } from "./status-badge";

type Props = { rows: AdminCertificateRow[]; m: Messages; locale: Locale; label: string; showProgram?: boolean; canRevoke: boolean };

/** The admin's list of certificates: holder, number, status, the PDF and the revoke action. */
export function CertificateTable({ rows, m, locale, label, showProgram = false, canRevoke }: Props) {
  const t = m.certificate;
  return (
    <Table label={label}>
      <thead>
        <tr>
          <Th>{t.list.holder}</Th>
          <Th>{t.list.number}</Th>
          {showProgram ? <Th className="hidden lg:table-cell">{t.list.program}</Th> : null}
          <Th className="hidden text-right md:table-cell">{t.list.jp}</Th>
          <Th>{t.list.status}</Th>
          <Th>{t.list.actions}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="admin-certificate-rows">
        {rows.map((row) => (
          <tr key={row.id} className="align-top" data-testid="admin-certificate-row">
            <Td>
              <p className="font-medium text-slate-900">{row.holderName}</p>
              <p className="text-xs text-slate-600">{interpolate(t.list.nip, { nip: formatNip(row.enrolment.employee.nip) })}</p>
            </Td>
            <Td className="whitespace-nowrap font-mono text-xs">{row.number}</Td>
            {showProgram ? (
              <Td className="hidden lg:table-cell">
                <p>{row.programTitle}</p>
                <p className="text-xs text-slate-600">{interpolate(t.list.batch, { number: row.batchNumber })} · {certificateDates(row.startDate, row.endDate, locale)}</p>
              </Td>
            ) : null}
            <Td className="hidden whitespace-nowrap text-right md:table-cell">{formatJp(row.minutes, locale)}</Td>
            <Td>
              <CertificateStatusBadge revoked={Boolean(row.revokedAt)} t={t} />
              {row.revokedAt ? (
                <>
                  <p className="mt-1 text-xs text-slate-500">{interpolate(t.list.revokedOn, { date: formatDate(calendarToday(row.revokedAt), locale) })}</p>
                  {row.revokedReason ? <p className="text-xs text-red-800">{interpolate(t.list.revokedReason, { reason: row.revokedReason })}</p> : null}
                </>
              ) : null}
            </Td>
            <Td>
              <a href={downloadHref(row.id)} download className="text-sm font-medium text-brand-800 hover:underline" aria-label={interpolate(t.list.downloadOf, { number: row.number })}>
                {t.list.download}
              </a>
              {canRevoke && !row.revokedAt ? <div className="mt-1"><RevokeForm certificateId={row.id} number={row.number} t={t} /></div> : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
