import { Badge, Card, CardHeader, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { Viewer } from "@/lib/auth/viewer";
import { clock } from "@/lib/catalog/rules";
import { listBatchTrainers, type TrainerOption, type TrainerSession } from "@/lib/catalog/trainer-queries";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";
import { AssignTrainerForm, UnassignTrainerButton } from "./trainer-form";

type Props = { viewer: Viewer; batchId: string; editable: boolean; m: Messages; locale: Locale; className?: string };

const sessionLabel = (s: TrainerSession, locale: Locale) => `${formatDate(s.date, locale)} ${clock(s.startMinute)}–${clock(s.endMinute)} · ${s.title}`;

/** "Narasumber dan widyaiswara": the batch's trainers with the sessions each teaches, and the assign form. */
export async function TrainerCard({ viewer, batchId, editable, m, locale, className }: Props) {
  const data = await listBatchTrainers(viewer, batchId);
  if (!data) return null;
  const t = m.trainingAdmin.trainers;
  const describe = (o: TrainerOption) =>
    [t.kind[o.kind], o.external ? (o.institution ?? t.external) : o.nip ? interpolate(t.nipValue, { nip: formatNip(o.nip) }) : t.internal].join(" · ");
  return (
    <Card className={className} data-testid="trainer-card">
      <CardHeader title={t.title} subtitle={t.subtitle} />
      {data.trainers.length ? (
        <Table label={t.tableLabel}>
          <thead>
            <tr>
              <Th>{t.trainer}</Th>
              <Th>{t.sessions}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="trainer-rows">
            {data.trainers.map((trainer) => (
              <tr key={trainer.id} className="align-top">
                <Td>
                  <p className="font-medium text-slate-900">{trainer.name}</p>
                  <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
                    <Badge tone={trainer.kind === "WIDYAISWARA" ? "brand" : "amber"}>{t.kind[trainer.kind]}</Badge>
                    <span>
                      {trainer.external
                        ? [t.external, trainer.institution].filter(Boolean).join(" · ")
                        : trainer.nip ? interpolate(t.nipValue, { nip: formatNip(trainer.nip) }) : t.internal}
                    </span>
                  </div>
                </Td>
                <Td>
                  <ul className="space-y-1">
                    {trainer.sessions.map((s) => (
                      <li key={s.id} className="flex flex-wrap items-center justify-between gap-2">
                        <span className={s.cancelled ? "text-slate-400 line-through" : "text-slate-800"}>{sessionLabel(s, locale)}</span>
                        {editable ? (
                          <UnassignTrainerButton
                            batchId={batchId}
                            sessionId={s.id}
                            trainerId={trainer.id}
                            label={t.unassign}
                            ariaLabel={interpolate(t.unassignLabel, { name: trainer.name, session: s.title })}
                          />
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={t.empty} />
      )}
      {editable ? (
        <AssignTrainerForm
          batchId={batchId}
          t={t}
          saving={m.common.saving}
          options={data.options.map((o) => ({ value: o.id, label: `${o.name} (${describe(o)})` }))}
          sessions={data.sessions.map((s) => ({ id: s.id, label: sessionLabel(s, locale) }))}
        />
      ) : null}
    </Card>
  );
}
