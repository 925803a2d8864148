import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { isoDay, withQuery } from "./params";

/**
 * "Per tanggal": a GET form that puts the date in the URL (`?per=2026-10-01`), keeping the page's other
 * parameters. The input is bounded to the year shown and today; the server checks the same (rules.ts `asOfParam`).
 */
export function AsOfPicker({
  path,
  query,
  year,
  asOf,
  today,
  labels,
}: {
  path: string;
  /** The page's other parameters (year, filters), carried as hidden fields. */
  query: Record<string, string | undefined>;
  year: number;
  asOf?: Date;
  today: Date;
  labels: { label: string; show: string; today: string };
}) {
  const first = `${year}-01-01`;
  const last = isoDay(new Date(Math.min(Date.UTC(year, 11, 31), today.getTime())));
  const hidden = Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]) && e[0] !== "per" && e[0] !== "page");
  if (last < first) return null;
  return (
    <form action={path} method="get" className="flex flex-wrap items-end gap-2" data-testid="as-of-form">
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="text-sm text-slate-700">
        <span className="mb-1 block font-medium">{labels.label}</span>
        <input
          type="date"
          name="per"
          min={first}
          max={last}
          defaultValue={asOf ? isoDay(asOf) : last}
          required
          className="block rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm"
        />
      </label>
      <button className={buttonClass("secondary", "py-1.5")}>{labels.show}</button>
      {asOf ? (
        <Link href={withQuery(path, { ...Object.fromEntries(hidden) })} className="px-1 py-1.5 text-sm font-medium text-brand-700 hover:underline">
          {labels.today}
        </Link>
      ) : null}
    </form>
  );
}
