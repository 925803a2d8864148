import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { pageViewer } from "@/lib/auth/viewer";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Jadwal mengajar" };

// Trainers get their sessions here once batches and rundowns exist (catalog issue).
export default async function TeachingPage() {
  const viewer = await pageViewer();
  if (!viewer.roles.includes("TRAINER")) forbidden();
  const m = await getMessages();
  return (
    <>
      <PageHeader title={m.teaching.title} />
      <Card><EmptyState title={m.teaching.empty} /></Card>
    </>
  );
}
