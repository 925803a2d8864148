/** In-page links to a long page's sections; stays in view while scrolling, scrolls sideways on a phone. */
export function SectionNav({ label, sections }: { label: string; sections: { id: string; label: string }[] }) {
  return (
    <nav aria-label={label} className="sticky top-[3.25rem] z-[5] -mx-4 mb-6 border-b border-slate-200 bg-slate-50/95 px-4 backdrop-blur sm:-mx-6 sm:px-6 lg:top-0 lg:-mx-8 lg:px-8 print:hidden">
      <ul className="flex gap-1 overflow-x-auto py-2 text-sm">
        {sections.map((s) => (
          <li key={s.id} className="shrink-0">
            <a href={`#${s.id}`} className="block rounded-md px-3 py-1.5 font-medium text-slate-600 hover:bg-white hover:text-brand-800">{s.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
