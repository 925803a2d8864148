// Issue 10, section 4: the not-found page in the catalog's language, and the public/ icon, favicon and manifest.
import { expect, test } from "./fixtures";

test("an unknown address shows the not-found page in the catalog's language", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  const response = await page.goto("/tidak-ada-halaman-ini");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("not-found.png") });
});

test("the manifest, icons and favicon are served, also to a signed-out browser", async ({ request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const body = (await manifest.json()) as { name: string; theme_color: string; icons: { src: string }[] };
  expect(body).toMatchObject({ name: "Bangkom", theme_color: "#135a53" });
  for (const icon of body.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toMatch(/^image\//);
  }
  expect((await request.get("/favicon.ico")).status()).toBe(200);
});
