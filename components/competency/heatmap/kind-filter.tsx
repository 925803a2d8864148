import { COMPETENCY_KINDS } from "@/lib/competency/kinds";
import type { CompetencyKind } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages/id";

/** A GET form choosing the competency kind shown (the filter lives in the URL). */
export function KindFilter({ action, kind, m }: { action: string; kind: CompetencyKind | undefined; m: Messages }) {
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-2" data-testid="kind-filter">
      <label className="text-sm">
        <span className="mb-1 block font-medium text-slate-700">{m.compGaps.kindFilter}</span>
        <select name="jenis" defaultValue={kind ?? ""} className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm">
          <option value="">{m.compGaps.allKinds}</option>
          {COMPETENCY_KINDS.map((k) => <option key={k} value={k}>{m.competency.kinds[k]}</option>)}
        </select>
      </label>
      <button className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">{m.compGaps.apply}</button>
    </form>
  );
}
