import type { Widen } from "./widen";
import type { reactionId } from "./reaction.id";

export const reactionEn: Widen<typeof reactionId> = {
  title: "",
};
