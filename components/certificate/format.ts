import { formatDate, type Locale } from "@/lib/i18n/format";

/** "2 Maret 2030" or "2 Maret 2030 – 4 Maret 2030". */
export function certificateDates(start: Date, end: Date, locale: Locale): string {
  return start.getTime() === end.getTime() ? formatDate(start, locale) : `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

export const downloadHref = (id: string) => `/api/sertifikat/${id}`;
export const verifyHref = (code: string) => `/verifikasi/${code}`;
