// An audit row in words: the record kind, the action and each changed field translated (falling back to the raw
// key), the values formatted by lib/audit/format.ts. The page, the "Riwayat perubahan" list and the XLSX export
// all read changes through this one function.
import type { Messages } from "@/lib/i18n/messages/id";
import { changedFields } from "./diff";
import { formatValue, type FormatContext, type RefKind } from "./format";
import type { Locale } from "@/lib/i18n/format";

type AuditTexts = Messages["audit"];

const lookup = (dictionary: Record<string, string>, key: string) => (Object.hasOwn(dictionary, key) ? dictionary[key]! : key);

export const entityLabel = (t: AuditTexts, entity: string) => lookup(t.entities, entity);
export const actionLabel = (t: AuditTexts, action: string) => lookup(t.actions, action);
export const fieldLabel = (t: AuditTexts, field: string) => lookup(t.fields, field);

/** One line of a change: "Tempat: Gedung Diklat BKPP → Hotel Santika", or a value recorded on one side. */
export type ReadableChange = { field: string; label: string } & (
  | { mode: "changed"; before: string; after: string }
  | { mode: "value"; side: "before" | "after"; value: string }
);

export function formatContext(t: AuditTexts, locale: Locale, name: FormatContext["name"]): FormatContext {
  return {
    locale,
    labels: { yes: t.values.yes, no: t.values.no, empty: t.values.empty, more: t.list.more, enumValues: t.enumValues },
    fieldLabel: (field) => fieldLabel(t, field),
    name,
  };
}

/** The changed fields of a row, labelled and formatted. */
export function readableChanges(t: AuditTexts, ctx: FormatContext, row: { before: unknown; after: unknown }): ReadableChange[] {
  return changedFields(row.before, row.after).map((change) => {
    const label = fieldLabel(t, change.field);
    return change.mode === "changed"
      ? { field: change.field, label, mode: "changed", before: formatValue(change.field, change.before, ctx), after: formatValue(change.field, change.after, ctx) }
      : { field: change.field, label, mode: "value", side: change.side, value: formatValue(change.field, change.value, ctx) };
  });
}

/** A change as one line of text, for the spreadsheet. */
export function changeLine(change: ReadableChange, arrow = "→"): string {
  return change.mode === "changed" ? `${change.label}: ${change.before} ${arrow} ${change.after}` : `${change.label}: ${change.value}`;
}

/** The record an entity kind names by its id, when it has a name worth looking up. */
export function entityRefKind(entity: string): RefKind | null {
  const kind = entity.split(".")[0];
  switch (kind) {
    case "Employee": return "employee";
    case "Batch": case "Attendance": return "batch";
    case "Program": return "program";
    case "OrgUnit": return "unit";
    case "Position": return "position";
    case "User": return "user";
    case "RundownSession": return "session";
    default: return null;
  }
}

/** Where a record of this kind is shown in the app, for the viewer's link; null when it has no page. */
export function recordHref(entity: string, entityId: string): string | null {
  switch (entity.split(".")[0]) {
    case "Employee": return `/admin/pegawai/${entityId}`;
    case "Batch": return `/admin/angkatan/${entityId}`;
    case "Program": return `/admin/pelatihan/${entityId}`;
    default: return null;
  }
}

/** A filter's options: the kinds found in the log (and the one selected), labelled, sorted by label. */
export function labelledOptions(dictionary: Record<string, string>, values: readonly (string | undefined)[], locale: Locale): { value: string; label: string }[] {
  const keys = new Set(values.filter((v): v is string => Boolean(v)));
  return [...keys]
    .map((value) => ({ value, label: lookup(dictionary, value) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale) || a.value.localeCompare(b.value));
}
