import { account, expect, signIn, sql, sqlOne, test } from "./fixtures";

test.describe("sign-in", () => {
  const landings = [
    { role: "ADMIN", url: /\/admin$/, heading: "Dasbor instansi" },
    { role: "OPERATOR", url: /\/admin\/pegawai$/, heading: "Pegawai di unit saya" },
    { role: "SUPERVISOR", url: /\/tim$/, heading: "Tim saya" },
    { role: "ASN", url: /\/beranda$/, heading: "Selamat datang, Rina Kusumawardhani, S.Kom." },
    { role: "TRAINER", url: /\/mengajar$/, heading: "Jadwal mengajar" },
  ] as const;

  for (const { role, url, heading } of landings) {
    // Through the form: these are the real sign-ins (every other spec gets its session from loginAs).
    test(`${role} signs in and lands on their page with seeded data`, async ({ page }) => {
      await signIn(page, account(role).login);
      await expect(page).not.toHaveURL(/\/login/);
      await expect(page).toHaveURL(url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByTestId("user-name")).toBeVisible();
    });
  }

  test("the admin dashboard shows the seeded headcount", async ({ page, loginAs }) => {
    await loginAs("ADMIN");
    const { n } = await sqlOne<{ n: number }>(`SELECT count(*)::int AS n FROM "Employee" WHERE "agencyId" = (SELECT "agencyId" FROM "User" WHERE email = $1)`, [account("ADMIN").login]);
    await expect(page.getByTestId("stat-total")).toHaveText(new Intl.NumberFormat("id-ID").format(n));
    await expect(page.getByTestId("opd-rows").getByRole("row")).toHaveCount(15);
  });

  test("the ASN home shows profile, supervisor and required competencies", async ({ page, loginAs }) => {
    await loginAs("ASN");
    await expect(page.getByTestId("profile-nip")).toHaveText("19920315 201903 2 001");
    await expect(page.getByTestId("profile-supervisor")).toContainText("Bambang Setiawan, S.T., M.Kom.");
    await expect(page.getByRole("table", { name: "Kompetensi yang dipersyaratkan jabatan saya" })).toContainText("Integritas");
  });

  test("the supervisor's team holds direct and indirect staff", async ({ page, loginAs }) => {
    await loginAs("SUPERVISOR");
    const rows = page.getByTestId("employee-rows").getByRole("row");
    await expect(rows.filter({ hasText: "Rina Kusumawardhani" })).toContainText("Langsung");
    await expect(rows.filter({ hasText: "Tidak langsung" }).first()).toBeVisible();
  });

  test("a wrong password is refused with a message that does not reveal whether the account exists", async ({ page }) => {
    await signIn(page, account("ADMIN").login, "salah-sekali");
    await expect(page.getByTestId("form-message")).toHaveText("NIP/e-mail atau kata sandi salah.");
    await signIn(page, "tidak.ada@semarangkota.go.id", "salah-sekali");
    await expect(page.getByTestId("form-message")).toHaveText("NIP/e-mail atau kata sandi salah.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("five failures hold this client back on the account for a while, even with the right password", async ({ page }) => {
    test.setTimeout(90_000); // six real sign-ins
    const [victim] = await sql<{ nip: string }>(
      `SELECT e.nip FROM "Employee" e JOIN "User" u ON u."employeeId" = e.id ORDER BY e.nip DESC LIMIT 1`,
    );
    for (let i = 0; i < 5; i++) {
      await signIn(page, victim!.nip, `salah-${i}`);
      await expect(page.getByTestId("form-message")).toHaveText("NIP/e-mail atau kata sandi salah.");
    }
    await signIn(page, victim!.nip);
    // the wait grows with each further failure (lib/auth/rules.ts); other clients are not held back (integration test)
    await expect(page.getByTestId("form-message")).toHaveText(/^Terlalu banyak percobaan masuk yang gagal dari perangkat ini\. Demi keamanan, coba lagi dalam \d+ detik\.$/);
    await expect(page).toHaveURL(/\/login/);
  });

  test("a signed-out visitor is sent to sign in and then back to the page they asked for", async ({ page }) => {
    await page.goto("/tim?q=rina");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await page.getByLabel("NIP atau e-mail").fill(account("SUPERVISOR").login);
    await page.getByLabel("Kata sandi").fill("Bangkom#2026");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(/\/tim\?q=rina$/);
    await expect(page.getByTestId("employee-rows").getByRole("row")).toHaveCount(1);
  });

  test("sign-out ends the session", async ({ page }) => {
    // Signing out ends every session of the account (decision 0004), and other specs run beside this one as
    // the demo ASN: sign out as an ASN of Satpol PP, whom no other test uses.
    const { nip } = await sqlOne<{ nip: string }>(
      `SELECT e.nip FROM "Employee" e JOIN "User" u ON u."employeeId" = e.id JOIN "OrgUnit" o ON o.id = e."unitId"
       JOIN "OrgUnit" top ON top.id::text = split_part(o.path, '/', 2) WHERE top.name = 'Satuan Polisi Pamong Praja' ORDER BY e.nip DESC LIMIT 1`,
    );
    await signIn(page, nip);
    await expect(page).not.toHaveURL(/\/login/);
    await page.getByRole("button", { name: "Keluar" }).first().click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/beranda");
    await expect(page).toHaveURL(/\/login/);
  });
});
