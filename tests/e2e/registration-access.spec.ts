// Cross-user access to registrations: hand-made calls of the actions and direct URLs are refused.
import { callAction, expect, sqlOne, test } from "./fixtures";

// A registration of someone who is neither the demo ASN nor on the demo supervisor's team.
const foreign = () =>
  sqlOne<{ id: string; status: string; batchId: string }>(
    `SELECT e.id, e.status, e."batchId" FROM "Enrolment" e JOIN "Employee" p ON p.id = e."employeeId"
     WHERE e.status = 'PENDING_AGENCY' AND p.nip <> '199203152019032001'
       AND p."supervisorId" <> (SELECT id FROM "Employee" WHERE nip = '197808222005011003') LIMIT 1`,
  );

test("an ASN cannot withdraw another ASN's registration by calling the action", async ({ page, loginAs }) => {
  const target = await foreign();
  await loginAs("ASN");
  const body = await callAction(page, "/pelatihan/saya", "lib/enrolment/actions.ts", "withdrawAction", {
    enrolmentId: target.id,
    reason: "Bukan pendaftaran saya",
  });
  expect(body).toContain("Data tidak ditemukan atau di luar wewenang Anda.");
  expect((await sqlOne<{ status: string }>(`SELECT status FROM "Enrolment" WHERE id = $1`, [target.id])).status).toBe(target.status);
});

test("a supervisor cannot approve someone outside their staff, through the action or the page", async ({ page, loginAs }) => {
  const target = await sqlOne<{ id: string; name: string }>(
    `SELECT e.id, p.name FROM "Enrolment" e JOIN "Employee" p ON p.id = e."employeeId"
     WHERE e.status = 'PENDING_SUPERVISOR' AND p."supervisorId" <> (SELECT id FROM "Employee" WHERE nip = '197808222005011003') LIMIT 1`,
  ).catch(async () => {
    // every seeded pending registration may belong to the demo team: then use a pending-agency one
    return sqlOne<{ id: string; name: string }>(`SELECT e.id, p.name FROM "Enrolment" e JOIN "Employee" p ON p.id = e."employeeId" WHERE e.status = 'PENDING_AGENCY' LIMIT 1`);
  });
  await loginAs("SUPERVISOR");
  await page.goto("/tim/persetujuan");
  await expect(page.getByRole("listitem").filter({ hasText: target.name })).toHaveCount(0);
  const before = await sqlOne<{ status: string }>(`SELECT status FROM "Enrolment" WHERE id = $1`, [target.id]);
  const body = await callAction(page, "/tim/persetujuan", "lib/enrolment/supervisor-actions.ts", "decideAsSupervisorAction", {
    enrolmentId: target.id,
    approve: "true",
    note: "",
  });
  expect(body).toMatch(/Data tidak ditemukan atau di luar wewenang Anda\.|Pendaftaran ini sudah diputuskan\./);
  expect((await sqlOne<{ status: string }>(`SELECT status FROM "Enrolment" WHERE id = $1`, [target.id])).status).toBe(before.status);
});

test("the calendar of a batch is served only to its confirmed participants", async ({ page, loginAs }) => {
  const confirmed = await sqlOne<{ batchId: string }>(`SELECT "batchId" FROM "Enrolment" WHERE status = 'CONFIRMED' LIMIT 1`);
  await loginAs("ASN");
  const response = await page.request.get(`/api/angkatan/${confirmed.batchId}/ics`);
  expect(response.status()).toBe(404);
});
