// Issue 14, the gap analysis in Chromium: the supervisor sees their team heatmap and nobody else's staff (the page,
// and the admin drill-down URL of another unit, are refused); the admin goes from a cell of the organisation
// heatmap to the people behind it and on to one person's competency tab. Results are written here for the demo
// ASN and withdrawn again afterwards (results are append-only: a withdrawn one no longer counts).
import { account, expect as baseExpect, sql, sqlOne, test } from "./fixtures";

const expect = baseExpect.configure({ timeout: 60_000 });
const REASON = "e2e competency-heatmap: dihapus setelah uji";

type Line = { employeeId: string; name: string; competencyId: string; code: string; requiredLevel: number; opdId: string };

/** The demo ASN's first standard line (by code), with her OPD: what the admin's heatmap cell will hold. */
async function rinaLine(): Promise<Line> {
  return sqlOne<Line>(
    `SELECT e.id AS "employeeId", e.name, pc."competencyId" AS "competencyId", c.code, pc."requiredLevel" AS "requiredLevel",
            split_part(u.path, '/', 2) AS "opdId"
       FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId"
       JOIN LATERAL (SELECT id FROM "PositionStandardVersion" v WHERE v."positionId" = e."positionId" AND v."effectiveFrom" <= current_date
                     ORDER BY v."effectiveFrom" DESC LIMIT 1) v ON true
       JOIN "PositionCompetency" pc ON pc."versionId" = v.id JOIN "Competency" c ON c.id = pc."competencyId"
      WHERE e.nip = $1 AND pc."requiredLevel" >= 2 ORDER BY c.code LIMIT 1`,
    [account("ASN").login],
  );
}

test.describe("competency heatmap", () => {
  test.describe.configure({ timeout: 180_000 });
  let line: Line;
  let resultId: string;

  test.beforeAll(async () => {
    line = await rinaLine();
    // An assessment-centre result one level below the required one, dated today: a gap of 1 for the demo ASN.
    const [row] = await sql<{ id: string }>(
      `INSERT INTO "CompetencyAssessment"(id, "agencyId", "employeeId", "competencyId", level, "assessedOn", source, "assessorName", "documentNumber")
       SELECT gen_random_uuid(), e."agencyId", e.id, $2::uuid, $3, current_date, 'ASSESSMENT_CENTRE', 'UPT Assessment Centre (uji e2e)', 'E2E/AC/1'
         FROM "Employee" e WHERE e.id = $1::uuid RETURNING id::text`,
      [line.employeeId, line.competencyId, line.requiredLevel - 1],
    );
    resultId = row!.id;
  });

  test.afterAll(async () => {
    const [admin] = await sql<{ id: string }>(`SELECT id::text FROM "User" WHERE email = $1`, [account("ADMIN").login]);
    await sql(`UPDATE "CompetencyAssessment" SET "withdrawnAt" = now(), "withdrawnById" = $2::uuid, "withdrawnReason" = $3 WHERE id = $1::uuid`, [resultId, admin!.id, REASON]);
  });

  test("the supervisor sees their team heatmap, and neither another team's member nor the admin drill-down", async ({ page, loginAs }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await loginAs("SUPERVISOR");
    await page.goto("/tim/kompetensi");
    const heatmap = page.getByTestId("team-heatmap");
    await expect(heatmap).toBeVisible();
    const row = page.getByTestId("team-heatmap-row").filter({ hasText: line.name });
    await expect(row).toHaveCount(1);
    // Her cell reads current/required with the gap; the page itself never scrolls sideways at 390 px.
    await expect(row.getByTestId("team-heatmap-cell").filter({ hasText: `${line.requiredLevel - 1}/${line.requiredLevel}` }).first()).toContainText("−1");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Somebody of another unit, not on this supervisor's team: absent from the heatmap.
    const supervisor = await sqlOne<{ id: string; unitId: string }>(`SELECT id::text, "unitId"::text AS "unitId" FROM "Employee" WHERE nip = $1`, [account("SUPERVISOR").login]);
    const stranger = await sqlOne<{ name: string; unitId: string }>(
      `WITH RECURSIVE team AS (SELECT id FROM "Employee" WHERE "supervisorId" = $2::uuid
                               UNION SELECT e.id FROM "Employee" e JOIN team t ON e."supervisorId" = t.id)
       SELECT e.name, e."unitId"::text AS "unitId" FROM "Employee" e
        WHERE e."unitId" <> $1::uuid AND e.id <> $2::uuid AND e.id NOT IN (SELECT id FROM team) ORDER BY e.nip LIMIT 1`,
      [supervisor.unitId, supervisor.id],
    );
    await expect(page.getByTestId("team-heatmap-row").filter({ hasText: stranger.name })).toHaveCount(0);

    // The admin's pages, including the drill-down of another unit, are refused.
    for (const url of ["/admin/kompetensi", `/admin/kompetensi/peta/${stranger.unitId}/${line.competencyId}`, "/admin/kompetensi/jabatan"]) {
      const response = await page.goto(url);
      expect([403, 404], url).toContain(response!.status());
      await expect(page.getByTestId("cell-person")).toHaveCount(0);
    }
  });

  test("the admin drills down from a heatmap cell to the person", async ({ page, loginAs }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await loginAs("ADMIN");
    await page.goto("/admin/kompetensi");
    await expect(page.getByTestId("org-heatmap")).toBeVisible();
    await expect(page.getByTestId("heatmap-legend")).toBeVisible();
    const cell = page.locator(`a[href="/admin/kompetensi/peta/${line.opdId}/${line.competencyId}"]`);
    await expect(cell).toHaveAttribute("aria-label", new RegExp(`${line.code}: [1-9]\\d* ASN dengan kesenjangan`));
    await cell.click();
    await expect(page).toHaveURL(new RegExp(`/admin/kompetensi/peta/${line.opdId}/${line.competencyId}$`));
    await page.getByRole("searchbox").fill(line.name);
    await page.getByRole("button", { name: "Cari" }).click();
    const person = page.getByTestId("cell-person").filter({ hasText: line.name });
    await expect(person).toHaveCount(1);
    await expect(person).toContainText(String(line.requiredLevel - 1));
    await expect(person).toContainText("Assessment centre");
    await person.getByRole("link", { name: new RegExp(line.name) }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/pegawai/${line.employeeId}\\?tab=kompetensi$`));
  });
});
