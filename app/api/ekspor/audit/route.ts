import { requestLanguage, respondAuditExport } from "@/lib/audit/export";
import { getViewer } from "@/lib/auth/viewer";

// ?q&entity&entityId&action&from&to&employeeId&batchId: the audit trail the viewer may read (read:audit-log), as XLSX.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const { m, locale } = requestLanguage(request);
  return respondAuditExport(request, await getViewer(), m, locale);
}
