// Cross-user access: the proxy only redirects signed-out visitors; pages and actions refuse the rest.
import { expect, serverActionId, sql, test } from "./fixtures";

test.describe("an ASN reaching for admin powers", () => {
  test("opening the admin pages is refused with 403", async ({ page, loginAs }) => {
    await loginAs("ASN");
    for (const url of ["/admin", "/admin/pegawai", "/tim", "/mengajar"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(403);
      await expect(page.getByTestId("forbidden")).toContainText("Akses ditolak");
    }
  });

  test("opening another employee's record is refused", async ({ page, loginAs }) => {
    await loginAs("OPERATOR");
    const [outside] = await sql<{ id: string }>(
      `SELECT e.id FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId" WHERE u.code = 'BKPP-DIKLAT' LIMIT 1`,
    );
    const response = await page.goto(`/admin/pegawai/${outside!.id}`);
    expect(response?.status()).toBe(404);
  });

  test("calling the change-supervisor action directly is refused and changes nothing", async ({ page, loginAs }) => {
    await loginAs("ASN");
    const [me] = await sql<{ id: string; supervisorId: string }>(`SELECT id, "supervisorId" FROM "Employee" WHERE nip = '199203152019032001'`);
    const [other] = await sql<{ id: string; nip: string }>(`SELECT id, nip FROM "Employee" WHERE nip <> '199203152019032001' ORDER BY nip LIMIT 1`);
    // Other specs run in parallel and write audit rows of their own (also supervisor changes of this ASN, by the
    // admin): count only what this action could write, a supervisor change made by this ASN.
    const supervisorAudit = () =>
      sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM "AuditLog" a JOIN "User" u ON u.id = a."actorUserId" JOIN "Employee" e ON e.id = u."employeeId"
         WHERE a.entity = 'Employee.supervisor' AND e.nip = '199203152019032001'`,
      );
    const auditBefore = await supervisorAudit();

    const response = await page.request.post(`/admin/pegawai/${me!.id}`, {
      headers: {
        "Next-Action": serverActionId("lib/people/actions.ts", "changeSupervisorAction"),
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: new URL(page.url()).origin,
      },
      data: JSON.stringify([{ ok: false }, { employeeId: me!.id, supervisorNip: other!.nip }]),
    });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Anda tidak berwenang melakukan tindakan ini.");

    const [after] = await sql<{ supervisorId: string }>(`SELECT "supervisorId" FROM "Employee" WHERE id = $1`, [me!.id]);
    expect(after!.supervisorId).toBe(me!.supervisorId);
    expect(await supervisorAudit()).toEqual(auditBefore);
  });

  test("a signed-out request to the action is refused too", async ({ request }) => {
    const [me] = await sql<{ id: string }>(`SELECT id FROM "Employee" WHERE nip = '199203152019032001'`);
    const response = await request.post(`/admin/pegawai/${me!.id}`, {
      headers: { "Next-Action": serverActionId("lib/people/actions.ts", "changeSupervisorAction"), "Content-Type": "text/plain;charset=UTF-8", Origin: new URL(test.info().project.use.baseURL!).origin },
      data: JSON.stringify([{ ok: false }, { employeeId: me!.id, supervisorNip: "" }]),
      maxRedirects: 0,
    });
    expect([302, 303, 307]).toContain(response.status());
    const [after] = await sql<{ supervisorId: string | null }>(`SELECT "supervisorId" FROM "Employee" WHERE id = $1`, [me!.id]);
    expect(after!.supervisorId).not.toBeNull();
  });
});
