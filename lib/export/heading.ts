import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/i18n/format";
import { calendarToday } from "@/lib/time";

/** The XLSX title rows: what the list is, whose it is, and the date its statuses were evaluated on (today). */
export async function heading(viewer: Viewer, title: string, ...more: string[]): Promise<string[]> {
  return headingAsOf(viewer, undefined, title, ...more);
}

/** As `heading`, for figures as of a date (today when undefined). */
export async function headingAsOf(viewer: Viewer, asOf: Date | undefined, title: string, ...more: string[]): Promise<string[]> {
  const agency = await db.agency.findUnique({ where: { id: viewer.agencyId }, select: { name: true } });
  return [title, agency?.name ?? "", ...more, `Keadaan per ${formatDate(asOf ?? calendarToday(), "id")}`].filter(Boolean);
}
