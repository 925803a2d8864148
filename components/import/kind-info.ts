// How an import kind is presented: its label and description (from the catalog, by kind name; an unknown kind
// shows its name), its limits and its columns. Used by the hub, the upload page and the run page.
import type { ImportKind } from "@/lib/import/define";
import type { Messages } from "@/lib/i18n/messages/id";
import { megabytes } from "@/lib/import/limits";

export type KindInfo = {
  name: string;
  label: string;
  description: string;
  /** The largest file the upload form takes (bytes) and the same in whole megabytes. */
  uploadBytes: number;
  sizeMb: number;
  rows: number;
  columns: { name: string; aliases: string[]; required: boolean }[];
  /** Whether applying may end the service of the records the file no longer lists (the ASN kind). */
  endsMissing: boolean;
};

/** Kinds whose missing records may be offered for an end of service on a date (applyImport's `endMissingOn`). */
const ENDS_MISSING = new Set(["asn"]);

export function kindLabel(m: Messages, name: string): string {
  return (m.importUi.kinds as Record<string, { label: string } | undefined>)[name]?.label ?? name;
}

export function kindInfo(m: Messages, kind: Pick<ImportKind, "kind" | "headers" | "limits">): KindInfo {
  const text = (m.importUi.kinds as Record<string, { label: string; description: string } | undefined>)[kind.kind];
  return {
    name: kind.kind,
    label: text?.label ?? kind.kind,
    description: text?.description ?? "",
    uploadBytes: kind.limits.uploadBytes,
    sizeMb: megabytes(kind.limits.uploadBytes),
    // The header row counts against the row limit.
    rows: kind.limits.rows - 1,
    columns: kind.headers.map((h) => ({ name: h.headers[0]!, aliases: h.headers.slice(1), required: h.required })),
    endsMissing: ENDS_MISSING.has(kind.kind),
  };
}
