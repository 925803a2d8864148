import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { PublicCertificateView, PublicFrame } from "@/components/certificate/public-view";
import { verifyCertificate } from "@/lib/certificate/verify";
import { env } from "@/lib/env";
import { clientBucket } from "@/lib/http/client-address";
import { getLocale, getMessages } from "@/lib/i18n/server";

// The page a certificate's QR code opens. Public (lib/auth/config.base.ts), outside the signed-in shell, and
// rate limited per client in the data layer. Unknown or malformed code → not-found.tsx with status 404; over
// the limit → /verifikasi/terlalu-banyak, a route that answers 429 (a page cannot set that status itself).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Verifikasi sertifikat", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function VerifyCertificatePage({ params }: { params: Promise<{ code: string }> }) {
  const [{ code }, requestHeaders, m, locale] = await Promise.all([params, headers(), getMessages(), getLocale()]);
  const result = await verifyCertificate(code, clientBucket(requestHeaders, env().BANGKOM_TRUSTED_PROXIES));
  if (result.kind === "rateLimited") redirect(`/verifikasi/terlalu-banyak?kode=${encodeURIComponent(code)}`);
  if (result.kind === "notFound") notFound();
  return (
    <PublicFrame m={m}>
      <PublicCertificateView certificate={result.certificate} m={m} locale={locale} />
    </PublicFrame>
  );
}
