"use client";
import { cn } from "@/components/ui/cn";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { RATINGS, type SheetItem } from "@/lib/reaction/rules";

type Props = {
  item: SheetItem;
  rating: number | undefined;
  comment: string;
  errors?: string[];
  commentErrors?: string[];
  onRating: (rating: number) => void;
  onComment: (comment: string) => void;
  t: Messages["reaction"];
};

export const itemAnchor = (key: string) => `butir-${key}`;

/**
 * One item of the questionnaire: a fieldset named by its legend (number, aspect, question, trainer), five
 * native radio buttons (arrow keys move between them) and an optional comment.
 */
export function RatingItem({ item, rating, comment, errors, commentErrors, onRating, onComment, t }: Props) {
  const id = itemAnchor(item.key);
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <fieldset id={id} className="space-y-3 border-t border-slate-100 px-4 py-5 first:border-t-0 sm:px-5" aria-describedby={invalid ? errorId : undefined} data-testid="reaction-item">
      <legend className="float-left w-full">
        <span className="block text-xs font-semibold uppercase tracking-wide text-slate-500">
          {interpolate(t.answer.questionNumber, { number: item.number })} · {t.aspect[item.aspect]}
        </span>
        <span className="mt-1 block text-base font-medium text-slate-900">{item.text}</span>
        {item.trainerName ? <span className="mt-0.5 block text-sm text-brand-800">{interpolate(t.answer.aboutTrainer, { name: item.trainerName })}</span> : null}
      </legend>
      <div className="clear-both flex flex-wrap gap-2" role="radiogroup" aria-label={t.answer.ratingGroup} aria-invalid={invalid || undefined}>
        {RATINGS.map((n) => (
          <label key={n} className="relative">
            <input
              type="radio"
              name={`r:${item.key}`}
              value={n}
              checked={rating === n}
              onChange={() => onRating(n)}
              aria-label={`${n} – ${t.rating[n]}`}
              className="peer absolute inset-0 size-full cursor-pointer opacity-0"
            />
            <span
              aria-hidden="true"
              className={cn(
                "flex w-24 flex-col items-center rounded-md border px-2 py-2 text-center text-sm shadow-sm transition-colors",
                "peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white",
                "peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500 peer-focus-visible:ring-offset-2",
                invalid ? "border-red-500 bg-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
              )}
            >
              <span className="text-lg font-semibold tabular-nums">{n}</span>
              <span className="text-xs">{t.rating[n]}</span>
            </span>
          </label>
        ))}
      </div>
      <div id={errorId} aria-live="polite">
        {errors?.map((e) => <p key={e} className="text-sm text-red-700" data-testid="reaction-item-error">{e}</p>)}
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-comment`} className="block text-sm font-medium text-slate-700">{t.answer.comment}</label>
        <textarea
          id={`${id}-comment`}
          name={`c:${item.key}`}
          rows={2}
          maxLength={1000}
          value={comment}
          onChange={(e) => onComment(e.target.value)}
          aria-invalid={commentErrors?.length ? true : undefined}
          aria-describedby={commentErrors?.length ? `${id}-comment-error` : undefined}
          className={cn("block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm", commentErrors?.length ? "border-red-500" : "border-slate-300")}
        />
        <div id={`${id}-comment-error`} aria-live="polite">
          {commentErrors?.map((e) => <p key={e} className="text-sm text-red-700">{e}</p>)}
        </div>
      </div>
    </fieldset>
  );
}
