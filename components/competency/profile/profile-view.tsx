import { Card, CardHeader } from "@/components/ui/card";
import type { CompetencyProfile } from "@/lib/competency/profile";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import { HistoryTable } from "./history-table";
import type { ProfileLabels } from "./labels";
import { PositionProfileCard } from "./position-profile";

/**
 * One ASN's profile, as every viewer sees it: the date it is read on, the current position's standard, the target
 * position's (or the slot where the ASN picks one), and the history of results.
 */
export function ProfileView({ profile, t, locale, targetPicker, historyLink }: {
  profile: CompetencyProfile; t: ProfileLabels; locale: Locale; targetPicker?: React.ReactNode; historyLink?: { href: string; label: string };
}) {
  return (
    <div className="space-y-8">
      <p className="text-sm text-slate-600" data-testid="profile-date">{interpolate(t.onDate, { date: formatDate(profile.on, locale) })}</p>
      <section aria-labelledby="current-heading" className="space-y-3">
        <h2 id="current-heading" className="text-lg font-semibold text-slate-900">{t.current.title}</h2>
        <PositionProfileCard p={profile.current} title={profile.current.position.name} t={t} locale={locale} testId="profile-current" />
      </section>
      <section id="target" aria-labelledby="target-heading" className="scroll-mt-20 space-y-3">
        <h2 id="target-heading" className="text-lg font-semibold text-slate-900">{t.target.title}</h2>
        {profile.target ? (
          <PositionProfileCard p={profile.target} title={profile.target.position.name} t={t} locale={locale} testId="profile-target" />
        ) : !targetPicker ? (
          <Card><CardHeader title={t.target.noneOther} /></Card>
        ) : <p className="text-sm text-slate-600">{t.target.none}</p>}
        {profile.targetChosenAt && profile.target ? <p className="text-xs text-slate-500">{interpolate(t.target.chosenOn, { date: formatDate(profile.targetChosenAt, locale) })}</p> : null}
        {targetPicker}
      </section>
      <HistoryTable rows={profile.history} t={t} locale={locale} moreHref={historyLink?.href} moreLabel={historyLink?.label} />
    </div>
  );
}
