import "server-only";
// The template an admin downloads for a kind: the kind's own builder when it has one (a workbook with guidance),
// else a blank CSV or XLSX with the kind's columns (template.ts).
import { IMPORT_KINDS } from "./kinds";
import { asnTemplate } from "./kinds/asn-template";
import { csvTemplate, xlsxTemplate } from "./template";

export type TemplateFile = { fileName: string; contentType: string; bytes: Uint8Array };

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Kinds whose template is built by a module of their own, by kind name. */
const OWN_TEMPLATES: Record<string, () => Promise<Uint8Array>> = { asn: asnTemplate };

export async function importTemplate(kindName: string, format: "csv" | "xlsx"): Promise<TemplateFile | null> {
  const kind = Object.hasOwn(IMPORT_KINDS, kindName) ? IMPORT_KINDS[kindName] : undefined;
  if (!kind) return null;
  const base = `templat-${kind.kind}`;
  const own = OWN_TEMPLATES[kind.kind];
  if (own && format === "xlsx") return { fileName: `${base}.xlsx`, contentType: XLSX_TYPE, bytes: await own() };
  if (format === "csv") return { fileName: `${base}.csv`, contentType: "text/csv; charset=utf-8", bytes: csvTemplate(kind.headers) };
  return { fileName: `${base}.xlsx`, contentType: XLSX_TYPE, bytes: await xlsxTemplate(kind.headers) };
}
