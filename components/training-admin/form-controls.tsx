import { cn } from "@/components/ui/cn";

// Labelled controls for the training forms: every control has a <label>, its hint and errors are wired
// with aria-describedby, and errors are announced (aria-live). Ids are given explicitly so repeated rows
// stay unique ("budget-2-item").

type Described = { id: string; label: string; hint?: string; errors?: string[]; className?: string; labelClassName?: string };

const controlClass = (errors?: string[]) =>
  cn("block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400", errors?.length ? "border-red-500" : "border-slate-300");

function describedBy(id: string, hint?: string, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Frame({ id, label, hint, errors, className, labelClassName, children }: Described & { children: React.ReactNode }) {
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className={cn("block text-sm font-medium text-slate-800", labelClassName)}>{label}</label>
      {children}
      {hint ? <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p> : null}
      <div id={`${id}-error`} aria-live="polite">
        {errors?.map((e) => <p key={e} className="text-sm text-red-700" data-testid={`error-${id}`}>{e}</p>)}
      </div>
    </div>
  );
}

export function TextInput({ id, label, hint, errors, className, labelClassName, ...input }: Described & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Frame id={id} label={label} hint={hint} errors={errors} className={className} labelClassName={labelClassName}>
      <input id={id} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} className={controlClass(errors)} {...input} />
    </Frame>
  );
}

export function TextArea({ id, label, hint, errors, className, ...input }: Described & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Frame id={id} label={label} hint={hint} errors={errors} className={className}>
      <textarea id={id} rows={4} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} className={controlClass(errors)} {...input} />
    </Frame>
  );
}

export function Select({
  id, label, hint, errors, className, labelClassName, options, placeholder, ...select
}: Described & React.SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string; disabled?: boolean }[]; placeholder?: string }) {
  return (
    <Frame id={id} label={label} hint={hint} errors={errors} className={className} labelClassName={labelClassName}>
      <select id={id} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} className={controlClass(errors)} {...select}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value} disabled={o.disabled}>{o.label}</option>)}
      </select>
    </Frame>
  );
}

/** A section of a long form, with a visible heading that names the group for screen readers. */
export function FormSection({ title, hint, action, children }: { title: string; hint?: string; action?: React.ReactNode; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-4 border-t border-slate-100 px-4 py-5 first:border-t-0 sm:px-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <legend className="text-base font-semibold text-slate-900">{title}</legend>
          {hint ? <p className="mt-0.5 text-sm text-slate-500">{hint}</p> : null}
        </div>
        {action}
      </div>
      {children}
    </fieldset>
  );
}

/** One repeated row (a budget line, a session): a bordered box with its number and a remove button. */
export function RowBox({ title, removeLabel, onRemove, children }: { title: string; removeLabel: string; onRemove: () => void; children: React.ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50/60 p-3" role="group" aria-label={title}>
      <div className="mb-2 flex items-center justify-between gap-2">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</p>
        <button type="button" onClick={onRemove} className="rounded px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50" aria-label={removeLabel}>
          ✕
        </button>
      </div>
      {children}
    </div>
  );
}

export function AddRowButton({ onClick, children, disabled }: { onClick: () => void; children: React.ReactNode; disabled?: boolean }) {
  return (
    <button type="button" onClick={onClick} disabled={disabled} className="rounded-md border border-dashed border-brand-500 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-50">
      + {children}
    </button>
  );
}
