import { complianceListExport } from "@/lib/export/compliance-exports";
import { exportRoute } from "@/lib/export/http";

// ?tahun=YYYY&format=xlsx|csv&unitId&positionType&kind&status&q: the compliance list the viewer may see (read:compliance).
export const dynamic = "force-dynamic";
export const GET = exportRoute(complianceListExport);
