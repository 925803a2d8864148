import type { Metadata } from "next";
import { toTreeView } from "@/components/org/tree-view";
import { UnitTree } from "@/components/org/unit-tree";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { SearchForm } from "@/components/ui/search-form";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { formatNumber, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { seesWholeAgency } from "@/lib/org/scope";
import { buildTree, countNodes, filterUnits, markMatches } from "@/lib/org/tree";
import { unitRows } from "@/lib/org/tree-queries";

export const metadata: Metadata = { title: "Organisasi" };

/** Up to this many units the tree opens fully; a larger agency starts with its top-level units only. */
const OPEN_ALL_UP_TO = 60;

export default async function OrganisationPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const viewer = await requirePermission("read:organisation");
  const canManage = hasPermission(viewer.roles, "manage:organisation");
  const q = (await searchParams).q?.slice(0, 200) ?? "";
  const [m, locale, rows] = await Promise.all([getMessages(), getLocale(), unitRows(viewer)]);
  const { units, matches } = filterUnits(rows, q);
  const roots = markMatches(buildTree(units), matches);
  const searching = q.trim() !== "";
  // A search opens every list down to each match; otherwise a small tree opens fully, a large one shows its top level.
  const initiallyOpen = searching || rows.length <= OPEN_ALL_UP_TO ? units.map((u) => u.id) : seesWholeAgency(viewer, "read:organisation") ? [] : roots.map((r) => r.id);

  return (
    <>
      <PageHeader title={m.org.title} subtitle={canManage ? m.org.subtitle : m.org.subtitleOperator}>
        {canManage ? <Link href="/admin/organisasi/baru" className={buttonClass()}>{m.org.newUnit}</Link> : null}
      </PageHeader>
      <Card>
        <SearchForm action="/admin/organisasi" q={q} placeholder={m.org.searchPlaceholder} submitLabel={m.common.search} />
        <p className="px-4 pt-3 text-sm text-slate-600 sm:px-5" data-testid="tree-summary">
          {searching
            ? interpolate(m.org.searchResult, { count: formatNumber(matches.size, locale), q: q.trim() })
            : interpolate(m.org.unitCount, { count: formatNumber(countNodes(roots), locale) })}
        </p>
        {roots.length ? (
          <UnitTree
            roots={toTreeView(roots, m.org, locale, canManage)}
            initiallyOpen={initiallyOpen}
            labels={{ tree: m.org.treeLabel, expandAll: m.org.expandAll, collapseAll: m.org.collapseAll, expand: m.org.expand, collapse: m.org.collapse, headcountHint: m.org.headcountHint }}
          />
        ) : (
          <EmptyState title={searching ? m.org.noMatch : m.org.empty} />
        )}
      </Card>
    </>
  );
}
