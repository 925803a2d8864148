import { expect, test } from "./fixtures";

test("the interface switches to English and back, and remembers the choice", async ({ page, loginAs }) => {
  await loginAs("ASN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Selamat datang, Rina Kusumawardhani, S.Kom.");
  await page.getByRole("complementary").getByRole("button", { name: "EN" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Rina Kusumawardhani, S.Kom.");
  await expect(page.getByRole("complementary").getByRole("link", { name: "Home" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Competencies my position requires" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("complementary").getByRole("button", { name: "ID" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Selamat datang, Rina Kusumawardhani, S.Kom.");
});
