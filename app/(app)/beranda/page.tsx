import type { Metadata } from "next";
import { StandardTable } from "@/components/competency/standard-table";
import { ContactForm } from "@/components/people/contact-form";
import { Card, CardHeader, DetailList, EmptyState, PageHeader } from "@/components/ui/card";
import { pageViewer } from "@/lib/auth/viewer";
import { positionStandard } from "@/lib/competency/queries";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatNip } from "@/lib/people/nip";
import { getOwnProfile, unitTrail } from "@/lib/people/queries";
import { fullName } from "@/lib/people/rules";

export const metadata: Metadata = { title: "Beranda" };

export default async function AsnHome() {
  const viewer = await pageViewer();
  const [m, locale, me] = await Promise.all([getMessages(), getLocale(), getOwnProfile(viewer)]);
  if (!me) {
    return <Card><EmptyState title={m.home.noEmployee} /></Card>;
  }
  const [standard, trail] = await Promise.all([positionStandard(viewer, me.position.id), unitTrail(me.unit.path)]);
  const supervisor = me.supervisor ? `${fullName(me.supervisor)} (${me.supervisor.position.name})` : m.employee.noSupervisor;

  return (
    <>
      <PageHeader title={interpolate(m.home.greeting, { name: fullName(me) })} subtitle={`${me.position.name} · ${me.unit.name}`} />
      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <CardHeader title={m.home.profile} />
          <DetailList
            items={[
              [m.employee.nip, <span key="nip" className="font-mono" data-testid="profile-nip">{formatNip(me.nip)}</span>],
              [m.employee.kind, `${m.employee[me.kind]} · ${me.rank}`],
              [m.employee.position, `${me.position.name} (${m.positionType[me.position.type]})`],
              [m.employee.unit, trail.join(" › ")],
              [m.employee.supervisor, <span key="sup" data-testid="profile-supervisor">{supervisor}</span>],
              [m.employee.serviceStart, formatDate(me.serviceStartDate, locale)],
            ]}
          />
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader title={m.home.contact} subtitle={m.home.contactHint} />
          <ContactForm
            phone={me.phone}
            email={me.email}
            labels={{ phone: m.employee.phone, email: m.employee.email, save: m.common.save, saving: m.common.saving }}
          />
        </Card>
      </div>
      <Card className="mt-6">
        <CardHeader title={m.competency.title} subtitle={m.competency.subtitle} />
        {standard.length ? <StandardTable rows={standard} m={m} /> : <EmptyState title={m.competency.empty} />}
      </Card>
    </>
  );
}
