"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { ACCEPT_ATTRIBUTE, checkUpload, type UploadCheck } from "@/lib/import/page-rules";

type Refusal = Exclude<UploadCheck, { ok: true }>["reason"];
type Labels = {
  file: string; hint: string; submit: string; submitting: string; uploading: string; checking: string; uploadFailed: string;
  refusals: Record<Refusal, string>;
};
type Answer = ActionState & { location?: string };

/** Sends the file as the request body with its upload progress; resolves with the route's answer. */
function send(kind: string, file: File, onProgress: (percent: number) => void): Promise<Answer | null> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/impor/unggah/${encodeURIComponent(kind)}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.floor((e.loaded / e.total) * 100));
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Answer);
      } catch {
        resolve({ ok: false, message: xhr.responseText.slice(0, 300) });
      }
    };
    xhr.onerror = () => resolve(null);
    xhr.send(file);
  });
}

/**
 * The upload of one kind's file. Its name and size are checked here first (a file over the limit is never sent),
 * and again by the server (app/api/impor/unggah/[kind]); a refused file is named next to the field, a kept one
 * opens its run's page. A large file shows how much of it has gone.
 */
export function UploadForm({ kind, maxBytes, labels }: { kind: string; maxBytes: number; labels: Labels }) {
  const router = useRouter();
  const [state, setState] = useState<Answer>({ ok: false });
  const [local, setLocal] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const pending = progress !== null;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem("file") as HTMLInputElement | null;
    const file = input?.files?.[0] ?? null;
    const check = checkUpload(file, maxBytes);
    setLocal(check.ok ? null : labels.refusals[check.reason]);
    if (!check.ok || !file) return;
    setState({ ok: false });
    setProgress(0);
    const answer = await send(kind, file, setProgress);
    if (answer?.ok && answer.location) {
      router.push(answer.location);
      return;
    }
    setProgress(null);
    if (answer) setState(answer);
    else setLocal(labels.uploadFailed);
  }

  const errors = local ? [local] : state.fieldErrors?.file;
  const status = progress === null ? null : progress < 100 ? labels.uploading.replace("{percent}", String(progress)) : labels.checking;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="import-upload-form">
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">{labels.file}</label>
        <input
          id="import-file" name="file" type="file" required accept={ACCEPT_ATTRIBUTE}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={`import-file-hint${errors?.length ? " import-file-error" : ""}`}
          className="block w-full max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
        />
        <p id="import-file-hint" className="text-xs text-slate-500">{labels.hint}</p>
        <div id="import-file-error" aria-live="polite">
          {errors?.map((e) => <p key={e} className="text-sm text-red-700" data-testid="error-file">{e}</p>)}
        </div>
      </div>
      {errors?.length ? null : <FormMessage state={state} />}
      {status ? (
        <div className="space-y-1" role="status" aria-live="polite">
          <div className="h-2 w-full max-w-md overflow-hidden rounded bg-slate-200">
            <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${progress}%` }} />
          </div>
          <p className="text-sm text-slate-700">{status}</p>
        </div>
      ) : null}
      <Button type="submit" disabled={pending}>{pending ? labels.submitting : labels.submit}</Button>
    </form>
  );
}
