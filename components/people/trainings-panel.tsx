import { EnrolmentStatusBadge } from "@/components/catalog/badges";
import { Badge, Card, CardHeader, EmptyState } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";
import type { trainingsOf } from "@/lib/people/profile-queries";

type Trainings = Awaited<ReturnType<typeof trainingsOf>>;
const externalTone = { SUBMITTED: "amber", VERIFIED: "green", REJECTED: "red" } as const;

/** The person's registrations (with their batch) and external training, newest first. */
export function TrainingsPanel({ data, m, locale }: { data: Trainings; m: Messages; locale: Locale }) {
  const t = m.people.trainings;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title={t.registrations} subtitle={data.enrolmentCount > data.enrolments.length ? interpolate(t.more, { shown: data.enrolments.length, total: data.enrolmentCount }) : undefined} />
        {data.enrolments.length ? (
          <Table label={t.registrations}>
            <thead><tr><Th>{t.program}</Th><Th className="hidden sm:table-cell">{t.dates}</Th><Th>{t.status}</Th></tr></thead>
            <tbody className="divide-y divide-slate-100" data-testid="registration-rows">
              {data.enrolments.map((e) => (
                <tr key={e.id}>
                  <Td className="min-w-48">
                    <Link href={`/admin/pelatihan/${e.batch.program.id}`} className="break-words font-medium text-brand-800 hover:underline">{e.batch.program.title}</Link>
                    <p className="text-xs text-slate-500">{interpolate(t.batch, { number: e.batch.number })}</p>
                    <p className="text-xs text-slate-500 sm:hidden">{formatDateRange(e.batch.startDate, e.batch.endDate, locale)}</p>
                  </Td>
                  <Td className="hidden whitespace-nowrap sm:table-cell">{formatDateRange(e.batch.startDate, e.batch.endDate, locale)}</Td>
                  <Td><EnrolmentStatusBadge status={e.status} m={m} /></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : <EmptyState title={t.registrationsEmpty} />}
      </Card>
      <Card>
        <CardHeader title={t.external} subtitle={data.externalCount > data.external.length ? interpolate(t.more, { shown: data.external.length, total: data.externalCount }) : undefined} />
        {data.external.length ? (
          <Table label={t.external}>
            <thead><tr><Th>{t.program}</Th><Th className="hidden sm:table-cell">{t.dates}</Th><Th className="text-right">JP</Th><Th>{t.status}</Th></tr></thead>
            <tbody className="divide-y divide-slate-100" data-testid="external-rows">
              {data.external.map((x) => (
                <tr key={x.id}>
                  <Td className="min-w-48">
                    <Link href={`/admin/verifikasi/${x.id}`} className="break-words font-medium text-brand-800 hover:underline">{x.title}</Link>
                    <p className="break-words text-xs text-slate-500">{x.organiser}</p>
                  </Td>
                  <Td className="hidden whitespace-nowrap sm:table-cell">{formatDateRange(x.startDate, x.endDate, locale)}</Td>
                  <Td className="whitespace-nowrap text-right">{formatMinutesJp(x.minutes, locale)}</Td>
                  <Td><Badge tone={externalTone[x.status]}>{m.external.status[x.status]}</Badge></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : <EmptyState title={t.externalEmpty} />}
      </Card>
    </div>
  );
}
