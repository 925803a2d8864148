// Issue 5, certificates end to end: the demo seed closes batches through the real commands, so Arif Rahman
// (who completed a batch this year) holds a certificate. He downloads its PDF; a signed-out visitor opens
// the verification page (valid, NIP masked); an admin revokes it from /admin/sertifikat; the page then says
// revoked. A random code is "not found" with status 404.
import type { Browser, Page } from "@playwright/test";
import { expect, loginAsAccount, sqlOne, test } from "./fixtures";

const ARIF = "199109092017011004";

async function signedIn(browser: Browser, login: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "id-ID" });
  const page = await context.newPage();
  await loginAsAccount(page, login);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

async function signedOut(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "id-ID" });
  return context.newPage();
}

test("an ASN downloads their certificate, anyone verifies it, and it reads revoked after an admin revokes it", async ({ browser }) => {
  test.setTimeout(60_000); // three people in turn: holder, visitor, admin
  const certificate = await sqlOne<{ id: string; number: string; code: string; programTitle: string }>(
    `SELECT c.id, c.number, c.code, c."programTitle" FROM "Certificate" c JOIN "Employee" e ON e.id = c."employeeId"
     WHERE e.nip = $1 AND c."revokedAt" IS NULL ORDER BY c."endDate" DESC LIMIT 1`,
    [ARIF],
  );

  // The holder: "Sertifikat saya" lists it, and the PDF downloads.
  const asn = await signedIn(browser, ARIF);
  await asn.goto("/sertifikat");
  await expect(asn.getByRole("heading", { name: "Sertifikat saya" })).toBeVisible();
  const row = asn.getByTestId("certificate-row").filter({ hasText: certificate.number });
  await expect(row).toContainText(certificate.programTitle);
  await expect(row.getByTestId("certificate-status")).toHaveText("Sah");
  const href = await row.getByTestId("certificate-download").getAttribute("href");
  expect(href).toBe(`/api/sertifikat/${certificate.id}`);
  const pdf = await asn.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toContain(`filename="sertifikat-${certificate.number.replace(/[^A-Za-z0-9]+/g, "-")}.pdf"`);
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const verifyHref = await row.getByTestId("certificate-verify-link").getAttribute("href");
  expect(verifyHref).toBe(`/verifikasi/${certificate.code}`);
  await asn.context().close();

  // Anyone, signed out: valid, with the NIP masked, never in full.
  const visitor = await signedOut(browser);
  const response = await visitor.goto(verifyHref!);
  expect(response?.status()).toBe(200);
  await expect(visitor).toHaveURL(new RegExp(`/verifikasi/${certificate.code}$`));
  await expect(visitor.getByTestId("verify-status")).toContainText("Sah");
  await expect(visitor.getByTestId("verify-nip")).toHaveText("1991**** ****** * 004");
  await expect(visitor.getByText(certificate.programTitle)).toBeVisible();
  const html = await visitor.content();
  expect(html).not.toContain(ARIF);
  expect(html).not.toContain("19910909 201701 1 004");
  expect(html).not.toContain(certificate.number);

  // An admin revokes it from the certificate page, with a reason and a confirmation step.
  const admin = await signedIn(browser, "admin@bkpp.semarangkota.go.id");
  await admin.goto(`/admin/sertifikat?q=${encodeURIComponent(certificate.number)}`);
  const adminRow = admin.getByTestId("admin-certificate-row").filter({ hasText: certificate.number });
  await expect(adminRow).toHaveCount(1);
  const revoke = adminRow.getByTestId("revoke-certificate");
  await revoke.locator("summary").click();
  await revoke.getByLabel("Alasan pencabutan").fill("Presensi peserta tercatat keliru (uji e2e)");
  await revoke.getByRole("button", { name: "Cabut", exact: true }).click();
  await revoke.getByRole("button", { name: "Ya, cabut sertifikat" }).click();
  // Once revoked the page reloads its data: the row says "Dicabut" and offers no revoke action any more.
  await expect(adminRow.getByTestId("certificate-status")).toHaveText("Dicabut");
  await expect(adminRow.getByTestId("revoke-certificate")).toHaveCount(0);
  const stored = await sqlOne<{ revokedReason: string | null }>(`SELECT "revokedReason" FROM "Certificate" WHERE id = $1`, [certificate.id]);
  expect(stored.revokedReason).toBe("Presensi peserta tercatat keliru (uji e2e)");
  await admin.context().close();

  // The same page now says revoked, with the date but not the reason.
  await visitor.reload();
  await expect(visitor.getByTestId("verify-status")).toContainText("Dicabut");
  await expect(visitor.getByTestId("verify-revoked-on")).toContainText("Dicabut pada");
  await expect(visitor.getByText("Presensi peserta tercatat keliru")).toHaveCount(0);

  // A random code: not found, with status 404.
  const missing = await visitor.goto("/verifikasi/ABCDEFGHJKLMNPQRSTUV");
  expect(missing?.status()).toBe(404);
  await expect(visitor.getByTestId("verify-not-found")).toContainText("Sertifikat tidak ditemukan");
  await visitor.context().close();
});

test("another ASN cannot download Arif's certificate, and a signed-out visitor cannot either", async ({ browser }) => {
  const certificate = await sqlOne<{ id: string }>(
    `SELECT c.id FROM "Certificate" c JOIN "Employee" e ON e.id = c."employeeId" WHERE e.nip = $1 LIMIT 1`,
    [ARIF],
  );
  const rina = await signedIn(browser, "199203152019032001");
  expect((await rina.request.get(`/api/sertifikat/${certificate.id}`)).status()).toBe(404);
  await rina.context().close();
  const visitor = await signedOut(browser);
  const response = await visitor.request.get(`/api/sertifikat/${certificate.id}`, { maxRedirects: 0 });
  expect([302, 303, 307, 404]).toContain(response.status()); // the proxy sends signed-out visitors to the login page
  expect(response.headers()["content-type"] ?? "").not.toContain("application/pdf");
  await visitor.context().close();
});
