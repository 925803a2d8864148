// Issue 12: eligibility and the unit's seats are shown before "Daftar"; an admin may enrol a refused ASN with a
// reason, and the override is in the audit log. Also the catalog's order and its folded filters on a phone.
import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { account, expect as baseExpect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

// Server actions answer slowly on a busy two-core machine: wait for them longer than Playwright's 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

const REASON = "Disposisi Kepala BKPP nomor 800/417/2026";

/** A page of its own for one role, at a width (desktop 1366 or phone 390). */
async function as(browser: Browser, role: "ADMIN" | "ASN" | "SUPERVISOR", width = 1366): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "id-ID", viewport: { width, height: width > 600 ? 900 : 844 } });
  const page = await context.newPage();
  await loginAsAccount(page, account(role).login);
  return page;
}

/**
 * A program for the demo ASN's position type only, with an OPEN batch on a day of its own whose seats are shared
 * out by unit: 3 for the ASN's unit. The demo supervisor works in the same unit but holds another position type.
 */
async function programForTheAsn() {
  const rina = await sqlOne<{ agencyId: string; unitId: string; type: string }>(
    `SELECT e."agencyId", e."unitId", p.type::text AS type FROM "Employee" e JOIN "Position" p ON p.id = e."positionId" WHERE e.nip = $1`,
    [account("ASN").login],
  );
  const bambang = await sqlOne<{ unitId: string; type: string }>(
    `SELECT e."unitId", p.type::text AS type FROM "Employee" e JOIN "Position" p ON p.id = e."positionId" WHERE e.nip = $1`,
    [account("SUPERVISOR").login],
  );
  expect(bambang.type).not.toBe(rina.type);
  const day = new Date(Date.now() + (400 + randomBytes(2).readUInt16BE() % 2000) * 86_400_000).toISOString().slice(0, 10);
  const title = `Bimtek Pranata Komputer ${randomBytes(3).toString("hex")}`;
  const { programId } = await sqlOne<{ programId: string }>(
    `INSERT INTO "Program" (id, "agencyId", title, description, objectives, "routeCode", organiser, "eligibleTypes", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, '', '', 'KL10', 'BKPP Kota Semarang', ARRAY[$3]::"PositionType"[], now()) RETURNING id AS "programId"`,
    [rina.agencyId, title, rina.type],
  );
  const { batchId } = await sqlOne<{ batchId: string }>(
    `INSERT INTO "Batch" (id, "agencyId", "programId", number, "startDate", "endDate", capacity, "confirmedCount", "registrationOpensAt", "registrationClosesAt", status, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 1, $3::date, $3::date, 10, 0, now() - interval '1 day', now() + interval '5 days', 'OPEN', now()) RETURNING id AS "batchId"`,
    [rina.agencyId, programId, day],
  );
  await sql(`INSERT INTO "BatchQuota" ("agencyId", "batchId", "unitId", seats) VALUES ($1, $2, $3, 3)`, [rina.agencyId, batchId, rina.unitId]);
  await sql(
    `INSERT INTO "RundownSession" (id, "agencyId", "batchId", date, "startMinute", "endMinute", "plannedMinutes", title, kind)
     VALUES (gen_random_uuid(), $1, $2, $3::date, 480, 600, 120, 'Penyampaian materi', 'LEARNING')`,
    [rina.agencyId, batchId, day],
  );
  return { programId, batchId, title, sameUnit: bambang.unitId === rina.unitId };
}

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: false });

test("eligibility before the click, and an admin's override with a reason", async ({ browser }) => {
  test.setTimeout(300_000);
  const { programId, batchId, sameUnit } = await programForTheAsn();

  // An eligible ASN sees that they may register and their unit's seats left, with the Daftar button.
  const asn = await as(browser, "ASN");
  await asn.goto(`/pelatihan/${programId}`);
  const card = asn.locator(`#angkatan-${batchId}`);
  await expect(card.getByTestId("registration-outlook")).toHaveAttribute("data-may-register", "true");
  await expect(card.getByText("Anda memenuhi syarat untuk mendaftar.")).toBeVisible();
  await expect(card.getByTestId("unit-seats-left")).toHaveText("Kuota unit Anda: 3 dari 3 kursi tersisa");
  await expect(card.getByTestId("register-button")).toBeVisible();
  await shot(asn, "program-eligible-1366");
  await asn.setViewportSize({ width: 390, height: 844 });
  await card.scrollIntoViewIfNeeded();
  await shot(asn, "program-eligible-390");
  await asn.context().close();

  // An ineligible ASN (another position type) sees why before clicking, and no Daftar button.
  const sup = await as(browser, "SUPERVISOR");
  await sup.goto(`/pelatihan/${programId}`);
  const theirCard = sup.locator(`#angkatan-${batchId}`);
  await expect(theirCard.getByTestId("registration-outlook")).toHaveAttribute("data-may-register", "false");
  await expect(theirCard.getByTestId("registration-outlook")).toContainText("Jenis jabatan Anda tidak termasuk sasaran pelatihan ini.");
  await expect(theirCard.getByTestId("register-button")).toHaveCount(0);
  if (sameUnit) await expect(theirCard.getByTestId("unit-seats-left")).toHaveText("Kuota unit Anda: 3 dari 3 kursi tersisa");
  await shot(sup, "program-ineligible-1366");
  await sup.context().close();

  // The admin's direct enrolment is refused, naming the participant; the override needs a reason.
  const admin = await as(browser, "ADMIN");
  await admin.goto(`/admin/angkatan/${batchId}`);
  await admin.getByLabel("NIP peserta").fill(account("SUPERVISOR").login);
  await admin.getByRole("button", { name: "Daftarkan", exact: true }).click();
  await expect(admin.getByTestId("enrol-form").getByTestId("form-message")).toHaveText(/^Jenis jabatan Bambang Setiawan.* tidak termasuk sasaran pelatihan ini\.$/);
  const override = admin.getByTestId("enrol-override");
  await expect(override).toHaveAttribute("open", "");
  await override.getByRole("button", { name: "Daftarkan dengan pengecualian" }).click();
  await expect(override.getByText("Alasan wajib diisi, minimal 10 karakter.").first()).toBeVisible();
  const enrolled = () => sql(`SELECT e.status FROM "Enrolment" e JOIN "Employee" p ON p.id = e."employeeId" WHERE e."batchId" = $1 AND p.nip = $2`, [batchId, account("SUPERVISOR").login]);
  expect(await enrolled()).toEqual([]);
  await override.getByLabel("Alasan pengecualian").fill(REASON);
  await override.getByRole("button", { name: "Daftarkan dengan pengecualian" }).click();
  await expect(override.getByTestId("form-message")).toContainText("terdaftar dengan pengecualian (jenis jabatan) dan mendapat kursi");
  await expect(admin.getByTestId("enrol-form").getByTestId("form-message")).toHaveCount(0); // the refusal no longer stands
  await shot(admin, "admin-override-1366");
  await admin.context().close();

  expect(await enrolled()).toEqual([{ status: "CONFIRMED" }]);
  const audit = await sqlOne<{ action: string; reason: string; overridden: string[]; actor: string }>(
    `SELECT a.action, a.after->>'reason' AS reason, ARRAY(SELECT jsonb_array_elements_text(a.after::jsonb->'overridden')) AS overridden, u.email AS actor
     FROM "AuditLog" a JOIN "User" u ON u.id = a."actorUserId"
     WHERE a.entity = 'Enrolment' AND a.after->>'batchId' = $1 ORDER BY a.id DESC LIMIT 1`,
    [batchId],
  );
  expect(audit).toEqual({ action: "enrolment.override", reason: REASON, overridden: ["positionType"], actor: account("ADMIN").login });
});

test("the catalog leads with open batches and folds its filters on a phone", async ({ browser }) => {
  test.setTimeout(120_000);
  const desktop = await as(browser, "ASN");
  await desktop.goto("/pelatihan");
  const first = desktop.getByTestId("catalog-row").first();
  await expect(first.getByText(/^Pendaftaran dibuka s\.d\. /)).toBeVisible();
  await expect(desktop.getByTestId("catalog-filters")).toHaveAttribute("open", "");
  await expect(desktop.getByTestId("catalog-row").filter({ hasText: "Belum ada angkatan terjadwal" })).toHaveCount(0);
  await expect(desktop.getByTestId("unscheduled-hint")).toBeVisible();
  await shot(desktop, "catalog-1366");

  // Programs without a batch come after the others, on request.
  await desktop.getByTestId("unscheduled-hint").getByRole("link").click();
  await expect(desktop).toHaveURL(/unscheduled=1/);
  await expect(desktop.getByTestId("catalog-row").first().getByText(/^Pendaftaran dibuka s\.d\. /)).toBeVisible();
  await desktop.context().close();

  const phone = await as(browser, "ASN", 390);
  await phone.goto("/pelatihan");
  const filters = phone.getByTestId("catalog-filters");
  await expect(filters).not.toHaveAttribute("open", "");
  await expect(phone.getByLabel("Semua jalur pengembangan")).toBeHidden();
  const box = await phone.getByTestId("catalog-row").first().boundingBox();
  expect(box && box.y < 844).toBe(true);
  await shot(phone, "catalog-390");
  await filters.locator("summary").click();
  await expect(filters).toHaveAttribute("open", "");
  await phone.context().close();
});
