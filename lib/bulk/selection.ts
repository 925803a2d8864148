import { z } from "zod";
import { identifier } from "@/lib/validation";

// What a bulk action receives from a list: the ids of the ticked rows. Pure: the lists (client) and the bulk
// actions (server) share it.

/** The most rows one bulk action decides. Each is its own transaction; more would keep one request busy too long. */
export const MAX_SELECTION = 200;

/**
 * The ticked ids: one (a lone checkbox posts a string) to MAX_SELECTION, each a record id, each kept once.
 * The messages are catalog keys (lib/i18n/messages/bulk.*.ts); "bulk.tooMany" names MAX_SELECTION.
 */
export const selection = () =>
  z
    .preprocess((v) => (typeof v === "string" ? [v] : v === undefined || v === null ? [] : v), z.array(identifier("common.malformed"), "common.malformed"))
    .pipe(z.array(z.string()).min(1, "bulk.none").max(MAX_SELECTION, "bulk.tooMany"))
    .transform((ids) => [...new Set(ids)]);
