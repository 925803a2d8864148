import { getViewer } from "@/lib/auth/viewer";
import { respondWorkbook } from "@/lib/export/http";
import { planActualExport } from "@/lib/plan/actual-export";

// Plan against actual of a year as an XLSX workbook; holders of read:plan (ADMIN, PLAN_APPROVER).
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  return respondWorkbook(await getViewer(), planActualExport, (await params).year);
}
