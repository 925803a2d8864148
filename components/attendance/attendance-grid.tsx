"use client";
import { useActionState, useCallback, useEffect, useMemo, useState } from "react";
import type { ActionState } from "@/lib/action";
import { recordAttendanceAction } from "@/lib/attendance/actions";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { GridHeader, GridRow, type GridLabels, type ParticipantRow, type SessionColumn } from "./grid-parts";
import type { RowMarks } from "@/lib/attendance/rules";
import { allPresent, marksPayload } from "./summary";

type Props = {
  batchId: string;
  sessions: SessionColumn[];
  participants: ParticipantRow[];
  heldMinutes: number;
  thresholdPct: number;
  readOnly: boolean;
  labels: GridLabels;
  /** A past batch entered after the fact: one button marks everyone present in every session. */
  fillAll?: { label: string; hint: string };
};

/**
 * The attendance grid: one state map (enrolment → session → status), memoised rows, and one save that
 * sends every mark as a JSON payload to a single recordAttendance call.
 */
export function AttendanceGrid({ batchId, sessions, participants, heldMinutes, thresholdPct, readOnly, labels, fillAll }: Props) {
  const [marks, setMarks] = useState<Record<string, RowMarks>>(() =>
    Object.fromEntries(participants.map((p) => [p.enrolmentId, p.marks])),
  );
  const [dirty, setDirty] = useState(false);

  const onChange = useCallback((enrolmentId: string, sessionId: string, status: AttendanceStatus) => {
    setMarks((prev) => ({ ...prev, [enrolmentId]: { ...prev[enrolmentId], [sessionId]: status } }));
    setDirty(true);
  }, []);

  const onFillColumn = useCallback((sessionId: string) => {
    setMarks((prev) => Object.fromEntries(Object.entries(prev).map(([id, row]) => [id, { ...row, [sessionId]: "PRESENT" as const }])));
    setDirty(true);
  }, []);

  const enrolmentIds = useMemo(() => participants.map((p) => p.enrolmentId), [participants]);
  const editableIds = useMemo(() => sessions.filter((s) => !s.cancelled && !s.upcoming).map((s) => s.id), [sessions]);
  const payload = useMemo(() => marksPayload(marks, enrolmentIds, editableIds), [marks, enrolmentIds, editableIds]);
  const payloadJson = useMemo(() => JSON.stringify(payload), [payload]);

  const [state, formAction, pending] = useActionState<ActionState, FormData>(async (prev, form) => {
    const result = await recordAttendanceAction(prev, form);
    if (result.ok) setDirty(false);
    return result;
  }, { ok: false });

  // Leaving the page with unsaved marks asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const onFillAll = () => {
    setMarks((prev) => allPresent(prev, enrolmentIds, editableIds));
    setDirty(true);
  };

  const showResult = state.message && (!dirty || !state.ok);
  return (
    <>
      {fillAll && !readOnly && editableIds.length ? (
        <div className="flex flex-wrap items-center gap-3 border-b border-slate-100 px-4 py-3 sm:px-5" data-testid="fill-all">
          <Button type="button" variant="secondary" onClick={onFillAll}>{fillAll.label}</Button>
          <p className="min-w-0 flex-1 text-xs text-slate-600">{fillAll.hint}</p>
        </div>
      ) : null}
      <div className="overflow-x-auto" data-testid="attendance-grid">
        <table aria-label={labels.title} className="min-w-full border-separate border-spacing-0 text-sm">
          <GridHeader sessions={sessions} labels={labels} onFillColumn={readOnly ? undefined : onFillColumn} />
          <tbody>
            {participants.map((p) => (
              <GridRow
                key={p.enrolmentId}
                participant={p}
                row={marks[p.enrolmentId] ?? {}}
                sessions={sessions}
                readOnly={readOnly}
                heldMinutes={heldMinutes}
                thresholdPct={thresholdPct}
                labels={labels}
                onChange={onChange}
              />
            ))}
          </tbody>
        </table>
      </div>
      {readOnly ? null : (
        <form
          action={formAction}
          className="sticky bottom-0 z-30 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:px-5"
        >
          <input type="hidden" name="batchId" value={batchId} />
          <input type="hidden" name="marks" value={payloadJson} />
          <div aria-live="polite" className="min-h-5 text-sm">
            {showResult ? (
              <p data-testid="form-message" className={cn(state.ok ? "text-emerald-800" : "text-red-700")}>{state.message}</p>
            ) : null}
            {dirty ? <p className="text-amber-800">{labels.unsaved}</p> : null}
            {!payload.length && !showResult ? <p className="text-slate-500">{labels.nothingToSave}</p> : null}
          </div>
          <Button type="submit" disabled={pending || !payload.length}>{pending ? labels.saving : labels.save}</Button>
        </form>
      )}
    </>
  );
}
