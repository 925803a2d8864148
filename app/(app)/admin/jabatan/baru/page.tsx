import type { Metadata } from "next";
import { PositionForm } from "@/components/org/position-form";
import { Card, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { getMessages } from "@/lib/i18n/server";
import { unitChoices } from "@/lib/org/unit-queries";

export const metadata: Metadata = { title: "Tambah jabatan" };

export default async function NewPositionPage({ searchParams }: { searchParams: Promise<{ unitId?: string }> }) {
  const viewer = await requirePermission("manage:organisation");
  const { unitId } = await searchParams;
  const [m, units] = await Promise.all([getMessages(), unitChoices(viewer)]);
  const chosen = units.find((u) => u.id === unitId && !u.closed)?.id ?? null;
  return (
    <>
      <Link href="/admin/jabatan" className="mb-2 inline-block text-sm text-brand-700 hover:underline">{m.org.positions.title}</Link>
      <PageHeader title={m.org.positions.form.createTitle} />
      <Card className="max-w-2xl">
        <PositionForm m={m.org} units={units} unitId={chosen} />
      </Card>
    </>
  );
}
