import type { Metadata } from "next";
import { InviteList } from "@/components/reaction/invite-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { myInvites } from "@/lib/reaction/queries";

export const metadata: Metadata = { title: "Evaluasi pelatihan" };

export default async function MyEvaluationsPage() {
  const viewer = await requirePermission("answer:reaction");
  const [m, locale, rows] = await Promise.all([getMessages(), getLocale(), myInvites(viewer)]);
  const t = m.reaction;
  return (
    <>
      <PageHeader title={t.mine.title} subtitle={t.mine.subtitle} />
      <Card>
        {!viewer.employeeId ? <EmptyState title={t.mine.noEmployee} /> : rows.length ? <InviteList rows={rows} t={t} locale={locale} /> : <EmptyState title={t.mine.empty} />}
      </Card>
    </>
  );
}
