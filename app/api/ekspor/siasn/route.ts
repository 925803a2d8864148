import { siasnExport } from "@/lib/export/ledger-exports";
import { exportRoute } from "@/lib/export/http";

// ?tahun=YYYY&format=xlsx|csv: the year's credited courses shaped like SIASN's riwayat kursus; ADMIN/OPERATOR.
export const dynamic = "force-dynamic";
export const GET = exportRoute(siasnExport);
