import { cn } from "@/components/ui/cn";
import { formatNumber, formatRupiah, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { AnnexDocument, AnnexRow } from "@/lib/plan/annex-rules";

// The annex's table as printed: the art. 207(3) columns of the XLSX annex (lib/plan/annex-xlsx.ts) in the same
// order, the header (<thead>) repeated by the browser on every printed page, one <tbody> per line so a line's
// budget rows are not split across pages, a subtotal per OPD and the grand total.

type Doc = Messages["planDocuments"]["doc"];
const cell = "border border-slate-400 px-1.5 py-1 align-top";
const num = `${cell} text-right tabular-nums whitespace-nowrap`;
const head = "border border-slate-400 bg-slate-100 px-1.5 py-1 text-center align-middle font-semibold";

function Header({ t }: { t: Doc }) {
  const c = t.columns;
  const span2 = [c.no, c.competency, c.target, c.people, c.route, c.provider];
  return (
    <thead>
      <tr>
        {span2.map((text) => <th key={text} scope="col" rowSpan={2} className={head}>{text}</th>)}
        <th scope="colgroup" colSpan={2} className={head}>{c.schedule}</th>
        <th scope="col" rowSpan={2} className={head}>{c.jp}</th>
        <th scope="col" rowSpan={2} className={head}>{c.curriculum}</th>
        <th scope="colgroup" colSpan={5} className={head}>{c.budget}</th>
        {[c.fundSource, c.accountCode, c.lineTotal].map((text) => <th key={text} scope="col" rowSpan={2} className={head}>{text}</th>)}
      </tr>
      <tr>
        {[c.month, c.quarter, c.item, c.volume, c.unit, c.unitPrice, c.amount].map((text) => <th key={text} scope="col" className={head}>{text}</th>)}
      </tr>
      <tr aria-hidden="true">
        {Array.from({ length: 18 }, (_, i) => <td key={i} className="border border-slate-400 px-1 text-center text-[0.65rem] italic text-slate-600">{i + 1}</td>)}
      </tr>
    </thead>
  );
}

function Line({ row, t, locale }: { row: AnnexRow; t: Doc; locale: Locale }) {
  const span = Math.max(1, row.budget.length);
  const first = row.budget[0];
  const budgetCells = (b: AnnexRow["budget"][number]) => (
    <>
      <td className={cell}>{b.item}</td>
      <td className={num}>{formatNumber(b.volume, locale)}</td>
      <td className={cell}>{b.unit}</td>
      <td className={num}>{formatRupiah(b.unitPrice)}</td>
      <td className={num}>{formatRupiah(b.total)}</td>
      <td className={cell}>{t.fundSources[b.fundSource]}</td>
      <td className={cn(cell, "whitespace-nowrap")}>{b.accountCode}</td>
    </>
  );
  return (
    <tbody className="break-inside-avoid" data-testid="annex-line">
      <tr>
        <td rowSpan={span} className={cn(cell, "text-center")}>{row.no}</td>
        <td rowSpan={span} className={cell}>
          <p className="font-semibold">{row.title}</p>
          {(row.competency || row.level) && <p>{[row.competency, row.level].filter(Boolean).join(", ")}</p>}
        </td>
        <td rowSpan={span} className={cell}>{row.target.map((x) => <p key={x}>{x}</p>)}</td>
        <td rowSpan={span} className={num}>{formatNumber(row.people, locale)}</td>
        <td rowSpan={span} className={cell}><span className="font-medium">{row.routeCode}</span> {row.route}</td>
        <td rowSpan={span} className={cell}>{row.provider}</td>
        <td rowSpan={span} className={cell}>{row.monthName}</td>
        <td rowSpan={span} className={cell}>{row.quarter}</td>
        <td rowSpan={span} className={num}>{formatNumber(row.jp, locale)}</td>
        <td rowSpan={span} className={cell}>{row.curriculumFit}</td>
        {first ? budgetCells(first) : <td colSpan={7} className={cn(cell, "italic text-slate-600")}>{t.noBudget}</td>}
        <td rowSpan={span} className={cn(num, "font-semibold")} data-testid="annex-line-total">{formatRupiah(row.total)}</td>
      </tr>
      {row.budget.slice(1).map((b) => <tr key={b.position}>{budgetCells(b)}</tr>)}
    </tbody>
  );
}

function TotalRow({ label, amount, testId, strong }: { label: string; amount: number; testId: string; strong?: boolean }) {
  return (
    <tr className={cn("bg-slate-100 font-semibold", strong && "text-[0.8rem]")}>
      {/* Left on screen, where the amount may be scrolled out of view; next to it on paper. */}
      <th scope="row" colSpan={17} className={cn(cell, "text-left print:text-right")}>{label}</th>
      <td className={num} data-testid={testId}>{formatRupiah(amount)}</td>
    </tr>
  );
}

export function AnnexTable({ doc, t, locale, label }: { doc: AnnexDocument; t: Doc; locale: Locale; label: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto print:overflow-visible">
      <table aria-label={label} className="w-full min-w-[72rem] border-collapse text-[0.7rem] leading-snug text-slate-900 print:min-w-0 print:text-[6.5pt]">
        <Header t={t} />
        {doc.groups.map((group) => (
          <GroupRows key={group.unitId ?? "lintas"} group={group} t={t} locale={locale} />
        ))}
        <tbody>
          {!doc.groups.length && (
            <tr><td colSpan={18} className={cn(cell, "text-center italic")}>{t.noLines}</td></tr>
          )}
          <TotalRow label={t.grandTotal} amount={doc.total} testId="annex-grand-total" strong />
        </tbody>
      </table>
    </div>
  );
}

function GroupRows({ group, t, locale }: { group: AnnexDocument["groups"][number]; t: Doc; locale: Locale }) {
  return (
    <>
      <tbody className="break-after-avoid">
        <tr><th scope="rowgroup" colSpan={18} className={cn(cell, "bg-slate-50 text-left font-semibold")}>{group.unitName}</th></tr>
      </tbody>
      {group.rows.map((row) => <Line key={row.itemId} row={row} t={t} locale={locale} />)}
      <tbody className="break-inside-avoid">
        <TotalRow label={interpolate(t.subtotal, { unit: group.unitName })} amount={group.subtotal} testId="annex-subtotal" />
      </tbody>
    </>
  );
}
