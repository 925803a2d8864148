import { cn } from "./cn";

/** A labelled input with its hint and errors wired to it for screen readers. */
export function Field({
  name,
  label,
  hint,
  errors,
  className,
  ...input
}: React.InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; hint?: string; errors?: string[] }) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={cn(
          "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400",
          errors?.length ? "border-red-500" : "border-slate-300",
        )}
        {...input}
      />
      {hint ? (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <div id={errorId} aria-live="polite">
        {errors?.map((e) => (
          <p key={e} className="text-sm text-red-700" data-testid={`error-${name}`}>
            {e}
          </p>
        ))}
      </div>
    </div>
  );
}

export function FormMessage({ state }: { state: { ok: boolean; message?: string } | null | undefined }) {
  return (
    <div aria-live="polite">
      {state?.message ? (
        <p
          data-testid="form-message"
          className={cn(
            "rounded-md px-3 py-2 text-sm",
            state.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800",
          )}
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
