// Display helpers shared by the team, attendance and teaching screens.
import { clock } from "@/lib/catalog/rules";

/** "08:00–10:00" from minutes after midnight. */
export function timeRange(startMinute: number, endMinute: number): string {
  return `${clock(startMinute)}–${clock(endMinute)}`;
}
