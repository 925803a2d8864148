// Which answers the web server leaves uncompressed. Next gzips every answer whose client accepts it. A server
// action's answer is usually a few hundred bytes of RSC (our commands revalidate little), and gzipping it cost
// about 3.5 ms of a worker's CPU per action, a third of a refused action's total (measured A/B,
// decision 0042): more than the bytes it saves. Pages, scripts and downloads stay compressed.

/** Whether this request is a server action's POST (Next marks them with the Next-Action header). */
export function isServerActionRequest(req) {
  return req.method === "POST" && typeof req.headers["next-action"] === "string";
}

/** Makes Next answer this request uncompressed, as if its client accepted no encoding, when it is a server action. */
export function leaveActionAnswersUncompressed(req) {
  if (isServerActionRequest(req)) delete req.headers["accept-encoding"];
}
