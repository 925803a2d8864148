#!/usr/bin/env node
// The production web server: one primary process that forks BANGKOM_WORKERS workers (default: one per core), each
// a Next.js custom server (`next({ dev: false })`) on the same port; Node's cluster module shares the socket.
//
// - A worker that dies unexpectedly is replaced; one that cannot start at all stops the whole server.
// - Every request runs inside the AsyncLocalStorage of lib/http/request-context.ts (the contract): `{ signal }`,
//   aborted when the client goes away before the response is finished. Found through globalThis, so the copy of
//   that module inside Next's bundles sees the same store.
// - Every response says which worker served it (X-Bangkom-Worker: the cluster worker id), so tests and operators
//   can tell workers apart.
// - The client's address is appended to X-Forwarded-For by lib/http/peer-address.ts, which instrumentation.ts
//   installs on http.Server.prototype in each worker: this server must not append it a second time.
// - SIGTERM or SIGINT (Ctrl-C) to the primary: each worker stops accepting connections, lets requests in flight
//   finish, then exits; the primary exits last. A worker whose primary vanishes exits at once (cluster's own rule).
// - SIGUSR2 to a worker (or its heap nearing the limit) replaces it: a successor starts, then it stops as above.
//
// - A server action's answer is sent uncompressed, everything else as Next compresses it (scripts/lib/compression.mjs).
// - Each worker renders at most BANGKOM_WORKER_CONCURRENCY requests at once; the rest wait their turn
//   (scripts/lib/request-gate.mjs), which bounds its memory.
// Environment: PORT (3000), HOST (unset: every interface), BANGKOM_WORKERS, BANGKOM_WORKER_HEAP_MB,
// BANGKOM_WORKER_CONCURRENCY, BANGKOM_SHARED_CACHE ("0" turns the
// in-memory cache of lib/cache off; the workers get "1" otherwise).
import cluster from "node:cluster";
import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import net from "node:net";
import v8 from "node:v8";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { workerCount, workerHeapMb } from "./lib/workers.mjs";
import { createGate, isStaticPath, workerConcurrency } from "./lib/request-gate.mjs";
import { leaveActionAnswersUncompressed } from "./lib/compression.mjs";
import { closeConnectionOnceStopping } from "./lib/connection-close.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST || undefined;
/** How long a stopping worker may take to finish its requests in flight before it is made to exit. */
const DRAIN_MS = 10_000;
/** A stopping worker stops listening once no connection has reached it for this long. */
const QUIET_MS = 300;
/** How long a stopping worker waits for a request on a connection it has accepted before closing it. */
const IDLE_GRACE_MS = 1_000;
/** A worker exit code that means "cannot start here" (port taken, bad configuration): no point replacing it. */
const CANNOT_START = 78;
/** A worker whose heap stays above this share of its limit is replaced (see runWorker). */
const RECYCLE_SHARE = 0.7;
const HEAP_CHECK_MS = 2_000;

const log = (message) => console.log(`[bangkom] ${message}`);

if (cluster.isPrimary) await runPrimary();
else await runWorker();

async function runPrimary() {
  let count;
  let heapMb;
  try {
    count = workerCount();
    heapMb = workerHeapMb();
    workerConcurrency(); // checked here, so a bad value stops the server once instead of failing every worker
  } catch (error) {
    console.error(`[bangkom] ${error.message}`);
    process.exit(1);
  }
  const env = { NODE_ENV: process.env.NODE_ENV || "production", BANGKOM_SHARED_CACHE: process.env.BANGKOM_SHARED_CACHE || "1" };
  let stopping = false;
  let announced = false;
  const ready = new Set();
  /** Replacements in the last minute: a worker that keeps dying is a fault, not bad luck. */
  let recentRestarts = [];

  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${heapMb}`] });
  const fork = () => cluster.fork(env);

  async function stop(code) {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter(Boolean);
    const exited = alive.map((worker) => new Promise((resolve) => (worker.isDead() ? resolve() : worker.once("exit", resolve))));
    // Workers started from a terminal got Ctrl-C themselves; a second signal is harmless (they stop once).
    for (const worker of alive) if (!worker.isDead()) worker.process.kill("SIGTERM");
    const force = setTimeout(() => {
      for (const worker of alive) if (!worker.isDead()) worker.process.kill("SIGKILL");
    }, DRAIN_MS + 5_000);
    await Promise.all(exited);
    clearTimeout(force);
    process.exit(code);
  }

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(0));

  cluster.on("listening", (worker) => {
    ready.add(worker.id);
    if (!announced && ready.size >= count) {
      announced = true;
      log(`Server web siap di http://${HOST ?? "localhost"}:${PORT} dengan ${count} pekerja (pid ${Object.values(cluster.workers).map((w) => w.process.pid).join(", ")}).`);
    }
  });

  // A worker whose heap nears its limit asks to be replaced (see runWorker): its successor starts first, then it
  // stops as on Ctrl-C, finishing its requests, so no request is dropped.
  const recycling = new Set();
  cluster.on("message", (worker, message) => {
    if (message?.bangkom !== "recycle" || stopping || recycling.has(worker.id)) return;
    recycling.add(worker.id);
    log(`Pekerja ${worker.id} (pid ${worker.process.pid}) memakai ${message.heapMb} MB heap; diganti dengan yang baru.`);
    const successor = fork();
    successor.once("listening", () => worker.process.kill("SIGTERM"));
  });

  cluster.on("exit", (worker, code, signal) => {
    ready.delete(worker.id);
    if (stopping) return;
    if (recycling.delete(worker.id)) return;
    if (code === CANNOT_START) {
      log("Server web tidak dapat dimulai; berhenti.");
      stop(1);
      return;
    }
    const now = Date.now();
    recentRestarts = [...recentRestarts.filter((t) => now - t < 60_000), now];
    if (recentRestarts.length > 3 * count) {
      log("Pekerja server web terus berhenti; server dihentikan.");
      stop(1);
      return;
    }
    log(`Pekerja ${worker.id} (pid ${worker.process.pid}) berhenti (${signal ?? `kode ${code}`}); diganti.`);
    fork();
  });

  for (let i = 0; i < count; i++) fork();
}

async function runWorker() {
  process.env.NODE_ENV ||= "production";
  const workerId = String(cluster.worker.id);
  // The contract of lib/http/request-context.ts: the same instance, created by whichever side comes first.
  const KEY = Symbol.for("bangkom.requestContext");
  const store = (globalThis[KEY] ??= new AsyncLocalStorage());

  let stopping = false;
  const gate = createGate(workerConcurrency());
  const server = http.createServer((req, res) => {
    leaveActionAnswersUncompressed(req);
    const controller = new AbortController();
    const serve = () =>
      store.run({ signal: controller.signal }, () => {
        handle(req, res).catch((error) => {
          console.error(`[bangkom] pekerja ${workerId}: ${req.method} ${req.url} gagal`, error);
          if (!res.headersSent) {
            res.statusCode = 500;
            res.end();
          } else res.destroy();
        });
      });
    const release = isStaticPath(req.url) ? null : gate.enter(serve, () => res.destroyed);
    res.once("close", () => {
      if (!res.writableFinished) controller.abort();
      release?.();
    });
    res.setHeader("X-Bangkom-Worker", workerId);
    closeConnectionOnceStopping(res, () => stopping);
    if (!release) serve();
  });

  // Stopping. The cluster primary hands each worker one connection at a time and queues the rest; once the last
  // worker stops listening it drops its queue, cutting off clients already connected. So a stopping worker keeps
  // listening until no connection has been handed to it for QUIET_MS (at most DRAIN_MS), answering each request
  // with "Connection: close". Then it stops listening with net.Server's close (http's would also drop every
  // connection without a request under way, including one just accepted whose request is not read yet), closes
  // keep-alive connections still idle after IDLE_GRACE_MS, and exits once every connection is gone.
  let quiet = null;
  let lastConnection = 0;
  const stopListening = () => {
    net.Server.prototype.close.call(server, () => process.exit(0));
    setTimeout(() => server.closeIdleConnections(), IDLE_GRACE_MS).unref();
  };
  // The check runs after the event loop's poll phase (setImmediate): a worker that was busy past QUIET_MS first
  // reads the connections the primary handed it meanwhile, instead of closing on them.
  const waitForQuiet = () => {
    clearTimeout(quiet);
    quiet = setTimeout(() => setImmediate(() => (Date.now() - lastConnection < QUIET_MS ? waitForQuiet() : stopListening())), QUIET_MS);
  };
  server.on("connection", () => {
    lastConnection = Date.now();
    if (stopping) waitForQuiet();
  });
  function stop() {
    if (stopping) return;
    stopping = true;
    waitForQuiet();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, DRAIN_MS).unref();
  }
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, stop);

  // Next 16.4's page renders leave a little of each request reachable under sustained keep-alive load (a heap
  // snapshot shows every ServerResponse retained through a chain of render-span closures; `next start` does the
  // same), so a worker's heap only grows. Rather than let it reach its limit and crash mid-request, a worker past
  // RECYCLE_SHARE of its limit on two checks in a row asks the primary for a successor and then stops gracefully.
  // An operator can ask for the same with SIGUSR2 to a worker.
  const askForSuccessor = () => {
    if (!stopping) process.send?.({ bangkom: "recycle", heapMb: Math.round(v8.getHeapStatistics().used_heap_size / 2 ** 20) });
  };
  let highChecks = 0;
  setInterval(() => {
    const { used_heap_size: used, heap_size_limit: limit } = v8.getHeapStatistics();
    highChecks = used > RECYCLE_SHARE * limit ? highChecks + 1 : 0;
    if (highChecks === 2) askForSuccessor();
  }, HEAP_CHECK_MS).unref();
  process.on("SIGUSR2", askForSuccessor);

  // What `next start` sets once listening: the origin Next uses to render a server action's redirect target.
  const ownHost = !HOST || HOST === "0.0.0.0" || HOST === "::" ? "localhost" : HOST.includes(":") ? `[${HOST}]` : HOST;
  process.env.__NEXT_PRIVATE_ORIGIN ||= `http://${ownHost}:${PORT}`;
  let handle;
  try {
    const { default: next } = await import("next");
    const app = next({ dev: false, dir: ROOT, hostname: HOST ?? "localhost", port: PORT, httpServer: server });
    await app.prepare();
    handle = app.getRequestHandler();
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(PORT, HOST, resolve);
    });
  } catch (error) {
    const taken = error?.code === "EADDRINUSE";
    console.error(`[bangkom] ${taken ? `Port ${PORT} sudah dipakai proses lain; pilih yang lain dengan PORT=…` : `Server web gagal dimulai: ${error?.stack ?? error}`}`);
    process.exit(CANNOT_START);
  }
  if (stopping) server.close(() => process.exit(0));
}
