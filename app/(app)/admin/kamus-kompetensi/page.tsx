import type { Metadata } from "next";
import { DictionaryList } from "@/components/competency/dictionary/dictionary-list";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { SearchForm } from "@/components/ui/search-form";
import { requirePermission } from "@/lib/auth/viewer";
import { dictionaryGroups } from "@/lib/competency/dictionary-queries";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Kamus kompetensi" };

export default async function DictionaryPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const viewer = await requirePermission("manage:competency");
  const { q } = await searchParams;
  const [m, groups] = await Promise.all([getMessages(), dictionaryGroups(viewer, q)]);
  const d = m.compStandards.dictionary;
  return (
    <>
      <PageHeader title={d.title} subtitle={d.subtitle}>
        <Link href="/admin/kamus-kompetensi/baru" className={buttonClass()}>{d.newCompetency}</Link>
      </PageHeader>
      <Card>
        <SearchForm action="/admin/kamus-kompetensi" q={q} placeholder={d.search} submitLabel={m.common.filter} />
        {groups.length ? <DictionaryList groups={groups} m={m} /> : <EmptyState title={q ? d.noMatch : d.empty} />}
      </Card>
    </>
  );
}
