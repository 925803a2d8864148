import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { AnnexDocumentView } from "@/components/plan/documents/annex-document";
import { AnnexToolbar, NoPlan } from "@/components/plan/documents/annex-toolbar";
import { requirePermission } from "@/lib/auth/viewer";
import { localeTag } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { annexLabels } from "@/lib/plan/annex-labels";
import { parseAnnexRequest } from "@/lib/plan/annex-params";
import { loadAnnex } from "@/lib/plan/annex-queries";
import { buildAnnex } from "@/lib/plan/annex-rules";

export const metadata: Metadata = { title: "Cetak rencana pengembangan kompetensi" };

// ?versi=n: a version of the year's plan as the A4-landscape document a PPK signs (default: the latest approved).
export default async function PlanPrintPage({ params, searchParams }: { params: Promise<{ year: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("read:plan", ["any"]);
  const [{ year }, search] = await Promise.all([params, searchParams]);
  const versi = typeof search.versi === "string" ? search.versi : undefined;
  const request = parseAnnexRequest(year, new URLSearchParams(versi === undefined ? {} : { versi }));
  if (!request.ok) notFound();
  const [m, locale, data, requestHeaders] = await Promise.all([getMessages(), getLocale(), loadAnnex(viewer, request.value.year, request.value.version), headers()]);
  // A year without a plan opens and says so (as the plan's own page does); a version that does not exist is a 404.
  if (!data && request.value.version !== undefined) notFound();
  if (!data) return <NoPlan year={request.value.year} m={m} />;
  const doc = buildAnnex(data, annexLabels(m), localeTag(locale));
  return (
    <>
      <AnnexToolbar data={data} m={m} />
      <AnnexDocumentView doc={doc} m={m} locale={locale} nonce={requestHeaders.get("x-nonce") ?? undefined} />
    </>
  );
}
