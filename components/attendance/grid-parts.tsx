"use client";
import { memo } from "react";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { hasCompleted } from "@/lib/enrolment/rules";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ATTENDANCE_STATUSES, attendedMinutes, type RowMarks } from "@/lib/attendance/rules";

export type GridLabels = Messages["trainingTeam"]["grid"];

/** A session column as the grid shows it: labels already formatted on the server. */
export type SessionColumn = {
  id: string;
  dateLabel: string;
  timeLabel: string;
  title: string;
  /** "Title (date, time)": names the session in each cell's accessible label. */
  label: string;
  kindLabel: string;
  cancelled: boolean;
  /** Not started yet: shown, but not markable (recordAttendance refuses it). */
  upcoming?: boolean;
  countsJp: boolean;
  minutes: number;
};

export type ParticipantRow = { enrolmentId: string; name: string; nip: string; marks: RowMarks };

export type CellChange = (enrolmentId: string, sessionId: string, status: AttendanceStatus) => void;

const TONE: Record<AttendanceStatus | "none", string> = {
  PRESENT: "border-emerald-300 bg-emerald-50 text-emerald-900",
  LATE: "border-amber-300 bg-amber-50 text-amber-900",
  EXCUSED: "border-sky-300 bg-sky-50 text-sky-900",
  ABSENT: "border-red-300 bg-red-50 text-red-900",
  none: "border-slate-300 bg-white text-slate-500",
};

const cellClass = "border-b border-slate-100 px-1.5 py-1.5 align-middle";

export const GridHeader = memo(function GridHeader({
  sessions,
  labels,
  onFillColumn,
}: {
  sessions: SessionColumn[];
  labels: GridLabels;
  /** Absent when the grid is read-only or has nobody to mark. */
  onFillColumn?: (sessionId: string) => void;
}) {
  return (
    <thead>
      <tr>
        <th scope="col" className="sticky left-0 z-20 border-b border-r border-slate-200 bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          {labels.participant}
        </th>
        {sessions.map((s) => (
          <th
            key={s.id}
            scope="col"
            className={cn(
              "min-w-32 border-b border-slate-200 px-1.5 py-2 text-left align-top text-xs font-normal",
              s.cancelled ? "bg-slate-100 text-slate-400" : "bg-slate-50 text-slate-600",
              s.countsJp && !s.cancelled && "border-t-2 border-t-brand-600",
            )}
          >
            <span className="block font-medium">{s.dateLabel}</span>
            <span className="block tabular-nums">{s.timeLabel}</span>
            <span className={cn("block text-slate-800", s.cancelled && "text-slate-400 line-through")}>{s.title}</span>
            <span className="mt-1 flex flex-wrap items-center gap-1">
              {s.cancelled ? <Badge>{labels.cancelled}</Badge> : s.countsJp ? <Badge tone="brand">{labels.countsJp}</Badge> : <span className="text-slate-500">{s.kindLabel}</span>}
            </span>
            {onFillColumn && !s.cancelled && !s.upcoming ? (
              <button
                type="button"
                onClick={() => onFillColumn(s.id)}
                aria-label={interpolate(labels.allPresentFor, { session: s.label })}
                className="mt-1.5 rounded border border-emerald-300 bg-white px-1.5 py-0.5 text-xs font-medium text-emerald-800 hover:bg-emerald-50"
              >
                {labels.allPresent}
              </button>
            ) : null}
          </th>
        ))}
        <th scope="col" className="border-b border-slate-200 bg-slate-50 px-3 py-2 text-left align-top text-xs font-semibold uppercase tracking-wide text-slate-600">
          {labels.summary}
        </th>
      </tr>
    </thead>
  );
});

/** One participant's row. Memoised: changing a cell re-renders only the row whose marks changed. */
export const GridRow = memo(function GridRow({
  participant,
  row,
  sessions,
  readOnly,
  heldMinutes,
  thresholdPct,
  labels,
  onChange,
}: {
  participant: ParticipantRow;
  row: RowMarks;
  sessions: SessionColumn[];
  readOnly: boolean;
  heldMinutes: number;
  thresholdPct: number;
  labels: GridLabels;
  onChange: CellChange;
}) {
  const attended = attendedMinutes(row, sessions);
  return (
    <tr className="group">
      <th scope="row" className="sticky left-0 z-10 w-40 min-w-40 border-b border-r border-slate-200 bg-white px-3 py-1.5 text-left align-middle font-normal group-hover:bg-slate-50 sm:w-56 sm:min-w-56">
        <span className="block text-sm font-medium break-words text-slate-900">{participant.name}</span>
        <span className="block font-mono text-xs text-slate-500">{participant.nip}</span>
      </th>
      {sessions.map((s) => {
        const status = row[s.id];
        if (readOnly || s.cancelled || s.upcoming) {
          return (
            <td key={s.id} className={cn(cellClass, s.cancelled && "bg-slate-50")}>
              <span className={cn("block rounded border px-1.5 py-1 text-xs", s.cancelled ? "border-slate-200 text-slate-400" : TONE[status ?? "none"])}>
                {status ? labels.status[status] : labels.unmarked}
              </span>
            </td>
          );
        }
        return (
          <td key={s.id} className={cellClass}>
            <select
              value={status ?? ""}
              onChange={(e) => onChange(participant.enrolmentId, s.id, e.target.value as AttendanceStatus)}
              aria-label={interpolate(labels.cellLabel, { name: participant.name, session: s.label })}
              className={cn("block w-full rounded border px-1 py-1 text-xs", TONE[status ?? "none"])}
            >
              <option value="" disabled>{labels.unmarked}</option>
              {ATTENDANCE_STATUSES.map((st) => (
                <option key={st} value={st}>{labels.status[st]}</option>
              ))}
            </select>
          </td>
        );
      })}
      <td className="border-b border-slate-100 px-3 py-1.5 align-middle text-xs whitespace-nowrap">
        {heldMinutes > 0 ? (
          <>
            <span className="block tabular-nums text-slate-700">{interpolate(labels.attendedOf, { attended, held: heldMinutes })}</span>
            {hasCompleted(attended, heldMinutes, thresholdPct) ? (
              <Badge tone="green">{labels.reached}</Badge>
            ) : (
              <Badge tone="amber">{labels.notReached}</Badge>
            )}
          </>
        ) : (
          <span className="text-slate-400">{labels.unmarked}</span>
        )}
      </td>
    </tr>
  );
});
