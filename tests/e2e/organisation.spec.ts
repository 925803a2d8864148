import { account, expect, sql, sqlOne, test } from "./fixtures";

// The organisation tree (/admin/organisasi) and positions (/admin/jabatan), issue 13 §2: an admin builds and
// changes the tree; an operator reads their own subtree and changes nothing.

const agencyOfAdmin = `(SELECT "agencyId" FROM "User" WHERE email = $1)`;

test.describe("organisation", () => {
  test("an admin creates a sub-unit, renames it, gives it a head position, sees the headcounts, and closes it after confirming", async ({ page, loginAs }) => {
    test.slow();
    await loginAs("ADMIN");
    const admin = account("ADMIN").login;
    const diskominfo = await sqlOne<{ id: string; name: string }>(`SELECT id::text, name FROM "OrgUnit" WHERE code = 'DISKOMINFO' AND "agencyId" = ${agencyOfAdmin}`, [admin]);

    // The tree: a large agency starts with its top level; a disclosure button opens a unit's sub-units.
    await page.goto("/admin/organisasi");
    const node = page.locator('[data-unit-code="DISKOMINFO"]');
    const toggle = page.getByRole("button", { name: `Buka sub-unit ${diskominfo.name}` });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(node.locator('[data-unit-code="DISKOMINFO-APTIKA"]')).toBeHidden();
    await toggle.click();
    await expect(page.getByRole("button", { name: `Tutup sub-unit ${diskominfo.name}` })).toHaveAttribute("aria-expanded", "true");
    await expect(node.locator('[data-unit-code="DISKOMINFO-APTIKA"]')).toBeVisible();

    // Headcounts: in service, directly in the unit and with its sub-units, as the database counts them.
    const counts = await sqlOne<{ direct: number; total: number }>(
      `SELECT count(*) FILTER (WHERE e."unitId" = u.id)::int AS direct, count(*)::int AS total
       FROM "OrgUnit" u JOIN "OrgUnit" s ON s.path LIKE u.path || '%' JOIN "Employee" e ON e."unitId" = s.id
       WHERE u.id = $1 AND (e."serviceEndDate" IS NULL OR e."serviceEndDate" >= current_date)`, [diskominfo.id]);
    expect(counts.total).toBeGreaterThan(counts.direct);
    await expect(node.getByTestId("unit-headcount").first()).toHaveText(`${counts.direct} langsung · ${counts.total} total`);

    // Create a sub-unit under Diskominfo.
    const stamp = Date.now().toString(36).toUpperCase();
    await page.goto(`/admin/organisasi/baru?induk=${diskominfo.id}`);
    await expect(page.getByLabel("Unit induk")).toHaveValue(diskominfo.id);
    await page.getByRole("button", { name: "Simpan unit" }).click();
    await expect(page.getByTestId("error-name")).toHaveText("Nama unit wajib diisi.");
    await page.getByLabel("Nama unit").fill(`Seksi Uji ${stamp}`);
    await page.getByLabel("Kode unit").fill(`uji-${stamp}`);
    await page.getByLabel("Jenis unit").selectOption("BIDANG");
    await page.getByRole("button", { name: "Simpan unit" }).click();
    await page.waitForURL(/\/admin\/organisasi\/[0-9a-f-]{36}$/);
    const unitId = page.url().split("/").pop()!;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Seksi Uji ${stamp}`);
    const created = await sqlOne<{ path: string; parentPath: string; code: string }>(
      `SELECT u.path, p.path AS "parentPath", u.code FROM "OrgUnit" u JOIN "OrgUnit" p ON p.id = u."parentId" WHERE u.id = $1`, [unitId]);
    expect(created).toEqual({ path: `${created.parentPath}${unitId}/`, parentPath: created.parentPath, code: `UJI-${stamp}` });

    // Rename it.
    await page.getByLabel("Nama unit").fill(`Seksi Layanan Data ${stamp}`);
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Seksi Layanan Data ${stamp}`);

    // A position for it: "Fungsional" asks for its level.
    await page.getByRole("link", { name: "Tambah jabatan" }).click();
    await expect(page.getByLabel("Unit kerja")).toHaveValue(unitId);
    await page.getByLabel("Nama jabatan").fill(`Kepala Seksi Uji ${stamp}`);
    await page.getByLabel("Jenis jabatan", { exact: true }).selectOption("FUNGSIONAL");
    await page.getByRole("button", { name: "Simpan jabatan" }).click();
    await expect(page.getByTestId("error-level")).toHaveText("Jabatan fungsional wajib memiliki jenjang: pilih jenjangnya.");
    await page.getByLabel("Jenis jabatan", { exact: true }).selectOption("PENGAWAS");
    await page.getByRole("button", { name: "Simpan jabatan" }).click();
    await page.waitForURL(/\/admin\/jabatan\/[0-9a-f-]{36}$/);
    await expect(page.getByText("Diatur pada modul standar kompetensi.")).toBeVisible();

    // Mark it as the unit's head.
    await page.goto(`/admin/organisasi/${unitId}`);
    await page.getByRole("combobox", { name: "Jabatan kepala unit" }).selectOption({ label: `Kepala Seksi Uji ${stamp} (0 pemegang)` });
    await page.getByRole("button", { name: "Tandai sebagai kepala" }).click();
    await expect(page.getByTestId("detail-head")).toHaveText(`Kepala: Kepala Seksi Uji ${stamp} — kosong`);
    const head = await sqlOne<{ unitId: string }>(`SELECT p."unitId"::text AS "unitId" FROM "OrgUnit" u JOIN "Position" p ON p.id = u."headPositionId" WHERE u.id = $1`, [unitId]);
    expect(head.unitId).toBe(unitId);

    // The tree shows it under Diskominfo, found by a search.
    await page.goto(`/admin/organisasi?q=${encodeURIComponent(`Layanan Data ${stamp}`)}`);
    const found = page.locator(`[data-unit-code="UJI-${stamp}"]`);
    await expect(found.getByTestId("unit-head")).toHaveText(`Kepala: Kepala Seksi Uji ${stamp} — kosong`);
    await expect(found.getByTestId("unit-headcount")).toHaveText("0 langsung · 0 total");
    await expect(page.locator('[data-unit-code="DISKOMINFO"]')).toContainText(diskominfo.name);

    // Closing asks first; then the unit is closed and greyed in the tree.
    await page.goto(`/admin/organisasi/${unitId}`);
    await page.getByRole("button", { name: "Tutup unit" }).click();
    await expect(page.getByText("Tutup unit ini? Unit hanya dapat ditutup")).toBeVisible();
    const [still] = await sql<{ closedOn: string | null }>(`SELECT "closedOn" FROM "OrgUnit" WHERE id = $1`, [unitId]);
    expect(still!.closedOn).toBeNull();
    await page.getByRole("button", { name: "Ya, tutup unit" }).click();
    await expect(page.getByRole("button", { name: "Buka kembali" })).toBeVisible();
    const actions = await sql<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "entityId" = $1 ORDER BY "createdAt"`, [unitId]);
    expect(actions.map((a) => a.action)).toEqual(["unit.create", "unit.rename", "unit.setHead", "unit.close"]);
  });

  test("an operator reads their own subtree only and cannot open the admin pages", async ({ page, loginAs }) => {
    await loginAs("OPERATOR");
    await page.goto("/admin/organisasi");
    await expect(page.getByText("hanya baca").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Tambah unit" })).toHaveCount(0);
    const codes = await page.getByTestId("unit-node").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-unit-code")));
    expect(codes.length).toBeGreaterThan(1);
    const subtree = await sql<{ code: string }>(
      `SELECT s.code FROM "OrgUnit" u JOIN "OrgUnit" s ON s.path LIKE u.path || '%' WHERE u.code = 'DISKOMINFO' ORDER BY s.code`);
    expect(codes.sort()).toEqual(subtree.map((r) => r.code).sort());
    // Names are not links to the admin's page, which refuses the operator anyway.
    await expect(page.locator('[data-unit-code="DISKOMINFO"] a')).toHaveCount(0);
    const [unit] = await sql<{ id: string }>(`SELECT id::text FROM "OrgUnit" WHERE code = 'DISKOMINFO-STAT'`);
    expect((await page.goto(`/admin/organisasi/${unit!.id}`))?.status()).toBe(403);
    expect((await page.goto("/admin/jabatan/baru"))?.status()).toBe(403);

    await page.goto("/admin/jabatan");
    await expect(page.getByRole("link", { name: "Tambah jabatan" })).toHaveCount(0);
    await expect(page.getByTestId("position-row").first()).toBeVisible();
  });
});
