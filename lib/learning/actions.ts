"use server";
import { malformedRequest, runServerAction, type ActionState } from "@/lib/action";
import { getLocale } from "@/lib/i18n/server";
import { importLearningScores, saveLearningScore, saveObserverRatings } from "./commands";

// Server-action faces of the level-2 commands, for useActionState forms on the admin batch page.

export async function saveLearningScoreAction(_prev: ActionState, form: FormData) {
  return runServerAction(saveLearningScore, form);
}

/** The form sends one select per competency, named `level:<competencyId>`. */
export async function saveObserverRatingsAction(_prev: ActionState, form: FormData) {
  if (!(form instanceof FormData)) return malformedRequest();
  const ratings = [...form.entries()]
    .filter(([key]) => key.startsWith("level:"))
    .map(([key, value]) => ({ competencyId: key.slice("level:".length), level: value }));
  return runServerAction(saveObserverRatings, { enrolmentId: form.get("enrolmentId"), observerName: form.get("observerName"), ratings });
}

export async function importLearningScoresAction(_prev: ActionState, form: FormData) {
  if (!(form instanceof FormData)) return malformedRequest();
  return runServerAction(importLearningScores, { batchId: form.get("batchId"), file: form.get("file"), locale: await getLocale() });
}
