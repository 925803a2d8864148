import Link from "@/components/ui/link";
import type { ProgramBatch } from "@/lib/catalog/queries";
import type { BatchOutlook } from "@/lib/enrolment/outlook";
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
  /** Whether the viewer may register and the seats left where their seat would count (judgeRegistration). */
  outlook?: BatchOutlook;
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

/** Before "Daftar": may the viewer register, and if not, why (the reasons that are about them, not the window). */
function Eligibility({ outlook, m }: { outlook: BatchOutlook; m: Messages }) {
  const o = m.eligibility.outlook;
  if (outlook.mayRegister) {
    return (
      <div className="space-y-1 text-sm" data-testid="registration-outlook" data-may-register="true">
        <p className="font-medium text-emerald-800">{o.mayRegister}</p>
        {outlook.seats.left === 0 ? <p className="text-slate-600">{o.waitlistHint}</p> : null}
      </div>
    );
  }
  const problem = outlook.problem;
  if (!problem || problem === "duplicate" || problem === "notOpen" || problem === "windowNotStarted" || problem === "windowClosed") return null;
  const reason = problem === "clash"
    ? interpolate(m.enrolment.problem.clash, { title: outlook.clash ? `${outlook.clash.program.title} · ${interpolate(m.trainingAsn.batchNumber, { number: outlook.clash.number })}` : "" })
    : m.enrolment.problem[problem];
  return (
    <div role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="registration-outlook" data-may-register="false">
      <p className="font-medium">{o.mayNotRegister}</p>
      <p>{reason}</p>
    </div>
  );
}

function Action({ batch, myStatus, canRegister, windowProblem, outlook, m, label }: Omit<Props, "locale"> & { label: string }) {
  const t = m.trainingAsn;
  // A rejected or withdrawn registration may be made again, so the button comes back next to its status.
  const windowOpen = canRegister && !windowProblem;
  const mayRegister = windowOpen && (!myStatus || !isActive(myStatus)) && (outlook ? outlook.mayRegister : true);
  const why = canRegister && !myStatus && batch.status === "OPEN" ? windowProblem : null;
  const showOutlook = canRegister && outlook && windowOpen && (!myStatus || !isActive(myStatus));
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
      {showOutlook ? <Eligibility outlook={outlook} m={m} /> : null}
      {windowOpen ? <RegisterForm batchId={batch.id} showButton={mayRegister} labels={{ register: t.register, registering: t.registering, batch: label }} /> : null}
      {why ? <p className="text-sm text-slate-600">{m.enrolment.problem[why]}</p> : null}
    </div>
  );
}

/** Seats left where the viewer's seat would count: their unit's quota when one covers them, else the batch. */
function Seats({ batch, outlook, m }: { batch: ProgramBatch; outlook: BatchOutlook | undefined; m: Messages }) {
  const t = m.trainingAsn;
  const overall = batch.seatsLeft > 0
    ? interpolate(t.seatsOf, { left: batch.seatsLeft, capacity: batch.capacity })
    : <span className="text-red-700">{t.full}</span>;
  if (outlook?.seats.scope !== "unit") return <span data-testid="seats-left">{overall}</span>;
  return (
    <span data-testid="seats-left">
      <span className="block font-medium" data-testid="unit-seats-left">{interpolate(m.eligibility.outlook.unitSeats, { left: outlook.seats.left, of: outlook.seats.of })}</span>
      <span className="block text-xs text-slate-500">{overall}</span>
    </span>
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
          [t.seatsLeft, <Seats key="s" batch={batch} outlook={props.outlook} m={m} />],
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
