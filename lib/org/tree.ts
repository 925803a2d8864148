// The organisation as a nested tree, built from the flat rows the headcount query returns, and narrowed by a
// search. Pure: shared by the page (server) and tests.

export type FlatUnit = { id: string; parentId: string | null; path: string; name: string; code: string };
export type TreeNode<U extends FlatUnit> = U & { children: TreeNode<U>[]; matched: boolean };

// Numbers in names sort as numbers: "Nomor 2" before "Nomor 10".
const byName = (a: FlatUnit, b: FlatUnit) => a.name.localeCompare(b.name, "id", { numeric: true }) || a.code.localeCompare(b.code);

/**
 * Nests units under their parents, siblings by name. A unit whose parent is not among the rows (an operator's own
 * unit, whose parent is outside their view) becomes a root.
 */
export function buildTree<U extends FlatUnit>(units: readonly U[]): TreeNode<U>[] {
  const nodes = new Map(units.map((u) => [u.id, { ...u, children: [] as TreeNode<U>[], matched: false }]));
  const roots: TreeNode<U>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TreeNode<U>[]) => {
    list.sort(byName);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Lower case, accents and repeated spaces removed: "Kelurahan  Tembalang" finds "kelurahan tembalang". */
export function searchKey(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The units whose name or code contains the query, with their ancestors (so each match is shown in its place),
 * each match marked. An empty query keeps everything, nothing marked.
 */
export function filterUnits<U extends FlatUnit>(units: readonly U[], query: string): { units: U[]; matches: Set<string> } {
  const key = searchKey(query);
  if (!key) return { units: [...units], matches: new Set() };
  const matches = new Set(units.filter((u) => searchKey(u.name).includes(key) || searchKey(u.code).includes(key)).map((u) => u.id));
  const keep = new Set<string>();
  for (const u of units) {
    if (!matches.has(u.id)) continue;
    for (const id of u.path.split("/").filter(Boolean)) keep.add(id);
  }
  return { units: units.filter((u) => keep.has(u.id)), matches };
}

/** Marks the matched nodes of a tree (in place) and returns it. */
export function markMatches<U extends FlatUnit>(roots: TreeNode<U>[], matches: Set<string>): TreeNode<U>[] {
  const walk = (list: TreeNode<U>[]) => {
    for (const n of list) {
      n.matched = matches.has(n.id);
      walk(n.children);
    }
  };
  walk(roots);
  return roots;
}

/** How many nodes a tree holds. */
export function countNodes(roots: readonly TreeNode<FlatUnit>[]): number {
  return roots.reduce((sum, n) => sum + 1 + countNodes(n.children), 0);
}

/** A tree as a flat list in reading order (depth first, siblings by name), each unit with its depth below the roots. */
export function flattenTree<U extends FlatUnit>(roots: readonly TreeNode<U>[], level = 0): (TreeNode<U> & { level: number })[] {
  return roots.flatMap((n) => [{ ...n, level }, ...flattenTree(n.children, level + 1)]);
}
