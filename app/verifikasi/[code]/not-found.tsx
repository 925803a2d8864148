import { PublicFrame, PublicMessage } from "@/components/certificate/public-view";
import { getMessages } from "@/lib/i18n/server";

/** An unknown, forged or malformed code: answered with status 404 (notFound() in the page). */
export default async function CertificateNotFound() {
  const m = await getMessages();
  return (
    <PublicFrame m={m}>
      <PublicMessage title={m.certificate.verify.notFoundTitle} body={m.certificate.verify.notFoundBody} testId="verify-not-found" />
    </PublicFrame>
  );
}
