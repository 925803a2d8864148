import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CandidatesView } from "@/components/competency/nomination/candidates-view";
import { requirePermission } from "@/lib/auth/viewer";
import { batchForNomination } from "@/lib/competency/nomination";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Calon dari tim saya" };

// A supervisor's staff ranked by need for a batch. Supervisors cannot nominate in Bangkom (nominate:enrolment is the
// operator's), so this list is read-only and says so.
export default async function TeamBatchCandidatesPage({ params, searchParams }: { params: Promise<{ batchId: string }>; searchParams: Promise<{ page?: string }> }) {
  const viewer = await requirePermission("read:competency-gap", ["team"]);
  const supervisor = { ...viewer, roles: viewer.roles.filter((r) => r === "SUPERVISOR") };
  const [{ batchId }, search] = await Promise.all([params, searchParams]);
  const batch = await batchForNomination(viewer, batchId);
  if (!batch) notFound();
  return <CandidatesView viewer={supervisor} batch={batch} page={pageParam(search.page)} basePath={`/tim/angkatan/${batch.id}/calon`} back={`/pelatihan/${batch.programId}`} />;
}
