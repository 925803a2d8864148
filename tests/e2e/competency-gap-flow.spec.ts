// Issue 14's acceptance, end to end in Chromium: the admin imports assessment results with one bad row (nothing is
// written and the row is named), fixes the file and applies it; the organisation heatmap then counts one more ASN
// with a gap in that OPD and competency, and the drill-down reaches the person. The results are dated yesterday, so
// they count today; they are withdrawn again afterwards (results are append-only: a withdrawn one no longer counts).
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { account, expect as baseExpect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const expect = baseExpect.configure({ timeout: 60_000 });
const HEADER = "NIP;KODE KOMPETENSI;LEVEL;TANGGAL;SUMBER;ASESOR;NOMOR DOKUMEN";
const csv = (lines: string[]) => Buffer.from(`${[HEADER, ...lines].join("\r\n")}\r\n`);
const REASON = "e2e competency-gap-flow: ditarik setelah uji";

type Person = { id: string; nip: string; name: string; opdId: string; competencyId: string; code: string; requiredLevel: number };

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.goto("/admin/impor/assessment-results");
  await page.getByLabel("Berkas (CSV atau XLSX)").setInputFiles({ name, mimeType: "text/csv", buffer });
  await page.getByRole("button", { name: "Unggah dan periksa" }).click();
  await page.waitForURL(/\/admin\/impor\/proses\/[0-9a-f-]{36}$/);
}

/** The number of ASN with a gap the heatmap cell of (OPD, competency) states. */
async function withGap(page: Page, p: Person): Promise<number> {
  await page.goto("/admin/kompetensi");
  const cell = page.locator(`a[href="/admin/kompetensi/peta/${p.opdId}/${p.competencyId}"]`);
  const label = (await cell.getAttribute("aria-label")) ?? "";
  const n = new RegExp(`${p.code.replace(".", "\\.")}: (\\d+) ASN dengan kesenjangan`).exec(label)?.[1];
  expect(n, `heatmap cell label: ${label}`).toBeDefined();
  return Number(n);
}

test("assessment results with one bad row write nothing; once fixed and applied, the heatmap shows the new gap and its drill-down reaches the person", async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  const admin = account("ADMIN");
  const demo = JSON.parse(fs.readFileSync(path.join(process.cwd(), "prisma", "demo-accounts.json"), "utf8")) as { accounts: { login: string }[] };
  const logins = demo.accounts.map((a) => a.login);
  // A person in service with no result at all and none of the demo accounts; their first standard line of level 2+.
  const p = await sqlOne<Person>(
    `SELECT e.id::text AS id, e.nip, e.name, split_part(u.path, '/', 2) AS "opdId", pc."competencyId"::text AS "competencyId", c.code,
            pc."requiredLevel" AS "requiredLevel"
       FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId" JOIN "User" a ON a.email = $1 AND a."agencyId" = e."agencyId"
       JOIN LATERAL (SELECT v.id FROM "PositionStandardVersion" v WHERE v."positionId" = e."positionId" AND v."effectiveFrom" <= current_date
                     ORDER BY v."effectiveFrom" DESC LIMIT 1) v ON true
       JOIN "PositionCompetency" pc ON pc."versionId" = v.id JOIN "Competency" c ON c.id = pc."competencyId"
      WHERE e."serviceEndDate" IS NULL AND e.nip <> ALL($2::text[]) AND pc."requiredLevel" >= 2
        AND NOT EXISTS (SELECT 1 FROM "CompetencyAssessment" r WHERE r."employeeId" = e.id)
      ORDER BY e.nip, c.code LIMIT 1`,
    [admin.login, logins],
  );
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10).split("-").reverse().join("-");
  const good = `${p.nip};${p.code};${p.requiredLevel - 1};${yesterday};Assessment Center;UPT Penilaian Kompetensi;AC/E2E/1`;
  const bad = `${p.nip};${p.code};9;${yesterday};Assessment Center;UPT Penilaian Kompetensi;AC/E2E/1`;
  try {
    await loginAsAccount(page, admin.login);
    const before = await withGap(page, p);

    await upload(page, "hasil-ac.csv", csv([bad]));
    await expect(page.getByTestId("import-status")).toHaveText("Ada kesalahan");
    await expect(page.getByTestId("import-error-row").locator("td")).toHaveText(["2", "LEVEL", "LEVEL harus angka bulat 1 sampai 5."]);
    await expect(page.getByRole("button", { name: "Terapkan", exact: true })).toBeDisabled();
    expect((await sqlOne<{ n: number }>(`SELECT count(*)::int AS n FROM "CompetencyAssessment" WHERE "employeeId" = $1`, [p.id])).n).toBe(0);
    expect(await withGap(page, p)).toBe(before);

    await upload(page, "hasil-ac.csv", csv([good]));
    await expect(page.getByTestId("import-status")).toHaveText("Siap diterapkan");
    await page.getByRole("button", { name: "Terapkan", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Ya, terapkan" }).click();
    await expect(page.getByTestId("import-status")).toHaveText("Diterapkan");

    expect(await withGap(page, p)).toBe(before + 1);
    await page.locator(`a[href="/admin/kompetensi/peta/${p.opdId}/${p.competencyId}"]`).click();
    await page.getByRole("searchbox").fill(p.name);
    await page.getByRole("button", { name: "Cari" }).click();
    const person = page.getByTestId("cell-person").filter({ hasText: p.name });
    await expect(person).toHaveCount(1);
    await expect(person).toContainText(String(p.requiredLevel - 1));
    await person.getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/admin/pegawai/${p.id}\\?tab=kompetensi$`));
  } finally {
    await sql(
      `UPDATE "CompetencyAssessment" r SET "withdrawnAt" = now(), "withdrawnById" = u.id, "withdrawnReason" = $2
         FROM "User" u WHERE u.email = $3 AND r."employeeId" = $1::uuid AND r."withdrawnAt" IS NULL`,
      [p.id, REASON, admin.login],
    );
  }
});
