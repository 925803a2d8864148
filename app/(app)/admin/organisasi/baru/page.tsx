import type { Metadata } from "next";
import { CreateUnitForm } from "@/components/org/unit-forms";
import { Card, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { getMessages } from "@/lib/i18n/server";
import { unitChoices } from "@/lib/org/unit-queries";

export const metadata: Metadata = { title: "Tambah unit kerja" };

export default async function NewUnitPage({ searchParams }: { searchParams: Promise<{ induk?: string }> }) {
  const viewer = await requirePermission("manage:organisation");
  const { induk } = await searchParams;
  const [m, parents] = await Promise.all([getMessages(), unitChoices(viewer)]);
  const parentId = parents.find((p) => p.id === induk && !p.closed)?.id ?? null;
  return (
    <>
      <Link href="/admin/organisasi" className="mb-2 inline-block text-sm text-brand-700 hover:underline">{m.org.unit.back}</Link>
      <PageHeader title={m.org.forms.createTitle} />
      <Card className="max-w-2xl">
        <CreateUnitForm m={m.org} parents={parents} parentId={parentId} />
      </Card>
    </>
  );
}
