import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { CandidatesView } from "@/components/competency/nomination/candidates-view";
import { hasPermission } from "@/lib/auth/permissions";
import { pageViewer } from "@/lib/auth/viewer";
import { batchForNomination, nominationMode } from "@/lib/competency/nomination";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Calon peserta menurut kebutuhan" };

// The admin (direct enrolment, the agency) and an operator (nomination, their unit subtree).
export default async function BatchCandidatesPage({ params, searchParams }: { params: Promise<{ batchId: string }>; searchParams: Promise<{ page?: string }> }) {
  const viewer = await pageViewer();
  const mode = nominationMode(viewer);
  if (mode !== "enrol" && mode !== "nominate") forbidden();
  const [{ batchId }, search] = await Promise.all([params, searchParams]);
  const batch = await batchForNomination(viewer, batchId);
  if (!batch) notFound();
  const back = hasPermission(viewer.roles, "manage:program") ? `/admin/angkatan/${batch.id}` : `/pelatihan/${batch.programId}`;
  return <CandidatesView viewer={viewer} batch={batch} page={pageParam(search.page)} basePath={`/admin/angkatan/${batch.id}/calon`} back={back} />;
}
