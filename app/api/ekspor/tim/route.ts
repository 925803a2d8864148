import { teamExport } from "@/lib/export/compliance-exports";
import { exportRoute } from "@/lib/export/http";

// ?tahun=YYYY&format=xlsx|csv: a supervisor's own staff.
export const dynamic = "force-dynamic";
export const GET = exportRoute(teamExport);
