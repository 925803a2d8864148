import { complianceListExport } from "@/lib/export/compliance-exports";
import { exportRoute } from "@/lib/export/http";

// ?tahun=YYYY&format=xlsx|csv&unitId&positionType&kind&status&q&per=YYYY-MM-DD: the compliance list the viewer may see, as of a date (read:compliance).
export const dynamic = "force-dynamic";
export const GET = exportRoute(complianceListExport);
