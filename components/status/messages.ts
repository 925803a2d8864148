// The status screens' messages for client components (error boundaries), by the page's language: the root
// layout writes the locale into <html lang>, so no server round trip is needed to pick it.
import { statusPagesEn } from "@/lib/i18n/messages/status-pages.en";
import { statusPagesId } from "@/lib/i18n/messages/status-pages.id";

export type StatusMessages = typeof statusPagesEn;

export function statusMessages(lang: string | undefined): StatusMessages {
  return lang?.toLowerCase().startsWith("en") ? statusPagesEn : statusPagesId;
}

/** The id an error screen shows: Next's digest of a server error (the same id the server log prints). */
export function errorId(error: { digest?: string }): string | null {
  return error.digest?.trim() || null;
}
