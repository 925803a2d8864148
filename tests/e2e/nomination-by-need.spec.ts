// Nomination by need (issue 14 item 5): the admin opens a batch's "Calon" list, sees the reasons (gap in the
// program's competency, trainings this year, JP shortfall), ticks the first two and enrols them with the existing
// command (one audit row each). The spec writes its own program, batch and assessment results, and afterwards
// removes the batch and withdraws the results (they are append-only).
import { randomUUID } from "node:crypto";
import { account, expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("the admin ranks a batch's candidates by need and nominates the first two", async ({ page }) => {
  const asn = await sqlOne<{ agencyId: string; unitId: string }>(
    `SELECT e."agencyId"::text AS "agencyId", o.id::text AS "unitId" FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId"
       JOIN "OrgUnit" o ON o.id::text = split_part(u.path, '/', 2) WHERE e.nip = $1`, [account("ASN").login]);
  // In the demo ASN's OPD: a competency at least two people are required to hold at level 2 or more, and two of them.
  const inOpd = `FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId" JOIN position_standard_on($1::uuid, current_date) s ON s.position_id = e."positionId"
      WHERE u.path LIKE '/' || $2 || '/%' AND e."serviceEndDate" IS NULL`;
  const [need] = await sql<{ competencyId: string; code: string; level: number }>(
    `SELECT s.competency_id::text AS "competencyId", c.code, s.required_level AS level
       ${inOpd.replace("WHERE", `JOIN "Competency" c ON c.id = s.competency_id WHERE`)} AND s.required_level >= 2
      GROUP BY s.competency_id, c.code, s.required_level HAVING count(*) >= 2 ORDER BY level DESC, c.code LIMIT 1`, [asn.agencyId, asn.unitId]);
  test.skip(!need, "the demo standards give this OPD no competency at level 2 or more");
  const people = await sql<{ id: string; name: string }>(
    `SELECT e.id::text AS id, e.name ${inOpd} AND s.competency_id = $3::uuid AND s.required_level = $4 ORDER BY e.nip LIMIT 2`,
    [asn.agencyId, asn.unitId, need!.competencyId, need!.level]);
  expect(people).toHaveLength(2);

  const programId = randomUUID();
  const batchId = randomUUID();
  const title = `Pelatihan Menurut Kebutuhan ${randomUUID().slice(0, 6)}`;
  await sql(
    `INSERT INTO "Program" (id, "agencyId", title, description, objectives, "routeCode", organiser, "eligibleTypes", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, '', '', 'KL10', 'BKPP Kota Semarang', '{}', now(), now())`, [programId, asn.agencyId, title]);
  await sql(`INSERT INTO "ProgramEligibleUnit" ("agencyId", "programId", "unitId") VALUES ($1, $2, $3)`, [asn.agencyId, programId, asn.unitId]);
  await sql(`INSERT INTO "ProgramCompetency" ("agencyId", "programId", "competencyId", "targetLevel") VALUES ($1, $2, $3, $4)`,
    [asn.agencyId, programId, need!.competencyId, need!.level]);
  await sql(
    `INSERT INTO "Batch" (id, "agencyId", "programId", number, "startDate", "endDate", capacity, status, "confirmedCount",
       "registrationOpensAt", "registrationClosesAt", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, 1, $4::date, $4::date, 30, 'OPEN', 0, now() - interval '1 day', now() + interval '20 days', now(), now())`,
    [batchId, asn.agencyId, programId, day(40)]);
  // The second person lacks more than the first: level 1 against the first's level 2 (when 2 is still below the standard).
  const levels = need!.level >= 3 ? [2, 1] : [1, 1];
  const resultIds: string[] = [];
  for (const [i, p] of people.entries()) {
    const id = randomUUID();
    resultIds.push(id);
    await sql(
      `INSERT INTO "CompetencyAssessment" (id, "agencyId", "employeeId", "competencyId", level, "assessedOn", source, "assessorName")
       VALUES ($1, $2, $3, $4, $5, current_date - 30, 'ASSESSMENT_CENTRE', 'UPT Asesmen Uji')`, [id, asn.agencyId, p.id, need!.competencyId, levels[i]]);
  }

  try {
    await loginAsAccount(page, account("ADMIN").login);
    await page.goto(`/admin/angkatan/${batchId}`);
    await page.getByTestId("need-candidates-link").click();
    await expect(page.getByRole("heading", { level: 1, name: "Calon peserta menurut kebutuhan" })).toBeVisible();
    const rows = page.getByTestId("candidate-row");
    // Both people with a known gap come first (the larger gap on top when they differ), each with its three reasons.
    const firstTwo = [await rows.nth(0).innerText(), await rows.nth(1).innerText()];
    for (const [i, p] of people.entries()) {
      const at = firstTwo.findIndex((text) => text.includes(p.name));
      expect(at, `${p.name} is among the first two`).toBeGreaterThanOrEqual(0);
      if (levels[0] !== levels[1]) expect(at).toBe(i === 1 ? 0 : 1);
      const reasons = rows.nth(at).getByTestId("candidate-reasons");
      await expect(reasons).toContainText(`Selisih ${need!.level - levels[i]!} pada ${need!.code}`);
      await expect(reasons).toContainText(/\d+ pelatihan tahun ini/);
      await expect(reasons).toContainText(/kurang [\d,.]+ JP|target JP terpenuhi/);
    }
    await rows.nth(0).getByTestId("row-select").check();
    await rows.nth(1).getByTestId("row-select").check();
    await page.getByRole("button", { name: "Calonkan terpilih (2)" }).click();
    await expect(page.getByTestId("bulk-message")).toBeVisible();
    await expect(rows.nth(0).getByTestId("row-outcome")).toBeVisible();
    await expect(rows.nth(1).getByTestId("row-outcome")).toBeVisible();

    const enrolled = await sql<{ employeeId: string; status: string; origin: string }>(
      `SELECT "employeeId"::text AS "employeeId", status::text, origin::text FROM "Enrolment" WHERE "batchId" = $1 ORDER BY "employeeId"`, [batchId]);
    expect(enrolled.map((e) => e.employeeId).sort()).toEqual(people.map((p) => p.id).sort());
    expect(enrolled.every((e) => e.status === "CONFIRMED" && e.origin === "ADMIN")).toBe(true);
    const audits = await sqlOne<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'enrol-directly' AND "entityId" IN (SELECT id::text FROM "Enrolment" WHERE "batchId" = $1)`, [batchId]);
    expect(audits.n).toBe(2);

    // For the eyes (test-results/…): the list on a phone, and the training-needs page at both widths.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.screenshot({ path: test.info().outputPath("calon-390.png"), fullPage: true });
    await page.goto("/admin/kebutuhan-pelatihan");
    await expect(page.getByRole("heading", { level: 1, name: "Kebutuhan pelatihan" })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("kebutuhan-390.png"), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: test.info().outputPath("kebutuhan-1366.png"), fullPage: true });
  } finally {
    const admin = await sqlOne<{ id: string }>(`SELECT id::text AS id FROM "User" WHERE email = $1`, [account("ADMIN").login]);
    await sql(
      `UPDATE "CompetencyAssessment" SET "withdrawnAt" = now(), "withdrawnById" = $2, "withdrawnReason" = 'Data uji e2e' WHERE id = ANY($1::uuid[])`,
      [resultIds, admin.id]);
    await sql(`DELETE FROM "Notification" WHERE link LIKE $1`, [`%${batchId}%`]);
    await sql(`DELETE FROM "Enrolment" WHERE "batchId" = $1`, [batchId]);
    await sql(`DELETE FROM "Batch" WHERE id = $1`, [batchId]);
    await sql(`DELETE FROM "Program" WHERE id = $1`, [programId]);
  }
});
