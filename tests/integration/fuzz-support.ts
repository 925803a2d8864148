// Shared by the property-based fuzz tests: the code's own inventory (every command, every route handler,
// every server action, found by scanning the source, not by a hand list) and generators of bad input.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { z } from "zod";
import type { Command } from "@/lib/action";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") continue;
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, keep));
    else if (keep(full)) out.push(full);
  }
  return out.sort();
}

const libSources = () => filesUnder(path.join(ROOT, "lib"), (f) => /\.tsx?$/.test(f) && !f.endsWith(path.join("lib", "action.ts")));

/** Every `defineCommand(` call in lib/ (the pipeline's own definition aside), and the files holding them. */
export function declaredCommands(): { count: number; files: string[] } {
  let count = 0;
  const files: string[] = [];
  for (const file of libSources()) {
    const hits = readFileSync(file, "utf8").match(/\bdefineCommand\(/g)?.length ?? 0;
    if (hits) files.push(file);
    count += hits;
  }
  return { count, files };
}

const looksLikeCommand = (v: unknown): v is Command<z.ZodType, unknown> =>
  Boolean(v && typeof v === "object" && "name" in v && "permission" in v && "schema" in v && typeof (v as { run?: unknown }).run === "function");

/** Imports every module that defines commands and collects its exported commands, by name. */
export async function loadCommands(files: string[]): Promise<Map<string, Command<z.ZodType, unknown>>> {
  const commands = new Map<string, Command<z.ZodType, unknown>>();
  for (const file of files) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const value of Object.values(mod)) if (looksLikeCommand(value)) commands.set(value.name, value);
  }
  return commands;
}

/** The "use server" modules of lib/ and app/. */
export const serverActionFiles = () =>
  [...libSources(), ...filesUnder(path.join(ROOT, "app"), (f) => /\.tsx?$/.test(f))].filter((f) => /^\s*["']use server["']/.test(readFileSync(f, "utf8")));

/** app/api/**\/route.ts, with the URL path each serves ([id] segments kept as names). */
export const routeFiles = () =>
  filesUnder(path.join(ROOT, "app", "api"), (f) => f.endsWith(`${path.sep}route.ts`)).map((file) => ({
    file,
    path: `/${path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep).join("/")}`,
    params: [...path.relative(ROOT, file).matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]!),
  }));

/** The field names a schema reads, found through zod's definitions (objects, pipes, preprocessors, unions). */
export function fieldNames(schema: unknown, seen = new Set<unknown>()): string[] {
  if (!schema || typeof schema !== "object" || seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return [];
  const names: string[] = [];
  if (def.type === "object" && def.shape) names.push(...Object.keys(def.shape as object));
  for (const key of ["in", "out", "innerType", "schema", "left", "right"]) names.push(...fieldNames(def[key], seen));
  if (Array.isArray(def.options)) for (const option of def.options) names.push(...fieldNames(option, seen));
  return [...new Set(names)];
}

const HUGE_DIGITS = "9".repeat(300_000);
const ONE_MB = "a".repeat(1_000_000);

/** Strings known to have broken things: floods, NUL, impossible dates, scripts as links, numbers that overflow. */
export const nastyString = fc.constantFrom(
  "", " ", "\u0000", "a\u0000b", "2031-02-30", "2031-13-01", "0000-00-00", "2031-02-28T25:61", "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>", HUGE_DIGITS, ONE_MB, `${ONE_MB}@example.go.id`, "NaN", "Infinity", "-1", "0",
  "1e400", "2147483648", "-2147483649", "true", "on", "__proto__", "constructor", "null", "[]", "{}", "{\"a\":", "%00", "'; DROP TABLE \"Batch\";--",
  "𝕏\u202e", "00000000-0000-0000-0000-000000000000",
);

export const badDate = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }))
  .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

export function junkValue(ids: readonly string[], plausible: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const text = fc.oneof(fc.string({ maxLength: 40 }), nastyString, badDate, fc.uuid(), ids.length ? fc.constantFrom(...ids) : fc.uuid());
  return fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 3, arbitrary: plausible },
    fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt(), fc.date(),
    fc.array(text, { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), text, { maxKeys: 3 }),
    fc.array(fc.dictionary(fc.constantFrom("sessionId", "enrolmentId", "status", "unitId", "seats", "date", "competencyId", "level", "text", "aspect"), text, { maxKeys: 4 }), { maxLength: 3 }),
  );
}

/** Values a real form could send for a field, so generated inputs also get past the schema into the commands. */
export function plausibleValue(ids: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    ids.length ? fc.constantFrom(...ids) : fc.uuid(),
    fc.constantFrom("2030-03-02", "2030-03-03", "480", "600", "1", "3", "5", "80", "2031", "on", "true", "false", "LEARNING", "OPEN", "CANCELLED",
      "KL10", "PRESENT", "WIDYAISWARA", "existing", "internal", "external", "https://meet.example.go.id/a", "Alasan yang cukup panjang", "199001012015031001"),
    fc.integer({ min: -2, max: 2500 }),
  );
}

/** An object over the schema's own field names (and some others), with junk or plausible values. */
export function objectFor(names: readonly string[], value: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = fc.constantFrom(...(names.length ? names : ["id"]), "extra", "__proto__", "$ACTION_ID_x");
  return fc.array(fc.tuple(keys, value), { maxLength: names.length + 3 }).map((pairs) => {
    const out: Record<string, unknown> = {};
    for (const [key, v] of pairs) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  });
}

/** The same object as a posted form: strings, the odd file, repeated names. */
export function formDataFrom(fields: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const item of value) form.append(key, typeof item === "string" ? item : JSON.stringify(item) ?? "");
    else if (typeof value === "bigint" || typeof value === "number" || typeof value === "boolean") form.append(key, String(value));
    else if (typeof value === "string") form.append(key, value);
    else if (value instanceof Date) form.append(key, Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString());
    else form.append(key, new Blob([JSON.stringify(value) ?? "x"], { type: "application/octet-stream" }), "junk.bin");
  }
  return form;
}

/** Whole inputs: anything at all, wrong shapes, objects over the schema's fields, and the same as FormData. */
export function badInput(names: readonly string[], ids: readonly string[]): fc.Arbitrary<unknown> {
  const value = junkValue(ids, plausibleValue(ids));
  const object = objectFor(names, value);
  return fc.oneof(
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([{}], [], "x", 42, true, new Map(), null, undefined, new Date(Number.NaN)) },
    { weight: 4, arbitrary: object },
    { weight: 3, arbitrary: object.map(formDataFrom) },
  );
}
