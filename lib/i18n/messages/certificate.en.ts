import type { Widen } from "./widen";
import type { certificateId } from "./certificate.id";

export const certificateEn: Widen<typeof certificateId> = {
  title: "",
};
