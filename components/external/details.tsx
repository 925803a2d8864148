import Link from "@/components/ui/link";
import type { DuplicateHints, ExternalTrainingDetail } from "@/lib/external/queries";
import { formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp, ledgerYear } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { RouteBadge } from "@/components/catalog/badges";
import { formatDateTime } from "@/components/catalog/format";
import { Badge, Card, CardHeader, DetailList } from "@/components/ui/card";
import { fileHref, fileTypeLabel, formatFileSize } from "./format";
import { ExternalStatusBadge } from "./status-badge";

/** What the verifier checks against the certificate. */
export function ExternalDetails({ item, m, locale }: { item: ExternalTrainingDetail; m: Messages; locale: Locale }) {
  const t = m.external;
  const d = t.detail;
  const items: [string, React.ReactNode][] = [
    [d.employee, <span key="e">{fullName(item.employee)} · <span className="font-mono">{formatNip(item.employee.nip)}</span></span>],
    [d.unit, item.employee.unit.name],
    [d.training, <span key="t" data-testid="detail-title">{item.title}</span>],
    [d.organiser, item.organiser],
    [d.location, item.location ?? m.common.none],
    [d.route, <RouteBadge key="r" code={item.routeCode} m={m} />],
    [d.dates, formatDateRange(item.startDate, item.endDate, locale)],
    [d.duration, <span key="d" data-testid="detail-duration">{formatMinutesJp(item.minutes, locale)}</span>],
    [d.ledgerYear, String(ledgerYear(item.endDate))],
    [d.certificateNumber, <span key="c" className="font-mono">{item.certificateNumber}</span>],
    [
      d.file,
      <span key="f" className="space-y-1">
        <a href={fileHref(item.id)} target="_blank" rel="noopener" className="font-medium text-brand-800 hover:underline" data-testid="file-link">
          {interpolate(d.openFile, { type: fileTypeLabel(item.fileType, t), size: formatFileSize(item.fileSize, locale) })}
        </a>
        <span className="block break-all text-xs text-slate-500">{item.fileName}</span>
        <span className="block break-all font-mono text-xs text-slate-500">{d.sha256}: {item.fileSha256}</span>
      </span>,
    ],
    [d.submittedAt, formatDateTime(item.submittedAt, locale)],
    [d.status, <ExternalStatusBadge key="s" status={item.status} t={t} />],
  ];
  if (item.status !== "SUBMITTED") {
    items.push([d.decidedBy, item.decidedByName ?? m.common.none]);
    if (item.decidedAt) items.push([d.decidedAt, formatDateTime(item.decidedAt, locale)]);
    items.push([d.decisionReason, item.decisionReason ?? m.common.none]);
  }
  return <DetailList items={items} />;
}

/** Other submissions that look the same: shown in full when the viewer may see them, else only counted. */
export function DuplicateHintsCard({ hints, m, locale }: { hints: DuplicateHints; m: Messages; locale: Locale }) {
  const t = m.external;
  const empty = !hints.visible.length && !hints.hidden;
  return (
    <Card data-testid="duplicate-hints">
      <CardHeader title={t.detail.duplicatesTitle} />
      <div className="space-y-3 px-4 py-3 text-sm sm:px-5">
        {empty ? <p className="text-slate-600">{t.detail.duplicatesNone}</p> : null}
        {hints.visible.length ? (
          <ul className="divide-y divide-slate-100">
            {hints.visible.map((row) => (
              <li key={row.id} className="space-y-1 py-2">
                <p className="font-medium text-slate-900">
                  <Link href={`/admin/verifikasi/${row.id}`} className="text-brand-800 hover:underline">{row.title}</Link>
                </p>
                <p className="text-xs text-slate-600">
                  {fullName(row.employee)} · {formatDateRange(row.startDate, row.endDate, locale)} · <span className="font-mono">{row.certificateNumber}</span>
                </p>
                <div className="flex flex-wrap gap-1">
                  <ExternalStatusBadge status={row.status} t={t} />
                  {row.reasons.map((r) => <Badge key={r} tone="amber">{t.duplicate[r]}</Badge>)}
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        {hints.hidden ? <p className="text-amber-800">{interpolate(t.detail.duplicatesHidden, { count: hints.hidden })}</p> : null}
      </div>
    </Card>
  );
}
