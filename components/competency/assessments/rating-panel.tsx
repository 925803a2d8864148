import { Card, EmptyState } from "@/components/ui/card";
import type { RatingForm as RatingFormData } from "@/lib/competency/assessments-queries";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { calendarToday } from "@/lib/time";
import { RatingForm, type RatingLine } from "./rating-form";

/** The rating form of a person's current standard, or why there is nothing to rate. */
export function RatingPanel({ data, mode, m, locale }: { data: RatingFormData; mode: "staff" | "self"; m: Messages; locale: Locale }) {
  const t = m.compAssess.rate;
  if (!data.inService) return <Card><EmptyState title={t.notInService} /></Card>;
  if (!data.lines.length) return <Card><EmptyState title={interpolate(t.noStandard, { position: data.employee.position.name })} /></Card>;
  const lines: RatingLine[] = data.lines.map((l) => {
    const p = data.previous.get(l.competencyId);
    const previous = !p
      ? mode === "staff" ? t.noPreviousSupervisor : t.noPreviousSelf
      : interpolate(mode === "staff" ? t.previousSupervisor : t.previousSelf, { level: p.level, date: formatDate(p.assessedOn, locale), assessor: p.assessorName });
    return { competencyId: l.competencyId, code: l.code, name: l.name, requiredLevel: l.requiredLevel, levels: l.levels, previous };
  });
  return (
    <RatingForm
      mode={mode}
      employeeId={mode === "staff" ? data.employee.id : undefined}
      lines={lines}
      datedToday={interpolate(t.datedToday, { date: formatDate(calendarToday(), locale) })}
      t={t}
    />
  );
}
