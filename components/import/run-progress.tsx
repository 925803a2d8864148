"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { interpolate } from "@/lib/i18n/format";

type Progress = { status: string; done: number; total: number; percent: number };
type Labels = { title: string; label: string; progress: string; wait: string };

/** Polls the run's status route while it is checked or applied; when the status changes, the page reloads its data. */
export function RunProgress({ runId, initial, labels, intervalMs = 1000 }: { runId: string; initial: Progress; labels: Labels; intervalMs?: number }) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/impor/${runId}/status`, { cache: "no-store" });
        if (!response.ok || stopped) return;
        const next = (await response.json()) as Progress;
        setProgress(next);
        if (next.status !== initial.status) {
          stopped = true;
          clearInterval(timer);
          router.refresh();
        }
      } catch {
        // A missed poll (server restarting, network blip) is retried at the next tick.
      }
    }, intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [runId, initial.status, intervalMs, router]);
  const text = interpolate(labels.progress, { done: progress.done, total: Math.max(progress.total, progress.done), percent: progress.percent });
  return (
    <div className="space-y-2 px-4 py-5 sm:px-5" data-testid="import-progress">
      <p className="text-sm font-medium text-slate-900">{labels.title}</p>
      <div
        role="progressbar" aria-label={labels.label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.percent} aria-valuetext={text}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full rounded-full bg-brand-700 transition-[width] duration-500" style={{ width: `${progress.percent}%` }} />
      </div>
      <p className="text-sm text-slate-600" aria-live="polite">{text}</p>
      <p className="text-xs text-slate-500">{labels.wait}</p>
    </div>
  );
}
