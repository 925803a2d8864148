// Runs once when the web server starts (Next's instrumentation hook), before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // The client address for rate limits must come from the socket, not from a header the client wrote.
    const { installPeerAddress } = await import("./lib/http/peer-address");
    installPeerAddress();
  }
}
