// Display helpers of external training. Pure.
import { type Locale, localeTag } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { numberFormat } from "@/lib/i18n/intl";

/** "1,2 MB" / "350 KB" (1 KB = 1024 bytes, like the 5 MB limit). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const format = (n: number) => numberFormat(localeTag(locale), { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}

/** "PDF", "JPEG", "PNG" from the stored MIME type. */
export function fileTypeLabel(type: string, t: Messages["external"]): string {
  if (type === "application/pdf") return t.fileTypes.pdf;
  if (type === "image/png") return t.fileTypes.png;
  return t.fileTypes.jpeg;
}

/** Where a submission's certificate is served (to those allowed to see it). */
export const fileHref = (id: string) => `/api/berkas/eksternal/${id}`;
