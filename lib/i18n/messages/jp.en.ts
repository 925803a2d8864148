import type { Widen } from "./widen";
import type { jpId } from "./jp.id";

export const jpEn: Widen<typeof jpId> = {
  title: "",
};
