// What one export route is: who may use it, which parameters it takes, and how it builds its table.
// lib/export/http.ts turns a spec into a route handler; integration tests call `build` with a loaded viewer.
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Column } from "./format";
import type { BaseParams, Parsed } from "./params";

export type ExportTable<Row> = {
  /** The file's name without extension, e.g. `kepatuhan-jp-2025`. */
  filename: string;
  sheetName: string;
  /** Rows above the header in the XLSX (title, agency, date); the CSV has none, so machines can read it. */
  title?: string[];
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  boldLastRow?: boolean;
};

export type ExportSpec<P> = {
  /** The route's own parameter names, beyond `tahun` and `format`. */
  params: readonly string[];
  /** Whether this viewer may use the export at all; 403 otherwise. */
  allowed(viewer: Viewer): boolean;
  parse(search: URLSearchParams): Parsed<P>;
  build(viewer: Viewer, base: BaseParams, params: P): Promise<ExportTable<unknown>>;
};

/** For specs without parameters of their own. */
export const noParams = (): Parsed<Record<string, never>> => ({ ok: true, value: {} });

export { MANAGER_ROLES, asManager as managerView } from "@/lib/auth/permissions";
