// Bulk actions (issue 12): a supervisor approves ticked registrations at once, an admin decides ticked
// registrations on the batch page, an operator verifies ticked external submissions. Each row is still decided
// by the single command (its own checks and audit row); the outcome reads "n disetujui, 1 ditolak sistem: …".
// The spec writes its own batch and submissions with SQL and removes the batch again.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { account, expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const BAMBANG = account("SUPERVISOR").login;
const DEMO_NIPS = ["ASN", "SUPERVISOR", "OPERATOR", "TRAINER"].map((r) => account(r as "ASN").login);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Person = { id: string; name: string };

/** A program with one batch of the demo agency, open for registration, written for this test only. */
async function batchOfOwn(stamp: string, capacity: number) {
  const { agencyId } = await sqlOne<{ agencyId: string }>(`SELECT "agencyId" FROM "Employee" WHERE nip = $1`, [BAMBANG]);
  const programId = randomUUID();
  const batchId = randomUUID();
  const title = `Bimtek Aksi Massal ${stamp}`;
  await sql(
    `INSERT INTO "Program" (id, "agencyId", title, description, objectives, "routeCode", organiser, "eligibleTypes", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, '', '', 'KL10', 'BKPP Kota Semarang', '{}', now(), now())`,
    [programId, agencyId, title],
  );
  await sql(
    `INSERT INTO "Batch" (id, "agencyId", "programId", number, "startDate", "endDate", capacity, status, "confirmedCount",
       "registrationOpensAt", "registrationClosesAt", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, 1, $4::date, $4::date, $5, 'OPEN', 0, now() - interval '1 day', now() + interval '20 days', now(), now())`,
    [batchId, agencyId, programId, day(40), capacity],
  );
  return { agencyId, programId, batchId, title };
}

async function enrol(b: { agencyId: string; batchId: string }, people: Person[], status: string) {
  for (const p of people) {
    await sql(
      `INSERT INTO "Enrolment" (id, "agencyId", "batchId", "employeeId", status, origin, "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5::"EnrolmentStatus", 'SELF', now(), now())`,
      [randomUUID(), b.agencyId, b.batchId, p.id, status],
    );
  }
}

async function removeBatch(b: { batchId: string; programId: string }) {
  await sql(`DELETE FROM "Notification" WHERE link LIKE $1`, [`%${b.batchId}%`]);
  await sql(`DELETE FROM "Enrolment" WHERE "batchId" = $1`, [b.batchId]);
  await sql(`DELETE FROM "Batch" WHERE id = $1`, [b.batchId]);
  await sql(`DELETE FROM "Program" WHERE id = $1`, [b.programId]);
}

const statusesIn = async (batchId: string) =>
  Object.fromEntries((await sql<{ id: string; status: string }>(`SELECT "employeeId"::text AS id, status::text FROM "Enrolment" WHERE "batchId" = $1`, [batchId])).map((r) => [r.id, r.status]));

const auditCount = (batchId: string, action: string) =>
  sqlOne<{ n: number }>(
    `SELECT count(*)::int AS n FROM "AuditLog" WHERE action = $2 AND "entityId" IN (SELECT id::text FROM "Enrolment" WHERE "batchId" = $1)`,
    [batchId, action],
  ).then((r) => r.n);

// Each action answers in well under a second on a quiet machine; a shared, loaded one needs more patience.
const SLOW = { timeout: 30_000 };

const tick = (page: Page, scope: ReturnType<Page["getByRole"]>, name: string) => scope.filter({ hasText: name }).getByTestId("row-select").check();

test("a supervisor approves ticked registrations at once; one decided meanwhile is refused by name", async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now()}`;
  const staff = await sql<Person>(
    `SELECT e.id::text, e.name FROM "Employee" e WHERE e."supervisorId" = (SELECT id FROM "Employee" WHERE nip = $1)
       AND e.nip <> ALL($2::text[]) ORDER BY e.nip LIMIT 3`,
    [BAMBANG, DEMO_NIPS],
  );
  expect(staff).toHaveLength(3);
  const b = await batchOfOwn(stamp, 30);
  try {
    await enrol(b, staff, "PENDING_SUPERVISOR");
    await loginAsAccount(page, BAMBANG);
    await page.goto("/tim/persetujuan");
    const rows = page.getByTestId("pending-approvals").getByRole("listitem").filter({ hasText: b.title });
    await expect(rows).toHaveCount(3, SLOW);
    for (const p of staff) await tick(page, rows, p.name);
    const bar = page.getByTestId("bulk-bar");
    await expect(bar.getByTestId("bulk-count")).toHaveText("3 dipilih");

    // Meanwhile the third is decided elsewhere (another tab, another supervisor's session).
    await sql(`UPDATE "Enrolment" SET status = 'REJECTED', "rejectedReason" = 'Diputuskan di tab lain' WHERE "batchId" = $1 AND "employeeId" = $2`, [b.batchId, staff[2]!.id]);
    await bar.getByRole("button", { name: "Setujui terpilih (3)" }).click();
    await expect(bar.getByTestId("bulk-message")).toHaveText(new RegExp(`^2 disetujui, 1 ditolak sistem: [^:]*${staff[2]!.name}[^:]*: Pendaftaran ini sudah diputuskan\\.$`), SLOW);
    // The decided rows show their outcome in place; the refused one keeps its form and says why.
    await expect(rows.filter({ hasText: staff[0]!.name }).getByTestId("row-outcome")).toHaveText("Disetujui: diteruskan ke admin");
    await expect(rows.filter({ hasText: staff[2]!.name }).getByTestId("row-refused")).toHaveText("Pendaftaran ini sudah diputuskan.");
    await expect(bar.getByTestId("bulk-count")).toHaveText("0 dipilih");

    expect(await statusesIn(b.batchId)).toEqual({ [staff[0]!.id]: "PENDING_AGENCY", [staff[1]!.id]: "PENDING_AGENCY", [staff[2]!.id]: "REJECTED" });
    expect(await auditCount(b.batchId, "supervisor-approve")).toBe(2);

    // On reload the decided rows are gone from the waiting list: the page reads them fresh.
    await page.reload();
    await expect(page.getByTestId("pending-approvals").getByRole("listitem").filter({ hasText: b.title })).toHaveCount(0);
  } finally {
    await removeBatch(b);
  }
});

test("an admin seats ticked registrations until the batch is full, then rejects one with a required reason", async ({ page, loginAs }) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now()}`;
  const people = await sql<Person>(
    `SELECT e.id::text, e.name FROM "Employee" e WHERE e."agencyId" = (SELECT "agencyId" FROM "Employee" WHERE nip = $1)
       AND e.nip <> ALL($2::text[]) ORDER BY e.nip DESC LIMIT 4`,
    [BAMBANG, DEMO_NIPS],
  );
  const b = await batchOfOwn(stamp, 2);
  try {
    await enrol(b, people, "PENDING_AGENCY");
    await loginAs("ADMIN");
    await page.goto(`/admin/angkatan/${b.batchId}`);
    const bar = page.getByTestId("bulk-bar");
    const rows = page.getByTestId("enrolment-rows").getByRole("row");
    for (const p of people.slice(0, 3)) await tick(page, rows, p.name);
    await bar.getByRole("button", { name: "Setujui terpilih (3)" }).click();
    await expect(bar.getByTestId("bulk-message")).toHaveText("2 dikonfirmasi, 1 masuk daftar tunggu", SLOW);
    await expect(rows.filter({ hasText: people[0]!.name }).getByTestId("row-outcome")).toHaveText("Terkonfirmasi");
    await expect(rows.filter({ hasText: people[2]!.name }).getByTestId("row-outcome")).toHaveText("Daftar tunggu");

    // "Pilih semua" now ticks only the one still waiting; rejecting asks for a reason and a confirmation.
    await bar.getByTestId("select-all").check();
    await expect(bar.getByTestId("bulk-count")).toHaveText("1 dipilih");
    await bar.getByRole("button", { name: "Tolak terpilih (1)…" }).click();
    await expect(bar.getByRole("alert")).toHaveText("Tolak 1 pendaftaran terpilih? Alasan ini dikirim ke setiap pegawai.");
    await bar.getByRole("button", { name: "Ya, tolak 1" }).click();
    await expect(bar.getByText("Tuliskan alasan penolakan (minimal 5 karakter).")).toBeVisible();
    expect((await statusesIn(b.batchId))[people[3]!.id]).toBe("PENDING_AGENCY");
    await bar.getByLabel("Alasan penolakan").fill("Kuota OPD sudah penuh");
    await bar.getByRole("button", { name: "Ya, tolak 1" }).click();
    await expect(bar.getByTestId("bulk-message")).toHaveText("1 ditolak", SLOW);

    expect(await statusesIn(b.batchId)).toEqual({
      [people[0]!.id]: "CONFIRMED", [people[1]!.id]: "CONFIRMED", [people[2]!.id]: "WAITLISTED", [people[3]!.id]: "REJECTED",
    });
    expect((await sqlOne<{ n: number }>(`SELECT "confirmedCount" AS n FROM "Batch" WHERE id = $1`, [b.batchId])).n).toBe(2);
    expect(await auditCount(b.batchId, "agency-confirmed")).toBe(2);
    expect(await auditCount(b.batchId, "agency-waitlisted")).toBe(1);
    expect(await auditCount(b.batchId, "agency-rejected")).toBe(1);
  } finally {
    await removeBatch(b);
  }
});

test("an operator verifies ticked external submissions at once, each credited once", async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now()}`;
  const rina = await sqlOne<{ id: string; agencyId: string }>(`SELECT id::text, "agencyId"::text FROM "Employee" WHERE nip = $1`, [account("ASN").login]);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
  const ids = [randomUUID(), randomUUID()];
  for (const [i, id] of ids.entries()) {
    await sql(
      `INSERT INTO "ExternalTraining" (id, "agencyId", "employeeId", title, organiser, "routeCode", "startDate", "endDate", minutes,
         "certificateNumber", "fileKey", "fileName", "fileType", "fileSize", "fileSha256", "submittedAt")
       VALUES ($1, $2, $3, $4, 'LAN RI', 'KL10', $5::date, $5::date, 45, $6, $7, 'sertifikat.pdf', 'application/pdf', 10, $8, now())`,
      [id, rina.agencyId, rina.id, `Webinar Massal ${stamp} ${i + 1}`, today, `MASSAL/${stamp}/${i + 1}`, `uji/${id}.pdf`, "0".repeat(64)],
    );
  }
  const year = Number(today.slice(0, 4));
  const closed = await sql(`SELECT 1 FROM "YearClose" WHERE year = $1 AND "agencyId" = $2`, [year, rina.agencyId]);
  test.skip(closed.length > 0, "the current year is closed: bulk verification refuses it (covered by the integration test)");

  await loginAsAccount(page, account("OPERATOR").login);
  await page.goto(`/admin/verifikasi?q=${encodeURIComponent(`Webinar Massal ${stamp}`)}`);
  const bar = page.getByTestId("bulk-bar");
  await bar.getByTestId("select-all").check();
  await expect(bar.getByTestId("bulk-count")).toHaveText("2 dipilih");
  await bar.getByRole("button", { name: "Verifikasi terpilih (2)…" }).click();
  await bar.getByRole("button", { name: "Ya, verifikasi 2" }).click();
  await expect(bar.getByTestId("bulk-message")).toHaveText("2 diverifikasi", SLOW);
  await expect(page.getByTestId("queue-row").getByTestId("row-outcome")).toHaveText(["Terverifikasi", "Terverifikasi"]);

  const ledger = await sql<{ minutes: number }>(`SELECT minutes FROM "LedgerEntry" WHERE "externalTrainingId" = ANY($1::uuid[])`, [ids]);
  expect(ledger.map((l) => l.minutes)).toEqual([45, 45]);
  const audit = await sqlOne<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'verify' AND "entityId" = ANY($1::text[])`, [ids]);
  expect(audit.n).toBe(2);
});
