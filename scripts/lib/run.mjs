import { spawn } from "node:child_process";
import { bin, ROOT } from "./paths.mjs";

/** Runs a command to completion with inherited output; rejects with its exit code. */
export function run(command, args, { env = {}, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(output);
      else reject(Object.assign(new Error(`${command} ${args.join(" ")} failed (${code ?? signal})\n${output}`), { code }));
    });
  });
}

export const PRISMA_ENV = { PRISMA_SCHEMA_ENGINE_BINARY: `${ROOT}/scripts/prisma-schema-engine.mjs`, PRISMA_HIDE_UPDATE_MESSAGE: "1" };

/** The Prisma CLI, with the schema-engine stand-in (see docs/decisions/0002-schema-engine-stand-in.md). */
export function prisma(args, { env = {}, quiet = false } = {}) {
  return run(bin("prisma"), args, { env: { ...PRISMA_ENV, ...env }, quiet });
}
