import { trainingNeedsExport } from "@/lib/competency/needs-export";
import { exportRoute } from "@/lib/export/http";

// ?unitId=&positionType=&format=xlsx|csv: the ranked training needs the viewer may see; ADMIN (agency) and OPERATOR (their unit) only.
export const dynamic = "force-dynamic";
export const GET = exportRoute(trainingNeedsExport);
