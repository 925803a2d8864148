// Which fields an audit row changed: pure, no I/O. An update shows only the fields whose value differs; a
// create (nothing before) or a delete (nothing after) shows every value it holds.

/** One field of a change. "changed": before → after; "value": a value recorded on one side only. */
export type FieldChange =
  | { field: string; mode: "changed"; before: unknown; after: unknown }
  | { field: string; mode: "value"; side: "before" | "after"; value: unknown };

/** The pseudo field of a before/after that is not an object (a list, a number). */
export const WHOLE_VALUE = "_";

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

const isEmpty = (v: unknown) => v === null || v === undefined;

/** Structural equality of JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameJson(a[k], b[k]));
  }
  return false;
}

const asFields = (v: unknown): Record<string, unknown> | null =>
  isEmpty(v) ? null : isPlainObject(v) ? v : { [WHOLE_VALUE]: v };

/**
 * The fields of one audit row: the changed ones first, then those recorded on one side only (a reason, a count),
 * each group in the order the row holds them (after's keys, then keys only before has). A key on both sides with
 * equal values is left out.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = asFields(before);
  const a = asFields(after);
  if (!b && !a) return [];
  if (!b) return Object.entries(a!).map(([field, value]) => ({ field, mode: "value", side: "after", value }));
  if (!a) return Object.entries(b).map(([field, value]) => ({ field, mode: "value", side: "before", value }));
  const changes: FieldChange[] = [];
  const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.hasOwn(a, k))];
  for (const field of keys) {
    const inBefore = Object.hasOwn(b, field);
    const inAfter = Object.hasOwn(a, field);
    if (inBefore && inAfter) {
      if (!sameJson(b[field], a[field])) changes.push({ field, mode: "changed", before: b[field], after: a[field] });
    } else if (inAfter) {
      changes.push({ field, mode: "value", side: "after", value: a[field] });
    } else {
      changes.push({ field, mode: "value", side: "before", value: b[field] });
    }
  }
  return [...changes.filter((c) => c.mode === "changed"), ...changes.filter((c) => c.mode === "value")];
}
