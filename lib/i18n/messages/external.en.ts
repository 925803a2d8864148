import type { Widen } from "./widen";
import type { externalId } from "./external.id";

export const externalEn: Widen<typeof externalId> = {
  title: "",
};
