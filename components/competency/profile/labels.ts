import type { Messages } from "@/lib/i18n/messages/id";

/** The texts the profile components need, picked by the page from the catalog. */
export type ProfileLabels = Messages["compProfile"] & { competency: Messages["competency"] };

export const profileLabels = (m: Messages): ProfileLabels => ({ ...m.compProfile, competency: m.competency });
