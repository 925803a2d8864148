// Import kind "asn": SIASN's "Export Data ASN" (CSV or XLSX, as BKN gives it or as Excel saved it) or Bangkom's
// ASN template (the same columns plus NIP ATASAN), decision 0021. Each row is an ASN: checked alone
// (asn-row.ts, with the NIP rules of asn-rules.ts), against the file and the database (asn-check.ts), planned
// against the agency's people, units and positions (asn-plan.ts, asn-places.ts) and written set-based in the
// apply's one transaction (asn-apply.ts). Re-importing the same file plans nothing.
import { defineImport, type ImportPlan } from "../define";
import { importLimits, LARGEST_UPLOAD_BYTES } from "../limits";
import { applyAsnPlan } from "./asn-apply";
import { checkAsnRows } from "./asn-check";
import { ASN_HEADERS, type AsnField } from "./asn-headers";
import { planAsn, type AsnPlan, type EmployeeCreate, type EmployeeUpdate } from "./asn-plan";
import { parseAsnRow, type AsnRow } from "./asn-row";

const MB = 1024 * 1024;

export const asnImport = defineImport<AsnField, AsnRow, EmployeeCreate, EmployeeUpdate>({
  kind: "asn",
  writes: ["OrgUnit", "Position", "Employee", "EmployeeAssignment"],
  headers: ASN_HEADERS,
  // A province's whole workforce: 50,000 ASN and more, with SIASN's ~60 columns, in one file. Larger than the
  // defaults, which is why files above `inlineRows` are checked and applied by the job queue.
  limits: importLimits({ uploadBytes: LARGEST_UPLOAD_BYTES, unpackedBytes: 200 * MB, entryBytes: 180 * MB, rows: 60_001, columns: 200 }),
  inlineRows: 2_000,
  parseRow: parseAsnRow,
  checkRows: checkAsnRows,
  plan: (rows, { agencyId, tx }) => planAsn(rows, agencyId, tx),
  apply: (plan: ImportPlan<EmployeeCreate, EmployeeUpdate>, ctx) => applyAsnPlan(plan as AsnPlan, ctx),
});
