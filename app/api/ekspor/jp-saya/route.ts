import { ownLedgerExport } from "@/lib/export/ledger-exports";
import { exportRoute } from "@/lib/export/http";

// ?tahun=YYYY&format=xlsx|csv: the signed-in ASN's own ledger entries.
export const dynamic = "force-dynamic";
export const GET = exportRoute(ownLedgerExport);
