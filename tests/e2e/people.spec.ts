import { axe } from "./page-checks";
import { account, expect, sql, sqlOne, test } from "./fixtures";

test.describe("people", () => {
  test("an ASN updates their contact details, with errors shown per field", async ({ page, loginAs }) => {
    await loginAs("ASN");
    await page.getByLabel("Nomor telepon").fill("12ab");
    await page.getByLabel("E-mail").fill("bukan-email");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByTestId("error-phone")).toHaveText("Nomor telepon harus 8–15 digit, boleh diawali +62 atau 0.");
    await expect(page.getByTestId("error-email")).toHaveText("Alamat e-mail tidak valid.");
    // A refused form keeps what was typed, so the ASN corrects it instead of typing it again.
    await expect(page.getByLabel("E-mail")).toHaveValue("bukan-email");

    await page.getByLabel("Nomor telepon").fill("0812 2345 6789");
    await page.getByLabel("E-mail").fill("rina.k@semarangkota.go.id");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Perubahan tersimpan.");
    const [row] = await sql<{ phone: string; email: string }>(`SELECT phone, email FROM "Employee" WHERE nip = '199203152019032001'`);
    expect(row).toEqual({ phone: "081223456789", email: "rina.k@semarangkota.go.id" });
  });

  test("an admin searches, filters and pages through the ASN list", async ({ page, loginAs }) => {
    await loginAs("ADMIN");
    await page.goto("/admin/pegawai");
    const { n } = await sqlOne<{ n: number }>(`SELECT count(*)::int AS n FROM "Employee" WHERE "agencyId" = (SELECT "agencyId" FROM "User" WHERE email = $1)`, [account("ADMIN").login]);
    await expect(page.getByTestId("page-summary")).toHaveText(`Menampilkan 1–25 dari ${n}`);
    await page.getByRole("link", { name: "Berikutnya" }).click();
    await expect(page.getByTestId("page-summary")).toHaveText(`Menampilkan 26–50 dari ${n}`);

    await page.getByRole("combobox", { name: "PNS dan PPPK" }).selectOption("PPPK");
    await page.getByRole("button", { name: "Terapkan" }).click();
    const { pppk } = await sqlOne<{ pppk: number }>(`SELECT count(*)::int AS pppk FROM "Employee" WHERE "agencyId" = (SELECT "agencyId" FROM "User" WHERE email = $1) AND kind = 'PPPK'`, [account("ADMIN").login]);
    await expect(page.getByTestId("page-summary")).toContainText(`dari ${pppk}`);

    await page.goto("/admin/pegawai?q=Kusumawardhani");
    await expect(page.getByTestId("employee-rows")).toContainText("Rina Kusumawardhani, S.Kom.");
    await page.goto("/admin/pegawai?q=tidak-ada-orang-ini");
    await expect(page.getByTestId("empty-state")).toContainText("Tidak ada ASN yang cocok");
  });

  test("an admin changes a direct supervisor; a cycle is refused with a clear message", async ({ page, loginAs }) => {
    await loginAs("ADMIN");
    const [rina] = await sql<{ id: string }>(`SELECT id FROM "Employee" WHERE nip = '199203152019032001'`);
    const [bambang] = await sql<{ id: string }>(`SELECT id FROM "Employee" WHERE nip = '197808222005011003'`);

    await page.goto(`/admin/pegawai/${bambang!.id}`);
    await page.getByLabel("NIP atasan baru").fill("19920315 201903 2 001");
    await page.getByRole("button", { name: "Simpan atasan" }).click();
    await expect(page.getByTestId("error-supervisorNip")).toContainText("rantai atasan melingkar");

    const [kasi] = await sql<{ nip: string; name: string }>(
      `SELECT e.nip, e.name FROM "Employee" e JOIN "Position" p ON p.id = e."positionId" WHERE e."supervisorId" = $1 AND p.type = 'PENGAWAS' LIMIT 1`,
      [bambang!.id],
    );
    await page.goto(`/admin/pegawai/${rina!.id}`);
    await page.getByLabel("NIP atasan baru").fill(kasi!.nip);
    await page.getByRole("button", { name: "Simpan atasan" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Atasan langsung berhasil diubah.");
    await page.reload();
    await expect(page.getByTestId("detail-supervisor")).toContainText(kasi!.name);
    const audit = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE "entityId" = $1 AND entity = 'Employee.supervisor'`, [rina!.id]);
    expect(audit[0]!.n).toBe(1);

    // put the demo back as it was for the other tests
    await page.getByLabel("NIP atasan baru").fill("197808222005011003");
    await page.getByRole("button", { name: "Simpan atasan" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Atasan langsung berhasil diubah.");
  });

  test("main pages have no serious accessibility violations", async ({ page, loginAs }) => {
    await page.goto("/login");
    const check = async () => {
      const results = await axe(page).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    };
    await check();
    await loginAs("ADMIN");
    await page.goto("/admin/pegawai");
    await check();
  });
});
