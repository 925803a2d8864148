// Issue 14 in the browser, the individual level: the demo ASN built as worked example 1 (Sri Wahyuni,
// tests/factories/demo-competency.ts) sees its figures on "Kompetensi saya", picks a target position and sees the
// gaps against it; her supervisor opens her profile; another supervisor gets a 404.
import { expect, loginAsAccount, sqlOne, test } from "./fixtures";

const SRI = "198104232006042003";
const HENDRA = "197911082005011002"; // Sri's supervisor
const BAMBANG = "197808222005011003"; // another team's supervisor

test("worked example 1: the figures, then a target position and its gaps", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAsAccount(page, SRI);
  await page.goto("/kompetensi-saya?tanggal=2026-01-10");
  const current = page.getByTestId("profile-current");
  const line = (code: string) => current.getByTestId(`line-${code}`);
  await expect(line("M.01").getByTestId("current")).toHaveText("3");
  await expect(line("M.02").getByTestId("current")).toHaveText("2");
  await expect(line("M.04").getByTestId("current")).toHaveText("2");
  await expect(line("SK.01").getByTestId("current")).toHaveText("Belum dinilai");
  await expect(line("M.02").getByTestId("gap")).toHaveText("Kurang 1");
  await expect(line("M.04").getByTestId("gap")).toHaveText("Kurang 1");
  await expect(line("M.01").getByTestId("gap")).toHaveText("Memenuhi");
  await expect(line("SK.01").getByTestId("gap")).toHaveText("—");
  await expect(current.getByTestId("jpm-percent")).toHaveText("77,8 %");
  await expect(current.getByTestId("jpm-completeness")).toHaveText("Belum lengkap: 1 kompetensi belum dinilai");
  // The supervisor's later rating of M.04 is there on demand, outranked by the assessment centre.
  await line("M.04").getByText("Hasil lain (1)").click();
  await expect(line("M.04").getByTestId("other-result")).toContainText("Level 3 · Penilaian atasan · 1 November 2025");
  await expect(page.getByRole("link", { name: "Nilai diri" })).toHaveAttribute("href", "/kompetensi-saya/nilai");

  // The career plan: her Kabid's position, searched by name.
  await page.goto("/kompetensi-saya");
  await expect(current.getByTestId("jpm-percent")).toHaveText("77,8 %");
  const search = page.getByTestId("target-search");
  await search.getByRole("searchbox", { name: "Cari jabatan atau unit" }).fill("Kepala Bidang Statistik");
  await search.getByRole("button", { name: "Cari", exact: true }).click();
  await page.getByTestId("target-results").getByRole("button", { name: "Jadikan target" }).first().click();
  const target = page.getByTestId("profile-target");
  await expect(target).toContainText("Kepala Bidang Statistik", { timeout: 30_000 });
  await expect(target.getByTestId("line-M.02").getByTestId("gap")).toHaveText("Kurang 1");
  await expect(target.getByTestId("line-M.03").getByTestId("current")).toHaveText("Belum dinilai");
  await expect(target.getByTestId("profile-target-mandatory")).toContainText("Belum mengikuti Pelatihan Kepemimpinan Administrator (PKA)");
  const chosen = await sqlOne<{ name: string }>(`SELECT p.name FROM "CareerTarget" t JOIN "Employee" e ON e.id = t."employeeId" JOIN "Position" p ON p.id = t."positionId" WHERE e.nip = $1`, [SRI]);
  expect(chosen.name).toBe("Kepala Bidang Statistik");

  // Cleared again, so the demo stays as seeded.
  await page.getByTestId("target-clear").getByRole("button").click();
  await expect(page.getByTestId("profile-target")).toHaveCount(0);
});

test("her supervisor sees her profile; another team's supervisor gets a 404", async ({ browser }) => {
  test.setTimeout(90_000);
  const { id } = await sqlOne<{ id: string }>(`SELECT id::text FROM "Employee" WHERE nip = $1`, [SRI]);
  const hendra = await (await browser.newContext()).newPage();
  await loginAsAccount(hendra, HENDRA);
  await hendra.goto(`/tim/${id}/kompetensi?tanggal=2026-01-10`);
  await expect(hendra.getByRole("heading", { name: "Kompetensi Sri Wahyuni, S.Si., M.Stat." })).toBeVisible();
  await expect(hendra.getByTestId("profile-current").getByTestId("jpm-percent")).toHaveText("77,8 %");
  await expect(hendra.getByRole("link", { name: "Beri penilaian" })).toHaveAttribute("href", `/tim/${id}/kompetensi/nilai`);

  const bambang = await (await browser.newContext()).newPage();
  await loginAsAccount(bambang, BAMBANG);
  const response = await bambang.goto(`/tim/${id}/kompetensi`);
  expect(response?.status()).toBe(404);
  await expect(bambang.getByText("Sri Wahyuni")).toHaveCount(0);
});
