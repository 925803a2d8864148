// Finds, from the code itself, every page, route handler, server action and command the matrix must cover.
// Plain file scanning (no Next, no database), so the matrix files can be checked against it anywhere.
import fs from "node:fs";
import path from "node:path";

const ROOT = process.cwd();

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(path.relative(ROOT, full).split(path.sep).join("/"));
  }
  return out;
}

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

/** "app/(app)/admin/pegawai/[id]/page.tsx" → "/admin/pegawai/[id]": route groups leave no trace in the URL. */
export function urlOf(file: string): string {
  const segments = file.split("/").slice(1, -1).filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** Every page's URL pattern. */
export function findPages(): string[] {
  return walk(path.join(ROOT, "app")).filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f)).map(urlOf).sort();
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Every route handler as "METHOD /url/pattern". */
export function findRoutes(): string[] {
  const routes: string[] = [];
  for (const file of walk(path.join(ROOT, "app")).filter((f) => /\/route\.(ts|js)$/.test(f))) {
    const source = read(file);
    const exported = new Set<string>();
    for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) exported.add(m[1]!);
    for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}/g)) for (const name of m[1]!.split(",")) exported.add(name.trim().split(/\s*:\s*/).pop()!);
    for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const name of m[1]!.split(",")) exported.add(name.trim().split(/\s+as\s+/).pop()!);
    for (const method of METHODS) if (exported.has(method)) routes.push(`${method} ${urlOf(file)}`);
  }
  return routes.sort();
}

const isUseServer = (source: string) => /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*\s*["']use server["']/.test(source);

export type ServerAction = { key: string; file: string; name: string; commands: string[] };

/**
 * Every exported function of every "use server" module under lib/ and app/, with the commands its body hands
 * to runServerAction, or to runServerActionForEach for a bulk action (read from the source: the text from its
 * `export` to the next top-level `export`).
 */
export function findServerActions(): ServerAction[] {
  const actions: ServerAction[] = [];
  const files = [...walk(path.join(ROOT, "lib")), ...walk(path.join(ROOT, "app"))].filter((f) => /\.(ts|tsx)$/.test(f));
  for (const file of files) {
    const source = read(file);
    if (!isUseServer(source)) continue;
    const starts = [...source.matchAll(/^export\s+(?:async\s+)?(?:function\s+(\w+)|const\s+(\w+)\s*=)/gm)];
    starts.forEach((m, i) => {
      const name = (m[1] ?? m[2])!;
      const body = source.slice(m.index, starts[i + 1]?.index ?? source.length);
      const commands = [...new Set([...body.matchAll(/runServerAction(?:ForEach)?\(\s*(\w+)/g)].map((c) => c[1]!))];
      actions.push({ key: `${file}#${name}`, file, name, commands });
    });
  }
  return actions.sort((a, b) => a.key.localeCompare(b.key));
}

export type CommandSite = { name: string; file: string };

/** Every `export const X = defineCommand(` under lib/. */
export function findCommands(): CommandSite[] {
  const sites: CommandSite[] = [];
  for (const file of walk(path.join(ROOT, "lib")).filter((f) => /\.ts$/.test(f))) {
    for (const m of read(file).matchAll(/^export\s+const\s+(\w+)\s*=\s*defineCommand\(/gm)) sites.push({ name: m[1]!, file });
  }
  return sites.sort((a, b) => a.name.localeCompare(b.name));
}

/** Names present on one side only: what the code has and the matrix lacks, and the matrix's leftovers. */
export function difference(inCode: readonly string[], inMatrix: readonly string[]) {
  const code = new Set(inCode);
  const matrix = new Set(inMatrix);
  return { missing: [...code].filter((k) => !matrix.has(k)).sort(), stale: [...matrix].filter((k) => !code.has(k)).sort() };
}
