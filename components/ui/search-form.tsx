/** A GET form: search and filters live in the URL, so results can be bookmarked and shared. */
export function SearchForm({
  action,
  q,
  placeholder,
  submitLabel,
  children,
}: {
  action: string;
  q?: string;
  placeholder: string;
  submitLabel: string;
  children?: React.ReactNode;
}) {
  return (
    <form action={action} method="get" role="search" className="flex flex-wrap items-end gap-2 border-b border-slate-100 px-4 py-3 sm:px-5">
      <label className="w-full min-w-48 flex-1 sm:w-auto">
        <span className="sr-only">{placeholder}</span>
        <input
          type="search"
          name="q"
          defaultValue={q}
          placeholder={placeholder}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
        />
      </label>
      {children}
      <button className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{submitLabel}</button>
    </form>
  );
}

export function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="w-full sm:w-48">
      <span className="sr-only">{label}</span>
      <select name={name} defaultValue={value ?? ""} aria-label={label} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm">
        <option value="">{label}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </label>
  );
}
