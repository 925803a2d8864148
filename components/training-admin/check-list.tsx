"use client";

/** A grid of checkboxes for choosing several values (position types, units). */
export function CheckList<T extends string>({
  items,
  selected,
  onChange,
}: {
  items: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((item) => (
        <label key={item.value} className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            className="size-4 rounded border-slate-300"
            checked={selected.includes(item.value)}
            onChange={(e) => onChange(e.target.checked ? [...selected, item.value] : selected.filter((x) => x !== item.value))}
          />
          {item.label}
        </label>
      ))}
    </div>
  );
}
