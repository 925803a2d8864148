import { account, expect, sqlOne, test } from "./fixtures";

// The competency dictionary and versioned position standards (issue 14, decision 0029), in Chromium: an admin
// adds a technical competency and edits one level's descriptor; a locked PermenPANRB competency is read-only;
// the admin then creates a new version of a position's standard as a copy of the one in force, under a new
// Perwal number and a future effective date, changes one required level in it, and sees both versions.

const agencyOfAdmin = `(SELECT "agencyId" FROM "User" WHERE email = $1)`;

test.describe("competency standards", () => {
  test("an admin edits a technical competency's level descriptor; locked ones are read-only", async ({ page, loginAs }) => {
    test.slow();
    await loginAs("ADMIN");
    const stamp = Date.now().toString(36).toUpperCase().slice(-6);
    await page.goto("/admin/kamus-kompetensi");
    await expect(page.getByTestId("kind-MANAGERIAL").getByText("Terkunci (PermenPANRB 38/2017)").first()).toBeVisible();

    await page.getByRole("link", { name: "Tambah kompetensi" }).click();
    await page.getByRole("button", { name: "Simpan kompetensi" }).click();
    await expect(page.getByTestId("error-code")).toHaveText("Kode wajib diisi.");
    await expect(page.getByTestId("error-descriptor3")).toHaveText("Deskripsi level wajib diisi.");
    await page.getByLabel("Jenis").selectOption("TECHNICAL");
    await page.getByLabel("Kode", { exact: true }).fill(`t.${stamp}`);
    await page.getByLabel("Nama", { exact: true }).fill(`Pengelolaan Arsip Dinamis ${stamp}`);
    await page.getByLabel("Definisi").fill("Kemampuan mengelola arsip dinamis sesuai ketentuan kearsipan.");
    for (const level of [1, 2, 3, 4, 5]) {
      await page.getByLabel(`Deskripsi level ${level}`).fill(`Deskripsi awal level ${level}`);
      await page.getByLabel(`Indikator perilaku level ${level}`).fill(`Indikator ${level}.1\nIndikator ${level}.2`);
    }
    await page.getByRole("button", { name: "Simpan kompetensi" }).click();
    await expect(page).toHaveURL(/\/admin\/kamus-kompetensi\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`T.${stamp} Pengelolaan Arsip Dinamis ${stamp}`);

    await page.getByLabel("Deskripsi level 3").fill("Menata arsip seluruh unit kerja dan membina pengelolanya");
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Perubahan kompetensi disimpan.");
    const stored = await sqlOne<{ descriptor: string; indicators: string[] }>(
      `SELECT l.descriptor, l.indicators FROM "CompetencyLevel" l JOIN "Competency" c ON c.id = l."competencyId" WHERE c.code = $1 AND l.level = 3`, [`T.${stamp}`]);
    expect(stored).toEqual({ descriptor: "Menata arsip seluruh unit kerja dan membina pengelolanya", indicators: ["Indikator 3.1", "Indikator 3.2"] });

    // A locked competency: its levels are shown, no form and no remove button.
    await page.goto("/admin/kamus-kompetensi?q=M.01");
    await page.getByTestId("competency-row").getByRole("link").first().click();
    await expect(page.getByText("Terkunci (PermenPANRB 38/2017)")).toBeVisible();
    await expect(page.getByTestId("level-5")).toBeVisible();
    await expect(page.getByRole("button", { name: "Simpan perubahan" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Hapus kompetensi" })).toHaveCount(0);
  });

  test("an admin creates a new version of a position's standard from the current one, changes a required level, and sees both versions", async ({ page, loginAs }) => {
    test.slow();
    await loginAs("ADMIN");
    const admin = account("ADMIN").login;
    const position = await sqlOne<{ id: string; name: string; legalBasis: string }>(
      `SELECT p.id::text, p.name, min(v."legalBasis") AS "legalBasis" FROM "Position" p JOIN "PositionStandardVersion" v ON v."positionId" = p.id
       JOIN "PositionCompetency" l ON l."versionId" = v.id JOIN "Competency" c ON c.id = l."competencyId" AND c.code = 'M.01'
       WHERE p."agencyId" = ${agencyOfAdmin} GROUP BY p.id HAVING count(DISTINCT v.id) = 1 ORDER BY p.name LIMIT 1`, [admin]);
    // A future date of its own (so today's standard, which other pages show, stays as it is).
    const future = new Date(Date.UTC(2031, 0, 1) + (Date.now() % 3000) * 86_400_000).toISOString().slice(0, 10);
    const perwal = `Perwal Semarang No. ${Date.now() % 1000} Tahun 2031`;

    await page.goto("/admin/jabatan");
    await page.getByRole("link", { name: `Standar kompetensi: ${position.name}` }).first().click();
    await expect(page).toHaveURL(new RegExp(`/admin/jabatan/${position.id}/standar`));
    await expect(page.getByTestId("standard-version")).toHaveCount(1);

    await page.getByLabel("Dasar hukum").fill(perwal);
    await page.getByLabel("Berlaku mulai").fill(future);
    await expect(page.getByLabel("Salinan versi yang berlaku hari ini (kompetensi dan persyaratan)")).toBeChecked();
    await page.getByRole("button", { name: "Buat versi" }).click();
    await expect(page).toHaveURL(/versi=[0-9a-f-]{36}/);
    const versionId = new URL(page.url()).searchParams.get("versi")!;

    // Both versions are listed: the one in force today and the new, upcoming one (shown).
    const versions = page.getByTestId("standard-version");
    await expect(versions).toHaveCount(2);
    await expect(versions.filter({ hasText: position.legalBasis })).toContainText("Berlaku hari ini");
    await expect(versions.filter({ hasText: perwal })).toContainText("Akan berlaku");

    // The same date again is refused with a message naming it.
    await page.getByLabel("Dasar hukum").fill(`${perwal} (ganda)`);
    await page.getByLabel("Berlaku mulai").fill(future);
    await page.getByRole("button", { name: "Buat versi" }).click();
    await expect(page.getByRole("main").getByText(/sudah punya versi yang berlaku mulai/).first()).toBeVisible();

    // Change M.01's required level in the new version only.
    const copied = await sqlOne<{ level: number }>(
      `SELECT l."requiredLevel" AS level FROM "PositionCompetency" l JOIN "Competency" c ON c.id = l."competencyId" WHERE l."versionId" = $1 AND c.code = 'M.01'`, [versionId]);
    const next = (copied.level % 5) + 1;
    const line = page.locator('[data-testid="standard-line"][data-code="M.01"]');
    await line.getByLabel("Level", { exact: true }).selectOption(String(next));
    await line.getByRole("button", { name: "Simpan" }).click();
    await expect(line.getByTestId("form-message")).toHaveText("Baris standar disimpan.");
    const after = await sqlOne<{ upcoming: number; current: number }>(
      `SELECT max(l."requiredLevel") FILTER (WHERE l."versionId" = $1) AS upcoming, max(l."requiredLevel") FILTER (WHERE l."versionId" <> $1) AS current
       FROM "PositionCompetency" l JOIN "Competency" c ON c.id = l."competencyId" WHERE l."positionId" = $2 AND c.code = 'M.01'`, [versionId, position.id]);
    expect(after).toEqual({ upcoming: next, current: copied.level });

    // The version in force still shows the old level.
    await versions.filter({ hasText: position.legalBasis }).getByRole("link", { name: "Lihat" }).click();
    await expect(page.locator('[data-testid="standard-line"][data-code="M.01"]').getByLabel("Level", { exact: true })).toHaveValue(String(copied.level));
  });
});
