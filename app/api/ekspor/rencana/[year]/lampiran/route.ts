import { getViewer } from "@/lib/auth/viewer";
import { respondAnnex } from "@/lib/plan/annex-export";

// ?versi=n: the XLSX annex of a version of the year's plan (default: the latest approved); read:plan (agency-wide).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  return respondAnnex(await getViewer(), (await params).year, new URL(request.url).searchParams);
}
