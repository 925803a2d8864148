import { opdSummaryExport } from "@/lib/export/compliance-exports";
import { exportRoute } from "@/lib/export/http";

// ?tahun=YYYY&format=xlsx|csv: the per-OPD summary with a Total row; ADMIN (agency) and OPERATOR (their unit) only.
export const dynamic = "force-dynamic";
export const GET = exportRoute(opdSummaryExport);
