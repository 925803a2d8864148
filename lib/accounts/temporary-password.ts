import "server-only";
import { randomInt } from "node:crypto";
import { temporaryPasswordFrom } from "./rules";

/** A fresh temporary password from the operating system's secure random source. */
export const newTemporaryPassword = (): string => temporaryPasswordFrom((max) => randomInt(max));
