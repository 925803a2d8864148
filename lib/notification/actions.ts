"use server";
import { redirect } from "next/navigation";
import { runServerAction, type ActionState } from "@/lib/action";
import { internalLink, markAllNotificationsRead, markNotificationRead } from "./commands";

export async function markAllReadAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(markAllNotificationsRead, form);
}

/**
 * Opening a notification marks it read, then follows its link, or returns to the inbox page it came from.
 * Should marking fail, the link is still followed: it is only ever a path inside the app.
 */
export async function openNotificationAction(form: FormData) {
  if (!(form instanceof FormData)) redirect("/kotak-masuk");
  const result = await runServerAction(markNotificationRead, form);
  const back = internalLink(String(form.get("back") ?? "")) ?? "/kotak-masuk";
  redirect((result.ok ? result.data?.link : internalLink(String(form.get("link") ?? ""))) || back);
}
