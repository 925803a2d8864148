import { buttonClass } from "@/components/ui/button";
import type { ProfileLabels } from "./labels";

/** Read the profile on another day (GET ?tanggal=), e.g. the day of an assessment round. */
export function ProfileDateForm({ action, value, t }: { action: string; value: string; t: ProfileLabels }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-center gap-2">
      <label className="text-sm text-slate-700">
        <span className="sr-only">{t.dateLabel}</span>
        <input type="date" name="tanggal" defaultValue={value} aria-label={t.dateLabel} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm" />
      </label>
      <button className={buttonClass("secondary")}>{t.show}</button>
    </form>
  );
}
