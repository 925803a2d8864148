import http from "node:http";
import https from "node:https";
import type { IncomingMessage } from "node:http";
import { FORWARDED_FOR, PEER_PROTO } from "./client-address";

// Next's server (`next start`) fills X-Forwarded-For from the socket only when the request has none, so a client
// that sends its own header would choose its rate-limit bucket. Installed from instrumentation.ts, this makes
// the web server behave like one more proxy hop: it appends the socket's address to X-Forwarded-For and says
// in PEER_PROTO whether the socket is TLS, before Next reads either. lib/http/client-address.ts relies on it.

const INSTALLED = Symbol.for("bangkom.peerAddress");

export function recordPeer(req: IncomingMessage): void {
  const peer = req.socket?.remoteAddress;
  const sent = req.headers[FORWARDED_FOR];
  const previous = Array.isArray(sent) ? sent.join(", ") : sent;
  if (peer) req.headers[FORWARDED_FOR] = previous ? `${previous}, ${peer}` : peer;
  req.headers[PEER_PROTO] = (req.socket as { encrypted?: boolean } | undefined)?.encrypted ? "https" : "http";
}

/** Patches the `request` event of every HTTP(S) server in this process, once. */
export function installPeerAddress(): void {
  const global = globalThis as { [INSTALLED]?: boolean };
  if (global[INSTALLED]) return;
  global[INSTALLED] = true;
  for (const prototype of [http.Server.prototype, https.Server.prototype]) {
    const emit = prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
    prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request" && args[0]) recordPeer(args[0] as IncomingMessage);
      return emit.call(this, event, ...args);
    } as typeof prototype.emit;
  }
}
