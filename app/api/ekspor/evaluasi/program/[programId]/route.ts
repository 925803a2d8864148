import { getViewer } from "@/lib/auth/viewer";
import { programEvaluationExport } from "@/lib/export/evaluation";
import { respondWorkbook } from "@/lib/export/http";

// The program's evaluation report (its DONE batches and their total) as an XLSX workbook; ADMIN only.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ programId: string }> }) {
  return respondWorkbook(await getViewer(), programEvaluationExport, (await params).programId);
}
