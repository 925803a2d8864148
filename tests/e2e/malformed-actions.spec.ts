// Issue 10, section 2 "Malformed requests": a server-action request Next would answer with a 500 and an error
// digest gets a 4xx from the proxy instead, and a well-formed but wrong one is handled by our pipeline.
import { expect, serverActionId, test } from "./fixtures";

test("malformed server-action requests get a 4xx, never a 500", async ({ page, loginAs, baseURL }) => {
  await loginAs("ASN");
  const action = serverActionId("lib/i18n/actions.ts", "setLocaleAction");
  const post = (headers: Record<string, string>, data: string | Buffer) =>
    page.request.post("/jp", { headers: { "Next-Action": action, Accept: "text/x-component", ...headers }, data, maxRedirects: 0 });
  const sameOrigin = { Origin: baseURL!, "Content-Type": "text/plain;charset=UTF-8" };

  const crossOrigin = await post({ ...sameOrigin, Origin: "https://penyerang.example" }, "[]");
  expect(crossOrigin.status()).toBe(403);

  const huge = await post(sameOrigin, Buffer.alloc(7 * 1024 * 1024, 0x20));
  expect(huge.status()).toBe(413);

  const notJson = await post(sameOrigin, "{ini bukan json");
  expect(notJson.status()).toBe(400);

  // Well-formed JSON of the wrong shape reaches the action, whose guard simply refuses it.
  const wrongShape = await post(sameOrigin, "[{}]");
  expect(wrongShape.status()).toBe(200);
  expect(await wrongShape.text()).not.toContain("digest");

  // The page itself still answers.
  expect((await page.request.get("/jp")).status()).toBe(200);
});

// The web server leaves a server action's answer uncompressed (scripts/lib/compression.mjs) and compresses pages.
test("a server action's answer is not gzipped; a page is", async ({ page, loginAs, baseURL }) => {
  await loginAs("ASN");
  const gzip = { "Accept-Encoding": "gzip" };
  const answer = await page.request.post("/jp", {
    headers: { ...gzip, "Next-Action": serverActionId("lib/i18n/actions.ts", "setLocaleAction"), Accept: "text/x-component", Origin: baseURL!, "Content-Type": "text/plain;charset=UTF-8" },
    data: "[{}]",
  });
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-encoding"]).toBeUndefined();
  const jp = await page.request.get("/jp", { headers: gzip });
  expect(jp.headers()["content-encoding"]).toBe("gzip");
});
