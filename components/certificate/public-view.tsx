import type { PublicCertificate } from "@/lib/certificate/rules";
import { jpWithMinutes } from "@/lib/certificate/rules";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { calendarToday } from "@/lib/time";
import { DetailList } from "@/components/ui/card";
import { certificateDates } from "./format";

/** The frame of the public verification pages: no sign-in, no navigation, the app's name only. */
export function PublicFrame({ m, children }: { m: Messages; children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-start justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-10 sm:items-center">
      <div className="w-full max-w-xl">
        <div className="mb-6 text-center">
          <p className="text-3xl font-bold tracking-tight text-brand-800">Bangkom</p>
          <p className="mt-1 text-sm text-slate-600">{m.certificate.verify.heading}</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white shadow-sm">{children}</div>
        <p className="mt-4 text-center text-xs text-slate-500">{m.certificate.verify.footer}</p>
      </div>
    </main>
  );
}

/** Valid or revoked (with the date, not the reason), and only the holder, training, batch, dates and JP. */
export function PublicCertificateView({ certificate: c, m, locale }: { certificate: PublicCertificate; m: Messages; locale: Locale }) {
  const t = m.certificate;
  const revoked = c.status === "revoked";
  return (
    <section aria-labelledby="verify-status" data-testid="verify-result" data-status={c.status}>
      <div className={revoked ? "rounded-t-xl border-b border-red-200 bg-red-50 px-5 py-4" : "rounded-t-xl border-b border-emerald-200 bg-emerald-50 px-5 py-4"}>
        <h1 id="verify-status" className={revoked ? "text-2xl font-bold text-red-800" : "text-2xl font-bold text-emerald-800"} data-testid="verify-status">
          <span aria-hidden="true">{revoked ? "✕ " : "✓ "}</span>
          {revoked ? t.status.revoked : t.status.valid}
        </h1>
        <p className={revoked ? "mt-1 text-sm text-red-900" : "mt-1 text-sm text-emerald-900"}>{revoked ? t.verify.revokedBody : t.verify.validBody}</p>
        {revoked && c.revokedAt ? (
          <p className="mt-1 text-sm font-medium text-red-900" data-testid="verify-revoked-on">
            {interpolate(t.verify.revokedOn, { date: formatDate(calendarToday(c.revokedAt), locale) })}
          </p>
        ) : null}
      </div>
      <DetailList
        items={[
          [t.verify.holder, <span key="h" className="font-semibold">{c.holderName}</span>],
          [t.verify.nip, <span key="n" className="font-mono" data-testid="verify-nip">{c.maskedNip}</span>],
          [t.verify.program, c.programTitle],
          [t.verify.batch, interpolate(t.list.batch, { number: c.batchNumber })],
          [t.verify.dates, certificateDates(c.startDate, c.endDate, locale)],
          [t.verify.jp, jpWithMinutes(c.minutes, locale)],
        ]}
      />
    </section>
  );
}

/** "Sertifikat tidak ditemukan" and "Terlalu banyak permintaan": a title and a sentence. */
export function PublicMessage({ title, body, testId }: { title: string; body: string; testId: string }) {
  return (
    <div className="px-5 py-8 text-center" data-testid={testId}>
      <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-2 text-sm text-slate-600">{body}</p>
    </div>
  );
}
