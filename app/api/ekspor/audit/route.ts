import { respondAuditExport } from "@/lib/audit/export";
import { getViewer } from "@/lib/auth/viewer";
import { getLocale, getMessages } from "@/lib/i18n/server";

// ?q&entity&entityId&action&from&to&employeeId&batchId: the audit trail the viewer may read (read:audit-log), as XLSX.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const [viewer, m, locale] = await Promise.all([getViewer(), getMessages(), getLocale()]);
  return respondAuditExport(request, viewer, m, locale);
}
