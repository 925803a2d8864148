import { formatDate, formatRupiah, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { AnnexDocument as Doc } from "@/lib/plan/annex-rules";
import { AnnexTable } from "./annex-table";

// The plan's annex as an HTML document for A4 landscape paper (decision 0038): the same content as the XLSX annex,
// the signatory block at the end. The page rule is this document's own, so other printed pages keep A4 portrait; it
// carries the response's CSP nonce (style-src-elem allows no other inline style: lib/http/security-headers.ts).
const PAGE_RULE = "@page { size: A4 landscape; margin: 10mm 8mm 12mm; }";

export function AnnexDocumentView({ doc, m, locale, nonce }: { doc: Doc; m: Messages; locale: Locale; nonce: string | undefined }) {
  const t = m.planDocuments.doc;
  const s = doc.signatory;
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 print:border-0 print:p-0 print:shadow-none" data-testid="annex-document">
      <style nonce={nonce}>{PAGE_RULE}</style>
      <header className="mb-4 text-center">
        <h1 className="text-base font-bold uppercase sm:text-lg print:text-[11pt]">{doc.title}</h1>
        <p className="font-semibold print:text-[10pt]">{doc.kind}</p>
        <p className="font-semibold print:text-[10pt]">{doc.agencyName}</p>
        <p className="mt-1 text-xs italic text-slate-600 print:text-[7pt]">{t.legalBasis}</p>
        {doc.draft && (
          <p className="mt-2 inline-block rounded border-2 border-red-700 px-3 py-1 text-sm font-bold tracking-wide text-red-700" data-testid="annex-draft-mark">
            {t.draftMark}
          </p>
        )}
      </header>

      <AnnexTable doc={doc} t={t} locale={locale} label={`${doc.title} ${doc.kind}`} />

      <div className="mt-6 flex flex-col gap-8 break-inside-avoid sm:flex-row sm:items-start sm:justify-between print:flex-row print:items-start print:justify-between">
        <table aria-label={t.recapTitle} className="border-collapse text-xs print:text-[7pt]" data-testid="annex-recap">
          <caption className="mb-1 text-left font-semibold">{t.recapTitle}</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-slate-400 bg-slate-100 px-2 py-1 text-left">{t.recapSource}</th>
              <th scope="col" className="border border-slate-400 bg-slate-100 px-2 py-1 text-right">{t.recapAmount}</th>
            </tr>
          </thead>
          <tbody>
            {doc.recap.map((r) => (
              <tr key={r.fundSource}>
                <th scope="row" className="border border-slate-400 px-2 py-1 text-left font-normal">{r.label}</th>
                <td className="border border-slate-400 px-2 py-1 text-right tabular-nums" data-testid={`annex-recap-${r.fundSource}`}>{formatRupiah(r.amount)}</td>
              </tr>
            ))}
            <tr className="bg-slate-100 font-semibold">
              <th scope="row" className="border border-slate-400 px-2 py-1 text-left">{t.recapTotal}</th>
              <td className="border border-slate-400 px-2 py-1 text-right tabular-nums">{formatRupiah(doc.total)}</td>
            </tr>
          </tbody>
        </table>

        <section aria-label={t.signatoryRole} className="min-w-[16rem] text-center text-sm print:text-[9pt]" data-testid="annex-signatory">
          <p>{s.approvedAt ? interpolate(t.signedAt, { place: s.place, date: formatDate(s.approvedAt, locale) }) : interpolate(t.signedAtBlank, { place: s.place })}</p>
          <p className="font-semibold">{t.signatoryRole}</p>
          <div className="flex h-20 items-center justify-center">
            {doc.draft && <span className="rounded border-2 border-red-700 px-2 py-0.5 text-xs font-bold text-red-700">{t.draftMark}</span>}
          </div>
          <p className={s.name ? "font-semibold underline underline-offset-2" : "text-slate-600"}>{s.name ?? t.signatoryBlank}</p>
        </section>
      </div>
    </article>
  );
}
