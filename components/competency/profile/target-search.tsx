import { Card, CardHeader } from "@/components/ui/card";
import { SearchForm } from "@/components/ui/search-form";
import { interpolate } from "@/lib/i18n/format";
import type { ProfileLabels } from "./labels";
import { TargetChoice } from "./target-choice";

type Found = { id: string; name: string; unit: { name: string } };

/** Search the agency's positions by name or unit (GET ?cari=…) and pick one as the target. */
export function TargetSearch({ q, found, hasTarget, t }: { q: string; found: Found[]; hasTarget: boolean; t: ProfileLabels }) {
  return (
    <Card data-testid="target-search">
      <CardHeader title={hasTarget ? t.target.change : t.target.choose} action={hasTarget ? <TargetChoice positionId="" label={t.target.clear} testId="target-clear" /> : undefined} />
      <SearchForm action="/kompetensi-saya#target" q={q} placeholder={t.target.search} submitLabel={t.target.searchButton} />
      {q ? (
        found.length ? (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="target-results">
            {found.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5 sm:px-5">
                <span className="min-w-0 break-words"><strong className="font-medium">{p.name}</strong> <span className="text-slate-500">· {p.unit.name}</span></span>
                <TargetChoice positionId={p.id} label={t.target.pick} testId="target-pick" />
              </li>
            ))}
          </ul>
        ) : <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">{interpolate(t.target.noMatch, { q })}</p>
      ) : null}
    </Card>
  );
}
