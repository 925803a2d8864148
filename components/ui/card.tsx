import { cn } from "./cn";

/** min-w-0: in a grid or flex layout a card may shrink to its track, so a wide table scrolls inside it instead of widening the page. */
export function Card({ className, ...props }: React.HTMLAttributes<HTMLElement>) {
  return <section className={cn("min-w-0 rounded-lg border border-slate-200 bg-white shadow-sm print:shadow-none", className)} {...props} />;
}

export function CardHeader({ title, subtitle, action }: { title: string; subtitle?: string; action?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 px-4 py-3 sm:px-5">
      <div>
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        {subtitle ? <p className="mt-0.5 text-sm text-slate-500">{subtitle}</p> : null}
      </div>
      {action}
    </div>
  );
}

export function PageHeader({ title, subtitle, children }: { title: string; subtitle?: string; children?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">{title}</h1>
        {subtitle ? <p className="mt-1 text-sm text-slate-600">{subtitle}</p> : null}
      </div>
      {children}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="px-6 py-12 text-center" data-testid="empty-state">
      <p className="text-sm font-medium text-slate-700">{title}</p>
      {children ? <div className="mt-3 text-sm text-slate-500">{children}</div> : null}
    </div>
  );
}

export function Badge({ tone = "slate", children }: { tone?: "slate" | "brand" | "amber" | "red" | "green"; children: React.ReactNode }) {
  const tones = {
    slate: "bg-slate-100 text-slate-700",
    brand: "bg-brand-50 text-brand-800",
    amber: "bg-amber-50 text-amber-800",
    red: "bg-red-50 text-red-800",
    green: "bg-emerald-50 text-emerald-800",
  };
  return <span className={cn("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium", tones[tone])}>{children}</span>;
}

/** A label/value list for profiles. */
export function DetailList({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="divide-y divide-slate-100">
      {items.map(([label, value]) => (
        <div key={label} className="grid gap-1 px-4 py-2.5 sm:grid-cols-3 sm:gap-4 sm:px-5">
          <dt className="text-sm text-slate-500">{label}</dt>
          <dd className="text-sm text-slate-900 sm:col-span-2">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
