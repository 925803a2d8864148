// Expected failures carry a code; the action pipeline turns them into a message (and a field, if any).
// Anything else is unexpected: logged with an id, shown as a generic message.

export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "VALIDATION" | "CONFLICT";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** Values for the {placeholders} of the message and field errors. */
    readonly values?: Record<string, string | number>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
