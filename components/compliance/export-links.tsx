import { buttonClass } from "@/components/ui/button";
import { withQuery } from "./params";

/** Download links to an export route (plain anchors: the response is a file, not a page). */
export function ExportLinks({
  path,
  query,
  labels,
}: {
  path: string;
  query: Record<string, string | undefined>;
  labels: { xlsx: string; csv: string; label: string };
}) {
  return (
    <div role="group" aria-label={labels.label} className="flex flex-wrap gap-2">
      <a href={withQuery(path, { ...query, format: "xlsx" })} className={buttonClass("secondary", "py-1.5")} data-testid="export-xlsx">
        {labels.xlsx}
      </a>
      <a href={withQuery(path, { ...query, format: "csv" })} className={buttonClass("secondary", "py-1.5")} data-testid="export-csv">
        {labels.csv}
      </a>
    </div>
  );
}
