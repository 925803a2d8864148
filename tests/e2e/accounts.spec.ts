// Accounts, end to end in Chromium (issue 13 acceptance): an admin creates an account for an ASN who has none and
// reads its temporary password; the ASN signs in with NIP and that password, must choose their own, and lands on
// "JP saya"; the admin resets it: the ASN's chosen password no longer signs in, and the ASN's session still open in
// another browser is signed out.
import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { account, expect, loginAsAccount, signIn, sql, sqlOne, test } from "./fixtures";

const CHOSEN = "Sungai-Kaligarang-1997";

// The ASN without an account: written for this spec (every demo employee has one), removed afterwards. So is the
// admin who signs out here: signing out ends every session of the account, and other specs share the demo admin.
let person: { id: string; nip: string; name: string } | null = null;
let adminEmail = "";

test.beforeAll(async () => {
  const rina = await sqlOne<{ agencyId: string; unitId: string; positionId: string }>(
    `SELECT "agencyId"::text AS "agencyId", "unitId"::text AS "unitId", "positionId"::text AS "positionId" FROM "Employee" WHERE nip = $1`,
    [account("ASN").login],
  );
  let nip = "";
  do nip = `199505052020122${randomInt(100, 1000)}`;
  while ((await sql(`SELECT 1 FROM "Employee" WHERE nip = $1`, [nip])).length);
  const name = `Sri Wahyuningsih Uji Akun ${nip.slice(-3)}`;
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "Employee" (id, "agencyId", nip, name, kind, gender, "birthDate", rank, "unitId", "positionId", "serviceStartDate", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'PNS', 'F', '1995-05-05', 'III/a', $4, $5, '2020-12-01', now()) RETURNING id::text AS id`,
    [rina.agencyId, nip, name, rina.unitId, rina.positionId],
  );
  person = { id: row!.id, nip, name };
  adminEmail = `admin-uji-akun-${nip.slice(-3)}-${Date.now().toString(36)}@bkpp.semarangkota.go.id`;
  const [user] = await sql<{ id: string }>(
    `INSERT INTO "User" (id, "agencyId", email, name, "passwordHash") SELECT gen_random_uuid(), "agencyId", $1, 'Admin Uji Akun', "passwordHash" FROM "User" WHERE email = $2
     RETURNING id::text AS id`, [adminEmail, account("ADMIN").login]);
  await sql(`INSERT INTO "UserRole" (id, "agencyId", "userId", role) SELECT gen_random_uuid(), "agencyId", id, 'ADMIN' FROM "User" WHERE id = $1`, [user!.id]);
});

test.afterAll(async () => {
  if (adminEmail) await sql(`DELETE FROM "User" WHERE email = $1`, [adminEmail]);
  if (!person) return;
  await sql(`DELETE FROM "User" WHERE "employeeId" = $1`, [person.id]);
  await sql(`DELETE FROM "Employee" WHERE id = $1`, [person.id]);
});

// BANGKOM_ACCOUNT_SHOTS=dir: also saves each account page at 1366 and 390 px, to look at.
const SHOTS = process.env.BANGKOM_ACCOUNT_SHOTS;
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function choosePassword(page: Page, current: string, chosen: string) {
  await page.getByLabel("Kata sandi sementara").fill(current);
  await page.getByLabel("Kata sandi baru", { exact: true }).fill(chosen);
  await page.getByLabel("Ulangi kata sandi baru").fill(chosen);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
}

test("an account for an ASN without one: temporary password, forced change, JP saya; an admin's reset ends the old password and session", async ({ browser }) => {
  test.setTimeout(300_000); // about two minutes on a busy two-core machine: five browsers, six argon2 sign-ins
  const p = person!;

  // The admin creates the account and reads its temporary password, then signs out.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await loginAsAccount(admin, adminEmail);
  await admin.goto("/admin/akun");
  await shoot(admin, "akun");
  await admin.getByTestId("without-account-link").click();
  // Both lists have a search box: fill the one of the list without accounts, once it is there.
  await expect(admin).toHaveURL(/\/admin\/akun\/tanpa-akun/);
  await admin.getByRole("search").getByRole("searchbox").fill(p.nip);
  await admin.getByRole("button", { name: "Terapkan" }).click();
  await expect(admin.getByTestId("without-account-rows")).toContainText(p.name);
  await shoot(admin, "tanpa-akun");
  await admin.getByRole("button", { name: `Buat akun: ${p.name}` }).click();
  const temporary = (await admin.getByTestId("temporary-password").textContent())!.trim();
  expect(temporary).toMatch(/^[^-]{4}-[^-]{4}-[^-]{4}$/);
  await expect(admin.getByTestId("temporary-login")).toHaveText(`${p.nip.slice(0, 8)} ${p.nip.slice(8, 14)} ${p.nip.slice(14, 15)} ${p.nip.slice(15)}`);
  await expect(admin.getByTestId("copy-password")).toBeVisible();
  await shoot(admin, "tanpa-akun-dibuat");
  await admin.getByRole("button", { name: "Keluar" }).first().click();
  await expect(admin).toHaveURL(/\/login/);

  // The ASN signs in with NIP and the temporary password: every page sends them to choose their own first.
  const asnContext = await browser.newContext();
  const asn = await asnContext.newPage();
  await signIn(asn, p.nip, temporary);
  await expect(asn).toHaveURL(/\/akun\/kata-sandi$/);
  await expect(asn.getByRole("heading", { level: 1 })).toHaveText("Buat kata sandi Anda sendiri");
  await shoot(asn, "kata-sandi-wajib");
  await asn.goto("/jp");
  await expect(asn).toHaveURL(/\/akun\/kata-sandi$/);
  await choosePassword(asn, temporary, "bismillah2024");
  await expect(asn.getByTestId("error-newPassword")).toHaveText("Kata sandi baru terlalu umum dan mudah ditebak; pilih yang lain.");
  await choosePassword(asn, temporary, CHOSEN);
  await expect(asn).toHaveURL(/\/jp$/);
  await expect(asn.getByRole("heading", { level: 1 })).toHaveText("JP saya");
  if (SHOTS) {
    await asn.goto("/akun/kata-sandi");
    await shoot(asn, "kata-sandi");
  }

  // The admin resets it (the ASN's session stays open in its own browser meanwhile).
  const admin2Context = await browser.newContext();
  const admin2 = await admin2Context.newPage();
  await loginAsAccount(admin2, adminEmail);
  await admin2.goto(`/admin/akun?q=${p.nip}`);
  await admin2.getByTestId("account-rows").getByRole("link", { name: p.name }).click();
  await expect(admin2.getByTestId("account-login")).toContainText(p.nip.slice(0, 8));
  await admin2.getByTestId("reset-password").click();
  await admin2.getByTestId("reset-password-confirm").click();
  const reset = (await admin2.getByTestId("temporary-password").textContent())!.trim();
  expect(reset).not.toBe(temporary);
  await shoot(admin2, "akun-detail-reset");

  // The ASN's open session is signed out at once.
  await asn.goto("/jp");
  await expect(asn).toHaveURL(/\/login/);

  // The password the ASN chose no longer signs in; the new temporary one does, and must be changed again.
  const laterContext = await browser.newContext();
  const later = await laterContext.newPage();
  await signIn(later, p.nip, CHOSEN);
  await expect(later.getByTestId("form-message")).toHaveText("NIP/e-mail atau kata sandi salah.");
  await signIn(later, p.nip, reset);
  await expect(later).toHaveURL(/\/akun\/kata-sandi$/);

  const audit = await sql<{ action: string; text: string }>(
    `SELECT action, coalesce(before::text, '') || coalesce(after::text, '') AS text FROM "AuditLog"
     WHERE "entityId" = (SELECT id::text FROM "User" WHERE "employeeId" = $1) ORDER BY id`, [p.id]);
  expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["account.create", "password.change", "password.reset"]));
  for (const row of audit) for (const secret of [temporary, CHOSEN, reset, "$argon2"]) expect(row.text).not.toContain(secret);

  await Promise.all([adminContext, asnContext, admin2Context, laterContext].map((c) => c.close()));
});
