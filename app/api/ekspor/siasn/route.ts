import { siasnExport } from "@/lib/export/siasn-export";
import { exportRoute } from "@/lib/export/http";

// ?tahun=YYYY[&unitId=…]&format=xlsx|csv: the year's credited courses shaped like SIASN's riwayat kursus;
// ADMIN/OPERATOR, narrowed to a unit's subtree when asked (the compliance list's unit).
export const dynamic = "force-dynamic";
export const GET = exportRoute(siasnExport);
