// Decision 0044: a command with `transaction: "sql"` runs on a pg client of Prisma's pool. It must read the same
// values as Prisma's $queryRaw, write dates the same way whatever the session's time zone, commit or roll back as a
// whole, give up at its time limit, and pass through the same pipeline (audit row, unique-violation message).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineCommand, executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { leanDb, runSqlTransaction } from "@/lib/sql-transaction";
import { buildWorld, refusal } from "./world";

const EVERY_TYPE = Prisma.sql`SELECT
  '2026-03-01 07:08:09.123'::timestamp AS "timestamp", '2026-03-01 07:08:09.123+07'::timestamptz AS "timestamptz",
  '2026-03-01'::date AS "date", 9007199254740993::int8 AS "int8", 12.50::numeric AS "numeric", 7::int4 AS "int4",
  true AS "bool", 'Jalan Pemuda'::text AS "text", '01a24bd0-7753-759c-a51a-f0a2a9eea169'::uuid AS "uuid",
  '{"a": [1, "2026-03-01"]}'::jsonb AS "jsonb", json_build_object('seats', 3) AS "json",
  ARRAY['x', 'y z']::text[] AS "textArray", ARRAY['2026-03-01 00:00:01'::timestamp] AS "timestampArray",
  ARRAY['2026-03-01'::date, NULL] AS "dateArray", ARRAY[1::int8, 2] AS "int8Array", ARRAY[1.5::numeric] AS "numericArray",
  NULL::timestamp AS "nullTimestamp", NULL::int8 AS "nullInt8"`;

describe("a lean transaction reads what Prisma's $queryRaw reads", () => {
  // In UTC, the driver's local-time readings would agree with Prisma's by chance; the agencies are seven hours east.
  const zone = process.env.TZ;
  beforeAll(() => { process.env.TZ = "Asia/Jakarta"; });
  afterAll(() => { if (zone === undefined) delete process.env.TZ; else process.env.TZ = zone; });

  it("gives the same value for every type the hand-written statements return", async () => {
    const [prisma] = await db.$queryRaw<Record<string, unknown>[]>(EVERY_TYPE);
    const [lean] = await runSqlTransaction((tx) => tx.$queryRaw<Record<string, unknown>[]>(EVERY_TYPE), 5_000);
    expect(Object.keys(lean!)).toEqual(Object.keys(prisma!));
    for (const key of Object.keys(prisma!)) expect(lean![key], key).toEqual(prisma![key]);
    // The same outside a transaction (the viewer's load on every request), prepared or not.
    expect(await leanDb().$queryRaw(EVERY_TYPE)).toEqual([prisma]);
    expect(await leanDb().$queryPrepared(EVERY_TYPE)).toEqual([prisma]);
    expect(lean!.timestamp).toEqual(new Date("2026-03-01T07:08:09.123Z"));
    expect(lean!.int8).toBe(9007199254740993n);
    expect(String(lean!.numeric)).toBe("12.5");
  });

  it("writes a Date parameter as its UTC clock reading, even in a session set to Jakarta's time zone", async () => {
    const when = new Date("2026-07-15T23:30:00.000Z");
    const [row] = await runSqlTransaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL TIME ZONE 'Asia/Jakarta'`;
      return tx.$queryRaw<{ at: Date; text: string }[]>`SELECT ${when}::timestamp AS at, ${when}::timestamp::text AS text`;
    }, 5_000);
    expect(row!.text).toBe("2026-07-15 23:30:00");
    expect(row!.at).toEqual(when);
  });
});

describe("a lean transaction is all or nothing", () => {
  it("commits what the work wrote when it returns, and nothing when it throws", async () => {
    const w = await buildWorld();
    const rename = (name: string, fail: boolean) => runSqlTransaction(async (tx) => {
      await tx.$executeRaw`UPDATE "Agency" SET name = ${name} WHERE id = ${w.agencyA.id}::uuid`;
      if (fail) throw new Error("gagal di tengah");
    }, 5_000);
    await rename("Badan Kepegawaian Uji Coba", false);
    await expect(rename("Tidak boleh tersimpan", true)).rejects.toThrow("gagal di tengah");
    expect((await db.agency.findUniqueOrThrow({ where: { id: w.agencyA.id } })).name).toBe("Badan Kepegawaian Uji Coba");
  });

  it("closes a connection that died mid-transaction instead of handing it to the next one", async () => {
    const killed = runSqlTransaction(async (tx) => {
      await tx.$queryRaw`SELECT pg_terminate_backend(pg_backend_pid())`;
    }, 5_000);
    await expect(killed).rejects.toThrow();
    for (let i = 0; i < 12; i++) {
      expect(await runSqlTransaction((tx) => tx.$queryRaw<{ n: number }[]>`SELECT ${i}::int AS n`, 5_000)).toEqual([{ n: i }]);
    }
  });

  it("gives up at its time limit, rolls back, and leaves the pool usable", async () => {
    const w = await buildWorld();
    const before = (await db.agency.findUniqueOrThrow({ where: { id: w.agencyA.id } })).name;
    const slow = runSqlTransaction(async (tx) => {
      await tx.$executeRaw`UPDATE "Agency" SET name = 'Terlambat' WHERE id = ${w.agencyA.id}::uuid`;
      await tx.$queryRaw`SELECT pg_sleep(2)`;
    }, 300);
    await expect(slow).rejects.toThrow(/expired after 300 ms/);
    expect((await db.agency.findUniqueOrThrow({ where: { id: w.agencyA.id } })).name).toBe(before);
    expect(await runSqlTransaction((tx) => tx.$queryRaw<{ n: number }[]>`SELECT 1::int AS n`, 5_000)).toEqual([{ n: 1 }]);
  });
});

describe("a command with transaction: \"sql\" goes through the same pipeline", () => {
  const renameUnit = defineCommand({
    name: "test.renameUnitLean",
    permission: "manage:organisation",
    schema: z.object({ code: z.string(), audit: z.boolean() }),
    transaction: "sql",
    uniqueViolation: "organisation.codeTaken",
    async run({ viewer, input, tx, audit }) {
      const [unit] = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "OrgUnit" SET code = ${input.code} WHERE id = (SELECT id FROM "OrgUnit" WHERE "agencyId" = ${viewer.agencyId}::uuid ORDER BY path DESC LIMIT 1)
        RETURNING id::text`;
      if (input.audit) await audit({ action: "rename-code", entity: "OrgUnit", entityId: unit!.id, after: { code: input.code, at: new Date("2026-01-02T03:04:05Z") } });
      return unit!.id;
    },
  });

  it("writes its audit row with the change, and refuses to commit a change without one", async () => {
    const w = await buildWorld();
    const admin = await w.viewer(w.users.admin);
    const started = Date.now();
    const unitId = await executeCommand(renameUnit, admin, { code: "UJI-LEAN-1", audit: true });
    const row = await db.auditLog.findFirstOrThrow({ where: { entityId: unitId, action: "rename-code" } });
    expect(row).toMatchObject({ agencyId: w.agencyA.id, actorUserId: w.users.admin.id, entity: "OrgUnit", before: null, after: { code: "UJI-LEAN-1", at: "2026-01-02T03:04:05.000Z" } });
    expect(Math.abs(row.createdAt.getTime() - started)).toBeLessThan(60_000);

    await expect(executeCommand(renameUnit, admin, { code: "UJI-LEAN-2", audit: false })).rejects.toThrow(/without an audit row/);
    expect(await db.orgUnit.count({ where: { code: "UJI-LEAN-2" } })).toBe(0);
  });

  it("turns pg's unique violation into the command's message", async () => {
    const w = await buildWorld();
    const admin = await w.viewer(w.users.admin);
    const taken = await db.orgUnit.findFirstOrThrow({ where: { agencyId: w.agencyA.id }, orderBy: { path: "asc" } });
    const error = await refusal(executeCommand(renameUnit, admin, { code: taken.code, audit: true }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("organisation.codeTaken");
  });
});

describe("a prepared read", () => {
  it("is kept prepared on its connection, so PostgreSQL need not plan it again", async () => {
    const own = Prisma.sql`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE ${"%" + "prepared-read-" + "marker%"} /* prepared-read-marker */`;
    expect(await leanDb().$queryRaw(own)).toEqual([{ n: 0 }]);
    expect(await leanDb().$queryPrepared(own)).toEqual([{ n: 1 }]);
    // Another text is another statement, never the first one's plan.
    expect(await leanDb().$queryPrepared(Prisma.sql`SELECT ${2}::int AS two /* prepared-read-other */`)).toEqual([{ two: 2 }]);
  });
});

