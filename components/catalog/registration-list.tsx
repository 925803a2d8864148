import Link from "@/components/ui/link";
import type { MyRegistration } from "@/lib/enrolment/queries";
import { isActive } from "@/lib/enrolment/rules";
import { formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { Badge, Card, CardHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EnrolmentStatusBadge, RouteBadge } from "./badges";
import { ScrollTo } from "./scroll-to";
import { WithdrawForm } from "./withdraw-form";

export const GROUPS = ["waiting", "confirmed", "waitlisted", "done", "other"] as const;
export type Group = (typeof GROUPS)[number];

/** Which heading a registration is listed under on "Pelatihan saya". */
export function groupOf(r: Pick<MyRegistration, "status"> & { batch: { status: MyRegistration["batch"]["status"] } }): Group {
  if (r.batch.status === "CANCELLED") return "other";
  if (r.status === "PENDING_SUPERVISOR" || r.status === "PENDING_AGENCY") return "waiting";
  if (r.status === "CONFIRMED") return r.batch.status === "DONE" ? "done" : "confirmed";
  if (r.status === "WAITLISTED" && r.batch.status !== "DONE") return "waitlisted";
  return "other";
}

/** Withdrawal makes sense until the batch starts; after that attendance and completion decide. */
const withdrawable = (r: MyRegistration) => isActive(r.status) && ["OPEN", "CLOSED", "DRAFT"].includes(r.batch.status);

function Item({ r, highlighted, m, locale }: { r: MyRegistration; highlighted: boolean; m: Messages; locale: Locale }) {
  const t = m.trainingAsn;
  const group = groupOf(r);
  const anchor = `angkatan-${r.batch.id}`;
  return (
    <li id={anchor} className={cn("space-y-2 px-4 py-4 sm:px-5", highlighted && "bg-brand-50 ring-2 ring-inset ring-brand-500")} data-testid="registration" aria-current={highlighted ? "true" : undefined}>
      {highlighted ? <ScrollTo id={anchor} /> : null}
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-medium text-slate-900">
            <Link href={`/pelatihan/${r.batch.program.id}`} className="text-brand-800 hover:underline">{r.batch.program.title}</Link>
          </h3>
          <p className="text-sm text-slate-600">
            {interpolate(t.batchNumber, { number: r.batch.number })} · {formatDateRange(r.batch.startDate, r.batch.endDate, locale)}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-1">
          {highlighted ? <Badge tone="brand">{t.fromNotification}</Badge> : null}
          <EnrolmentStatusBadge status={r.status} m={m} />
        </div>
      </div>
      <RouteBadge code={r.batch.program.routeCode} m={m} />
      {r.batch.status === "CANCELLED" ? <p className="text-sm text-red-800">{t.batchCancelled}</p> : null}
      {group === "done" ? (
        <p className="text-sm text-slate-700">{r.completed === true ? t.completed : r.completed === false ? t.notCompleted : t.awaitingResult}</p>
      ) : null}
      {r.status === "REJECTED" && r.rejectedReason ? <p className="text-sm text-slate-600">{interpolate(t.rejectedReason, { reason: r.rejectedReason })}</p> : null}
      {r.status === "WITHDRAWN" && r.withdrawnReason ? <p className="text-sm text-slate-600">{interpolate(t.withdrawnReason, { reason: r.withdrawnReason })}</p> : null}
      {group === "confirmed" ? (
        <a href={`/api/angkatan/${r.batch.id}/ics`} download className={buttonClass("secondary", "px-3 py-1.5")} data-testid="ics-link">{t.downloadIcs}</a>
      ) : null}
      {withdrawable(r) ? (
        <WithdrawForm
          enrolmentId={r.id}
          labels={{
            open: t.withdraw, reason: t.withdrawReason, hint: t.withdrawHint, confirm: interpolate(t.withdrawConfirm, { title: r.batch.program.title }),
            proceed: t.withdrawContinue, yes: t.withdrawYes, working: t.withdrawing, cancel: m.common.cancel,
          }}
        />
      ) : null}
    </li>
  );
}

/** The viewer's registrations under five headings; empty headings are left out. */
export function RegistrationList({ rows, highlight, m, locale }: { rows: MyRegistration[]; highlight?: string; m: Messages; locale: Locale }) {
  const t = m.trainingAsn;
  return (
    <div className="space-y-6">
      {GROUPS.map((group) => {
        const items = rows.filter((r) => groupOf(r) === group);
        if (!items.length) return null;
        return (
          <Card key={group} data-testid={`group-${group}`}>
            <CardHeader title={`${t.groups[group]} (${items.length})`} />
            <ul className="divide-y divide-slate-100">
              {items.map((r) => <Item key={r.id} r={r} highlighted={r.batch.id === highlight} m={m} locale={locale} />)}
            </ul>
          </Card>
        );
      })}
    </div>
  );
}
