import { getViewer } from "@/lib/auth/viewer";
import { batchEvaluationExport } from "@/lib/export/evaluation";
import { respondWorkbook } from "@/lib/export/http";

// The batch's evaluation report as an XLSX workbook; ADMIN of the batch's agency only ("read:evaluation").
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  return respondWorkbook(await getViewer(), batchEvaluationExport, (await params).batchId);
}
