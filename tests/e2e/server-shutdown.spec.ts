// Ctrl-C to `npm start`'s web server (scripts/server.mjs with several workers) stops every worker, then the
// primary, and leaves no process behind. A terminal's Ctrl-C sends SIGINT to the whole process group, so this
// starts the server as a group of its own and signals the group, as the terminal would.
import { spawn } from "node:child_process";
import http from "node:http";
import { expect, test } from "./fixtures";

const PORT = Number(process.env.BANGKOM_E2E_PORT ?? 3100) + 1;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A GET whose connection is open: resolves `connected` once it is, and `done` with the status (or the error). */
function inFlight(path: string) {
  let connected!: () => void;
  const open = new Promise<void>((resolve) => (connected = resolve));
  const done = new Promise<number | string>((resolve) => {
    const request = http.get({ host: "127.0.0.1", port: PORT, path, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    request.on("socket", (socket) => socket.once("connect", connected));
    request.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
  return { open, done };
}

test("Ctrl-C lets the requests in flight finish, stops both workers and the primary, and leaves no process running", async () => {
  test.setTimeout(90_000);
  const server = spawn(process.execPath, ["scripts/server.mjs"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", BANGKOM_WORKERS: "2", NEXT_TELEMETRY_DISABLED: "1" },
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => server.once("exit", (code, signal) => resolve({ code, signal })));

  await expect.poll(() => /dengan 2 pekerja \(pid (\d+), (\d+)\)/.test(output), { timeout: 60_000 }).toBe(true);
  const workers = /dengan 2 pekerja \(pid (\d+), (\d+)\)/.exec(output)!.slice(1).map(Number);
  expect(workers.every(alive)).toBe(true);
  const health = await fetch(`http://127.0.0.1:${PORT}/api/health`);
  expect(health.status).toBe(200);
  expect(health.headers.get("x-bangkom-worker")).toMatch(/^[12]$/);

  // Requests under way when Ctrl-C comes are answered, not cut off.
  const requests = Array.from({ length: 10 }, () => inFlight("/login"));
  await Promise.all(requests.map((r) => r.open));
  process.kill(-server.pid!, "SIGINT");
  expect(await Promise.all(requests.map((r) => r.done))).toEqual(Array(10).fill(200));
  expect(await exited).toEqual({ code: 0, signal: null });
  for (const pid of workers) await expect.poll(() => alive(pid), { timeout: 5_000 }).toBe(false);
  await expect(fetch(`http://127.0.0.1:${PORT}/api/health`)).rejects.toThrow();
});
