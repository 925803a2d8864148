import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { DEFAULT_LOCALE, interpolate, LOCALES, type Locale } from "./format";
import { en } from "./messages/en";
import { id, type Messages } from "./messages/id";

export const LOCALE_COOKIE = "bangkom-locale";
const catalogs: Record<Locale, Messages> = { id, en };

export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return LOCALES.includes(value as Locale) ? (value as Locale) : DEFAULT_LOCALE;
});

export async function getMessages(): Promise<Messages> {
  return catalogs[await getLocale()];
}

export { interpolate };
