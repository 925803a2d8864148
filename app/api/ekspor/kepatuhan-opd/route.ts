import { opdSummaryExport } from "@/lib/export/compliance-exports";
import { exportRoute } from "@/lib/export/http";

// ?tahun=YYYY&format=xlsx|csv&per=YYYY-MM-DD: the per-OPD summary as of a date with a Total row; ADMIN (agency) and OPERATOR (their unit) only.
export const dynamic = "force-dynamic";
export const GET = exportRoute(opdSummaryExport);
