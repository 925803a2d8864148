// Words the tree's rows on the server (headcounts, head and holder, closed date), so the client tree only
// opens and closes lists.
import type { Messages } from "@/lib/i18n/messages/id";
import { formatDate, formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import type { TreeNode } from "@/lib/org/tree";
import type { UnitRow } from "@/lib/org/tree-queries";
import { fullName } from "@/lib/people/rules";
import type { TreeItemView } from "./unit-tree";

/** "Kepala: Kepala Dinas — Budi Santoso (+1 lainnya)", "Kepala: Lurah — kosong", or "no head marked". */
export function headLine(unit: UnitRow, m: Messages["org"]): string {
  if (!unit.headPositionName) return m.noHead;
  const holder = unit.headHolder ? fullName(unit.headHolder) : m.vacant;
  const more = unit.headHolders > 1 ? ` (${interpolate(m.moreHolders, { count: unit.headHolders - 1 })})` : "";
  return `${m.head}: ${unit.headPositionName} — ${holder}${more}`;
}

export function toTreeView(nodes: TreeNode<UnitRow>[], m: Messages["org"], locale: Locale, linked: boolean): TreeItemView[] {
  return nodes.map((n) => ({
    id: n.id,
    name: n.name,
    code: n.code,
    kind: m.kinds[n.kind],
    closed: n.closedOn ? interpolate(m.closedSince, { date: formatDate(n.closedOn, locale) }) : null,
    headcount: interpolate(m.headcount, { direct: formatNumber(n.direct, locale), total: formatNumber(n.total, locale) }),
    head: headLine(n, m),
    headMissing: !n.headPositionName,
    href: linked ? `/admin/organisasi/${n.id}` : null,
    matched: n.matched,
    children: toTreeView(n.children, m, locale, linked),
  }));
}
