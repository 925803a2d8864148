import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { closeConnectionOnceStopping } from "../../scripts/lib/connection-close.mjs";

// A real HTTP server whose handler holds each answer until the test releases it, as a render or the request gate
// would; the worker's "stopping" is a flag the test sets.
let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? (server.closeAllConnections(), server.close(() => resolve())) : resolve())));

async function holdingServer() {
  const state = { stopping: false, received: 0, release: () => {} };
  const released = new Promise<void>((resolve) => (state.release = resolve));
  server = http.createServer((_req, res) => {
    closeConnectionOnceStopping(res, () => state.stopping);
    state.received += 1;
    void released.then(() => res.end("ok"));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const agent = new http.Agent({ keepAlive: true });
  const get = () =>
    new Promise<string | undefined>((resolve, reject) => {
      http.get({ host: "127.0.0.1", port, path: "/", agent }, (res) => (res.resume(), res.on("end", () => resolve(res.headers.connection)))).on("error", reject);
    });
  return { state, get, agent };
}

describe("a stopping worker's answers close their connection (scripts/lib/connection-close.mjs)", () => {
  it("a request that came before the worker began to stop, answered after, closes its connection", async () => {
    const { state, get, agent } = await holdingServer();
    const answer = get();
    await expect.poll(() => state.received).toBe(1);
    state.stopping = true;
    state.release();
    expect(await answer).toBe("close");
    agent.destroy();
  });

  it("while the worker is not stopping, answers keep their connection alive", async () => {
    const { state, get, agent } = await holdingServer();
    state.release();
    expect(await get()).toBe("keep-alive");
    agent.destroy();
  });
});
