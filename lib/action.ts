import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db, type Tx } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/server";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { writeAudit, type AuditEntry } from "@/lib/audit/write";
import { runSqlTransaction, type SqlTx } from "@/lib/sql-transaction";

// The one path every mutation takes:
// session → zod input → permission → domain function in a transaction → audit row in that same
// transaction → revalidatePath. A command that changes data without writing an audit row fails and rolls back.

export type ActionState<T = unknown> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  data?: T;
};

export type CommandContext<I, T extends SqlTx = Tx> = {
  viewer: Viewer;
  input: I;
  tx: T;
  audit: (entry: Omit<AuditEntry, "agencyId" | "actorUserId">) => Promise<void>;
};

/**
 * How the command's transaction runs: on Prisma's client (the default, every model method), or with `"sql"` on a
 * pg client of the same pool, for a hot command whose statements are all hand-written SQL (lib/sql-transaction.ts).
 */
type CommandRun<S extends z.ZodType, R> =
  | { transaction?: "prisma"; run: (ctx: CommandContext<z.infer<S>>) => Promise<R> }
  | { transaction: "sql"; run: (ctx: CommandContext<z.infer<S>, SqlTx>) => Promise<R> };

export type Command<S extends z.ZodType, R> = CommandRun<S, R> & {
  name: string;
  permission: Permission;
  schema: S;
  revalidate?: string[];
  successMessage?: (m: Messages, result: NoInfer<R>) => string;
  /**
   * The message when the write hits a unique constraint (a double submit racing past the command's own check),
   * optionally shown next to a field. Without it, the generic "common.duplicate".
   */
  uniqueViolation?: string | { field: string; message: string };
  /** The transaction's time limit in ms (default 60 s); only a job-run bulk write (an import's apply) needs more. */
  transactionTimeout?: number;
  /** The one kind of command an account with a temporary password may run: choosing its own password. */
  duringPasswordChange?: boolean;
};

export function defineCommand<S extends z.ZodType, R>(command: Command<S, R>): Command<S, R> {
  return command;
}

/** Messages in error paths are catalog keys like "supervisorChange.cycle"; this resolves them. */
function resolveMessage(m: Messages, key: string, values?: Record<string, string | number>): string {
  const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], m);
  return typeof text === "string" ? interpolate(text, values) : key;
}

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== "object") return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * The fields of what a server action received: FormData (the form posted) or a plain object (code, tests).
 * Anything else (a list, a string, a Map, nothing at all) is null: the request was not made by our forms.
 */
export function formFields(raw: unknown): Record<string, unknown> | null {
  if (raw instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of raw.entries()) {
      if (key.startsWith("$ACTION") || UNSAFE_KEYS.has(key)) continue;
      // A repeated name (a group of checkboxes) becomes a list.
      const seen = out[key];
      out[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
    }
    return out;
  }
  return isPlainObject(raw) ? raw : null;
}

/** The form state of a request whose shape no form of ours sends. */
export async function malformedRequest(): Promise<ActionState<never>> {
  return { ok: false, message: (await getMessages()).common.malformed };
}

function toInput(raw: unknown): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  const fields = formFields(raw);
  if (!fields) throw new AppError("VALIDATION", "common.malformed");
  return fields;
}

/** Zod's own messages ("Invalid input: expected string") are not catalog keys; they become "common.invalid". */
const asKey = (message: string) => (/^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/.test(message) ? message : "common.invalid");

function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  let parsed: z.ZodSafeParseResult<z.infer<S>>;
  try {
    parsed = schema.safeParse(toInput(raw));
  } catch (error) {
    // A value no schema expects (a getter that throws, a BigInt where a date was coerced) is bad input, not a crash.
    if (isAppError(error)) throw error;
    throw new AppError("VALIDATION", "common.malformed");
  }
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const messages = (fieldErrors[issue.path.map(String).join(".") || "_"] ??= []);
    const key = asKey(issue.message);
    if (!messages.includes(key)) messages.push(key);
  }
  throw new AppError("VALIDATION", "common.invalid", fieldErrors);
}

/** Prisma's unique-constraint violation (P2002), also when raised by raw SQL inside a command (23505). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; meta?: { code?: unknown; driverAdapterError?: { cause?: { kind?: unknown } } } } | null;
  if (!e || typeof e !== "object") return false;
  // 23505 as such comes from the pg driver itself (a command with `transaction: "sql"`).
  return e.code === "P2002" || e.code === "23505" || (e.code === "P2010" && e.meta?.code === "23505") || e.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}

function uniqueViolationError(command: Pick<Command<z.ZodType, unknown>, "uniqueViolation">): AppError {
  const rule = command.uniqueViolation;
  if (!rule) return new AppError("CONFLICT", "common.duplicate");
  if (typeof rule === "string") return new AppError("CONFLICT", rule);
  return new AppError("CONFLICT", rule.message, { [rule.field]: [rule.message] });
}

/** Runs a command for a known viewer. Used by server actions and directly by integration tests. */
export async function executeCommand<S extends z.ZodType, R>(
  command: Command<S, R>,
  viewer: Viewer,
  rawInput: unknown,
): Promise<R> {
  const input = parseInput(command.schema, rawInput);
  if (!hasPermission(viewer.roles, command.permission)) throw new AppError("FORBIDDEN", "common.forbidden");
  if (viewer.mustChangePassword && !command.duringPasswordChange) throw new AppError("FORBIDDEN", "accounts.mustChange");

  const timeout = command.transactionTimeout ?? 60_000;
  const inTransaction = async <T extends SqlTx>(tx: T, run: (ctx: CommandContext<z.infer<S>, T>) => Promise<R>) => {
    let audited = 0;
    const audit: CommandContext<z.infer<S>>["audit"] = async (entry) => {
      await writeAudit(tx, { ...entry, agencyId: viewer.agencyId, actorUserId: viewer.userId });
      audited += 1;
    };
    const result = await run({ viewer, input, tx, audit });
    if (audited === 0) throw new Error(`Command ${command.name} changed data without an audit row`);
    return result;
  };
  const done = command.transaction === "sql"
    ? runSqlTransaction((tx) => inTransaction(tx, command.run), timeout)
    // Generous waits: under a burst, transactions queue for a pooled connection and for row locks.
    : db.$transaction((tx) => inTransaction(tx, command.run), { maxWait: 60_000, timeout });
  return done.catch((error: unknown) => {
    if (isUniqueViolation(error)) throw uniqueViolationError(command);
    throw error;
  });
}

/** An error as form state: an AppError's catalog keys resolved, anything else a generic message logged with an id. */
function failureState(m: Messages, commandName: string, error: unknown): ActionState<never> {
  if (isAppError(error)) {
    const fieldErrors = error.fieldErrors
      ? Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k, v.map((key) => resolveMessage(m, key, error.values))]))
      : undefined;
    return { ok: false, message: resolveMessage(m, error.message, error.values), fieldErrors };
  }
  const id = randomUUID().slice(0, 8);
  console.error(`[action ${commandName}] error ${id}`, error);
  return { ok: false, message: interpolate(m.common.unexpected, { id }) };
}

/** The server-action face of a command: resolves the viewer and turns errors into form state. */
export async function runServerAction<S extends z.ZodType, R>(command: Command<S, R>, rawInput: unknown): Promise<ActionState<R>> {
  const m = await getMessages();
  try {
    // Loaded on use, so commands also run outside Next (seed, benchmarks) without the Auth.js runtime.
    const { requireViewer } = await import("@/lib/auth/viewer");
    const viewer = await requireViewer({ duringPasswordChange: command.duringPasswordChange });
    const data = await executeCommand(command, viewer, rawInput);
    // A route pattern ("/admin/rencana/[year]") names every page of that route: Next needs to be told it is a page.
    for (const path of command.revalidate ?? []) revalidatePath(path, path.includes("[") ? "page" : undefined);
    return { ok: true, data, message: command.successMessage?.(m, data) ?? m.common.saved };
  } catch (error) {
    return failureState(m, command.name, error);
  }
}

/** One item's outcome in a bulk action: done (with the command's result) or refused (with the reason, in words). */
export type ItemOutcome<R> = { id: string; ok: true; data: R } | { id: string; ok: false; message: string };

/**
 * The same command once per item, for one viewer, one after the other. Each item runs through executeCommand,
 * so it is checked, scoped and audited exactly as a single one, in a transaction of its own: a refused item
 * (decided meanwhile, out of reach) does not undo the others, and its reason comes back with it, in words.
 * Used by runServerActionForEach and directly by integration tests.
 */
export async function executeForEach<S extends z.ZodType, R>(
  command: Command<S, R>,
  viewer: Viewer,
  items: { id: string; input: unknown }[],
  m: Messages,
): Promise<ItemOutcome<R>[]> {
  if (!hasPermission(viewer.roles, command.permission)) throw new AppError("FORBIDDEN", "common.forbidden");
  const outcomes: ItemOutcome<R>[] = [];
  for (const item of items) {
    try {
      outcomes.push({ id: item.id, ok: true, data: await executeCommand(command, viewer, item.input) });
    } catch (error) {
      const state = failureState(m, command.name, error);
      // "Check the marked fields" says nothing in a list: the field's own message does.
      const fieldMessage = Object.values(state.fieldErrors ?? {})[0]?.[0];
      outcomes.push({ id: item.id, ok: false, message: (state.message === m.common.invalid && fieldMessage) || state.message || m.common.invalid });
    }
  }
  return outcomes;
}

/**
 * The server-action face of a bulk action: `schema` checks what the items share (the selection, a reason) and
 * `itemsOf` turns it into one command input per item, run by executeForEach for the viewer resolved once.
 * Nothing is revalidated: the page updates its rows from the outcomes.
 */
export async function runServerActionForEach<B extends z.ZodType, S extends z.ZodType, R>(
  command: Command<S, R>,
  bulk: { schema: B; rawInput: unknown; itemsOf: (input: z.infer<B>) => { id: string; input: unknown }[] },
): Promise<ActionState<ItemOutcome<R>[]>> {
  const m = await getMessages();
  try {
    const { requireViewer } = await import("@/lib/auth/viewer");
    const viewer = await requireViewer();
    const items = bulk.itemsOf(parseInput(bulk.schema, bulk.rawInput));
    return { ok: true, data: await executeForEach(command, viewer, items, m) };
  } catch (error) {
    return failureState(m, command.name, error);
  }
}

/**
 * The server-action face of a service function that runs its commands itself through executeCommand (an import's
 * upload, which then checks the file; its apply, which runs at once or is queued): the viewer, the call, and its
 * errors as form state, exactly as runServerAction gives them.
 */
export async function runServerCall<R>(name: string, call: (viewer: Viewer) => Promise<R>): Promise<ActionState<R>> {
  const m = await getMessages();
  try {
    const { requireViewer } = await import("@/lib/auth/viewer");
    return { ok: true, data: await call(await requireViewer()), message: m.common.saved };
  } catch (error) {
    return failureState(m, name, error);
  }
}
