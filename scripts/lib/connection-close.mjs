// A stopping server worker (scripts/server.mjs) answers with "Connection: close", so that clients take their next
// request elsewhere instead of sending it on a connection the worker is about to close.

/**
 * Adds "Connection: close" to this answer if the worker is stopping when the answer starts, not when its request
 * came: a request that waited in the gate or rendered while the worker began to stop would otherwise be answered
 * keep-alive, its client would send the next request on that connection, and the worker would close the
 * connection as idle under it.
 */
export function closeConnectionOnceStopping(res, isStopping) {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    if (isStopping()) this.setHeader("Connection", "close");
    return writeHead.apply(this, args);
  };
}
