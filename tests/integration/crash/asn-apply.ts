// The "worker" of tests/integration/import-asn-kill.test.ts, run as its own process so the test can SIGKILL it
// while it writes: applies a queued ASN import run (ASN_RUN_ID) as the job queue would, as ASN_USER_ID.
// Run with: tsx --conditions=react-server tests/integration/crash/asn-apply.ts
import { runImportApplyJob } from "@/lib/import/jobs";

await runImportApplyJob({
  agencyId: process.env.ASN_AGENCY_ID!,
  runId: process.env.ASN_RUN_ID!,
  userId: process.env.ASN_USER_ID!,
  endMissingOn: "2026-12-31",
});
console.log("applied");
process.exit(0);
