"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALES, type Locale } from "./format";
import { LOCALE_COOKIE } from "./server";

// A display preference only: it changes no data, so it needs no session and writes no audit row.
// Anything but a form with a known locale (a list, JSON, nothing) is ignored: there is nothing to tell the sender.
export async function setLocaleAction(form: FormData) {
  if (!(form instanceof FormData)) return;
  const value = String(form.get("locale"));
  if (!LOCALES.includes(value as Locale)) return;
  (await cookies()).set(LOCALE_COOKIE, value, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  revalidatePath("/", "layout");
}
