import Link from "@/components/ui/link";
import type { ProgramBatch } from "@/lib/catalog/queries";
import { isActive } from "@/lib/enrolment/rules";
import type { EnrolmentStatus } from "@/lib/generated/prisma/enums";
import { formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";
import { Badge, Card, CardHeader, DetailList } from "@/components/ui/card";
import { BatchStatusBadge, EnrolmentStatusBadge } from "./badges";
import { formatDateTime } from "./format";
import { RegisterForm } from "./register-form";
import { RundownTable } from "./rundown-table";

type Props = {
  batch: ProgramBatch;
  myStatus: EnrolmentStatus | undefined;
  /** The viewer is an ASN who may register themselves. */
  canRegister: boolean;
  /** null when registration is open now; otherwise why not (a catalog key under enrolment.problem). */
  windowProblem: "notOpen" | "windowNotStarted" | "windowClosed" | null;
  m: Messages;
  locale: Locale;
};

function Place({ batch, showLink, m }: { batch: ProgramBatch; showLink: boolean; m: Messages }) {
  const t = m.trainingAsn;
  return (
    <span className="flex flex-wrap items-center gap-2">
      {batch.venue ? <span>{batch.venue}</span> : null}
      {batch.onlineUrl ? (
        showLink ? (
          <a href={batch.onlineUrl} target="_blank" rel="noreferrer" className="font-medium text-brand-800 hover:underline">{t.onlineLink}</a>
        ) : (
          <Badge>{t.online}</Badge>
        )
      ) : null}
      {!batch.venue && !batch.onlineUrl ? "—" : null}
    </span>
  );
}

function Action({ batch, myStatus, canRegister, windowProblem, m, label }: Omit<Props, "locale"> & { label: string }) {
  const t = m.trainingAsn;
  // A rejected or withdrawn registration may be made again, so the button comes back next to its status.
  const windowOpen = canRegister && !windowProblem;
  const mayRegister = windowOpen && (!myStatus || !isActive(myStatus));
  const why = canRegister && !myStatus && batch.status === "OPEN" ? windowProblem : null;
  if (!myStatus && !windowOpen && !why) return null;
  return (
    <div className="space-y-3 border-t border-slate-100 px-4 py-3 sm:px-5">
      {myStatus ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">{t.yourRegistration}:</span>
          <EnrolmentStatusBadge status={myStatus} m={m} />
          <Link href={`/pelatihan/saya?angkatan=${batch.id}`} className="font-medium text-brand-800 hover:underline">{t.seeMyTraining}</Link>
        </div>
      ) : null}
      {windowOpen ? <RegisterForm batchId={batch.id} showButton={mayRegister} labels={{ register: t.register, registering: t.registering, batch: label }} /> : null}
      {why ? <p className="text-sm text-slate-600">{m.enrolment.problem[why]}</p> : null}
    </div>
  );
}

/** One angkatan of a program: dates, venue, seats, planned JP, window, the viewer's action, and the rundown. */
export function BatchCard(props: Props) {
  const { batch, myStatus, m, locale } = props;
  const t = m.trainingAsn;
  const label = interpolate(t.batchNumber, { number: batch.number });
  return (
    <Card id={`angkatan-${batch.id}`} data-testid="batch-card">
      <CardHeader title={label} subtitle={formatDateRange(batch.startDate, batch.endDate, locale)} action={<BatchStatusBadge status={batch.status} m={m} />} />
      <DetailList
        items={[
          [t.place, <Place key="p" batch={batch} showLink={myStatus === "CONFIRMED"} m={m} />],
          [
            t.seatsLeft,
            batch.seatsLeft > 0
              ? interpolate(t.seatsOf, { left: batch.seatsLeft, capacity: batch.capacity })
              : <span key="s" className="text-red-700">{t.full}</span>,
          ],
          [
            t.plannedJp,
            <span key="jp">
              <span data-testid="planned-jp">{formatMinutesJp(batch.plannedMinutes, locale)}</span>
              <span className="block text-xs text-slate-500">{t.plannedJpHint}</span>
            </span>,
          ],
          [
            t.registrationWindow,
            interpolate(t.windowRange, { start: formatDateTime(batch.registrationOpensAt, locale), end: formatDateTime(batch.registrationClosesAt, locale) }),
          ],
        ]}
      />
      <Action {...props} label={label} />
      {batch.sessions.length ? (
        <details className="border-t border-slate-100">
          <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-brand-800 hover:bg-slate-50 sm:px-5">
            {interpolate(t.showRundown, { count: batch.sessions.length })}
          </summary>
          <RundownTable sessions={batch.sessions} m={m} locale={locale} />
        </details>
      ) : (
        <p className="border-t border-slate-100 px-4 py-3 text-sm text-slate-500 sm:px-5">{t.rundownEmpty}</p>
      )}
    </Card>
  );
}
