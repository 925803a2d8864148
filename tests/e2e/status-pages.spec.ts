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

test("a NUL in an address is refused with 400 before any page or export reads it", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  for (const address of ["/admin/pegawai?q=a%00b", "/pelatihan?q=%00", "/api/ekspor/kepatuhan?format=csv&q=a%00b"]) {
    const response = await page.request.get(address);
    expect(response.status(), address).toBe(400);
    expect(await response.text(), address).toContain("Permintaan ditolak");
  }
  // The same searches without it still answer.
  expect((await page.request.get("/admin/pegawai?q=ab")).status()).toBe(200);
});
