// Ctrl-C to `npm start`'s web server (scripts/server.mjs with several workers) stops every worker, then the
// primary, and leaves no process behind. A terminal's Ctrl-C sends SIGINT to the whole process group, so this
// starts the server as a group of its own and signals the group, as the terminal would. A worker replaced while
// clients keep it busy (as when its heap nears its limit) drops none of their requests.
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

/** Which worker answers /api/health on a connection of its own. */
const workerOnNewConnection = () =>
  new Promise<string>((resolve, reject) => {
    http.get({ host: "127.0.0.1", port: PORT, path: "/api/health", agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(String(res.headers["x-bangkom-worker"])));
    }).on("error", reject);
  });

/** The web server with two workers on PORT, started as a process group of its own, and what it printed. */
async function startServer() {
  const server = spawn(process.execPath, ["scripts/server.mjs"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", BANGKOM_WORKERS: "2", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const log = { output: "" };
  server.stdout.on("data", (chunk: Buffer) => (log.output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (log.output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => server.once("exit", (code, signal) => resolve({ code, signal })));
  const ready = /dengan 2 pekerja \(pid (\d+), (\d+)\)/;
  await expect.poll(() => ready.test(log.output), { timeout: 60_000 }).toBe(true);
  const workers = ready.exec(log.output)!.slice(1).map(Number);
  return { server, log, exited, workers };
}

test("Ctrl-C lets the requests in flight finish, stops both workers and the primary, and leaves no process running", async () => {
  test.setTimeout(90_000);
  const { server, exited, workers } = await startServer();
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

test("a worker replaced under load (SIGUSR2, as when its heap nears its limit) answers every request of its clients", async () => {
  test.setTimeout(90_000);
  const { server, log, exited, workers } = await startServer();
  const [replaced] = workers as [number, number];
  // Four keep-alive clients, each sending its next request 10 ms after the last is answered (busy enough that
  // requests are under way whenever the worker stops, light enough not to slow the tests running beside this one).
  // As in a browser, a connection answered with "Connection: close" is not used again.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const outcomes: (number | string)[] = [];
  let loading = true;
  const get = () =>
    new Promise<void>((resolve) => {
      const request = http.get({ host: "127.0.0.1", port: PORT, path: "/login", agent }, (res) => {
        res.resume();
        res.on("end", () => (outcomes.push(res.statusCode ?? 0), resolve()));
      });
      request.on("error", (error: NodeJS.ErrnoException) => (outcomes.push(error.code ?? error.message), resolve()));
    });
  const clients = Array.from({ length: 4 }, async () => {
    while (loading) {
      await get();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
  try {
    await expect.poll(() => outcomes.length, { timeout: 15_000 }).toBeGreaterThan(20);
    process.kill(replaced, "SIGUSR2");
    await expect.poll(() => alive(replaced), { timeout: 40_000 }).toBe(false);
    const answered = outcomes.length;
    await expect.poll(() => outcomes.length, { timeout: 15_000 }).toBeGreaterThan(answered + 20);
    loading = false;
    await Promise.all(clients);
    // The clients' keep-alive connections may all have settled on worker 2. New connections are dealt to the
    // workers in turn, so of four one after the other, two reach the successor.
    const fresh: string[] = [];
    for (let i = 0; i < 4; i++) fresh.push(await workerOnNewConnection());
    expect(fresh).toContain("3");
    expect(fresh).not.toContain("1");
  } finally {
    loading = false;
    await Promise.all(clients);
    agent.destroy();
    process.kill(-server.pid!, "SIGINT");
  }
  expect(log.output).toMatch(new RegExp(`Pekerja 1 \\(pid ${replaced}\\) memakai \\d+ MB heap; diganti dengan yang baru`));
  expect(outcomes.filter((outcome) => outcome !== 200)).toEqual([]);
  expect(await exited).toEqual({ code: 0, signal: null });
});
