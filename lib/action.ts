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

// The one path every mutation takes:
// session → zod input → permission → domain function in a transaction → audit row in that same
// transaction → revalidatePath. A command that changes data without writing an audit row fails and rolls back.

export type ActionState<T = unknown> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  data?: T;
};

export type CommandContext<I> = {
  viewer: Viewer;
  input: I;
  tx: Tx;
  audit: (entry: Omit<AuditEntry, "agencyId" | "actorUserId">) => Promise<void>;
};

export type Command<S extends z.ZodType, R> = {
  name: string;
  permission: Permission;
  schema: S;
  run: (ctx: CommandContext<z.infer<S>>) => Promise<R>;
  revalidate?: string[];
  successMessage?: (m: Messages, result: NoInfer<R>) => string;
};

export function defineCommand<S extends z.ZodType, R>(command: Command<S, R>): Command<S, R> {
  return command;
}

/** Messages in error paths are catalog keys like "supervisorChange.cycle"; this resolves them. */
function resolveMessage(m: Messages, key: string, values?: Record<string, string | number>): string {
  const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], m);
  return typeof text === "string" ? interpolate(text, values) : key;
}

function toInput(raw: unknown): unknown {
  if (raw instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of raw.entries()) {
      if (key.startsWith("$ACTION")) continue;
      // A repeated name (a group of checkboxes) becomes a list.
      const seen = out[key];
      out[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
    }
    return out;
  }
  return raw;
}

/** Runs a command for a known viewer. Used by server actions and directly by integration tests. */
export async function executeCommand<S extends z.ZodType, R>(
  command: Command<S, R>,
  viewer: Viewer,
  rawInput: unknown,
): Promise<R> {
  const parsed = command.schema.safeParse(toInput(rawInput));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
    throw new AppError("VALIDATION", "common.invalid", fieldErrors);
  }
  if (!hasPermission(viewer.roles, command.permission)) throw new AppError("FORBIDDEN", "common.forbidden");

  // Generous waits: under a burst, transactions queue for a pooled connection and for row locks.
  return db.$transaction(async (tx) => {
    let audited = 0;
    const audit: CommandContext<z.infer<S>>["audit"] = async (entry) => {
      await writeAudit(tx, { ...entry, agencyId: viewer.agencyId, actorUserId: viewer.userId });
      audited += 1;
    };
    const result = await command.run({ viewer, input: parsed.data, tx, audit });
    if (audited === 0) throw new Error(`Command ${command.name} changed data without an audit row`);
    return result;
  }, { maxWait: 60_000, timeout: 60_000 });
}

/** The server-action face of a command: resolves the viewer and turns errors into form state. */
export async function runServerAction<S extends z.ZodType, R>(command: Command<S, R>, rawInput: unknown): Promise<ActionState<R>> {
  const m = await getMessages();
  try {
    // Loaded on use, so commands also run outside Next (seed, benchmarks) without the Auth.js runtime.
    const { requireViewer } = await import("@/lib/auth/viewer");
    const viewer = await requireViewer();
    const data = await executeCommand(command, viewer, rawInput);
    for (const path of command.revalidate ?? []) revalidatePath(path);
    return { ok: true, data, message: command.successMessage?.(m, data) ?? m.common.saved };
  } catch (error) {
    if (isAppError(error)) {
      const fieldErrors = error.fieldErrors
        ? Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k, v.map((key) => resolveMessage(m, key, error.values))]))
        : undefined;
      return { ok: false, message: resolveMessage(m, error.message, error.values), fieldErrors };
    }
    const id = randomUUID().slice(0, 8);
    console.error(`[action ${command.name}] error ${id}`, error);
    return { ok: false, message: interpolate(m.common.unexpected, { id }) };
  }
}
