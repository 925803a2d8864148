// Anonymous answers waiting for release are sealed with their own key (decision 0014): rotating AUTH_SECRET
// loses nothing, a rotated sealing key stays readable as an old key until the sheets are resealed, and sheets
// sealed before 0014 (with the AUTH_SECRET-derived key, no keyId) still open and move to the current key.
import { createCipheriv, randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { submitReaction } from "@/lib/reaction/answer-commands";
import { inviteSheet } from "@/lib/reaction/queries";
import { resealWaitingSheets } from "@/lib/reaction/reseal";
import { unseal } from "@/lib/reaction/seal";
import { createQuestionSet } from "@/lib/reaction/set-commands";
import { legacySealingKey, sealingKeyId } from "@/lib/reaction/sealing-keys";
import { attendAndClose } from "../factories/demo-batches";
import { openBatch } from "./training-world";
import { buildWorld, type World } from "./world";

const KEY_A = randomBytes(32).toString("base64");
const KEY_B = randomBytes(32).toString("base64");
const idOf = (key: string) => sealingKeyId(Buffer.from(key, "base64"));
const saved = { AUTH_SECRET: process.env.AUTH_SECRET, BANGKOM_SEALING_KEY: process.env.BANGKOM_SEALING_KEY, BANGKOM_SEALING_KEYS_OLD: process.env.BANGKOM_SEALING_KEYS_OLD };

function configure(settings: { authSecret?: string; current: string; old?: string[] }) {
  process.env.AUTH_SECRET = settings.authSecret ?? saved.AUTH_SECRET;
  process.env.BANGKOM_SEALING_KEY = settings.current;
  process.env.BANGKOM_SEALING_KEYS_OLD = (settings.old ?? []).join(",");
}

let w: World;
let batchId: string;
beforeEach(async () => {
  configure({ current: KEY_A });
  w = await buildWorld();
  const admin = await w.viewer(w.users.admin);
  await executeCommand(createQuestionSet, admin, { name: "Evaluasi uji", anonymous: true, active: true, questions: [{ aspect: "MATERIAL", text: "Materi jelas." }, { aspect: "FACILITIES", text: "Sarana memadai." }] });
  ({ batchId } = await openBatch(admin));
  await attendAndClose(admin, batchId, [w.people.staff1.id, w.people.head.id, w.people.kabid.id]);
});
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

async function answer(person: "staff1" | "head" | "kabid", rating: number) {
  const viewer: Viewer = await w.viewer(w.users[person]);
  const invite = await db.reactionInvite.findFirstOrThrow({ where: { enrolment: { employeeId: w.people[person].id } } });
  const sheet = (await inviteSheet(viewer, invite.id))!;
  await executeCommand(submitReaction, viewer, { inviteId: invite.id, answers: Object.fromEntries(sheet.items.map((i) => [i.key, { rating }])) });
}

const waiting = () => db.reactionSealed.findMany({ where: { batchId } });
const releasedRatings = async () => (await db.reactionAnswer.findMany({ where: { response: { batchId } }, select: { rating: true } })).map((a) => a.rating).sort();

describe("the sealing key", () => {
  it("is not AUTH_SECRET: sheets sealed before a change of AUTH_SECRET are released after it", async () => {
    await answer("staff1", 1);
    await answer("head", 2);
    expect((await waiting()).map((r) => r.keyId)).toEqual([idOf(KEY_A), idOf(KEY_A)]);

    configure({ authSecret: "a-brand-new-auth-secret-after-rotation-0000", current: KEY_A });
    await answer("kabid", 3);
    expect(await waiting()).toHaveLength(0);
    expect(await releasedRatings()).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it("rotates: the old key stays readable through BANGKOM_SEALING_KEYS_OLD, reseal moves the sheets, then it can go", async () => {
    await answer("staff1", 1);
    await answer("head", 2);

    configure({ current: KEY_B }); // the old key forgotten too early: nothing opens, nothing is lost
    expect((await waiting()).map((r) => unseal(r.answers))).toEqual([null, null]);
    expect(await resealWaitingSheets()).toEqual({ resealed: 0, unreadable: 2 });

    configure({ current: KEY_B, old: [KEY_A] });
    expect(await resealWaitingSheets()).toEqual({ resealed: 2, unreadable: 0 });
    const moved = await waiting();
    expect(moved.map((r) => [r.keyId, (r.answers as { kid: string }).kid])).toEqual([[idOf(KEY_B), idOf(KEY_B)], [idOf(KEY_B), idOf(KEY_B)]]);
    expect(await resealWaitingSheets()).toEqual({ resealed: 0, unreadable: 0 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "reaction.reseal", entityId: batchId } });
    expect(audit.after).toEqual({ sheets: 2, keyId: idOf(KEY_B) });

    configure({ current: KEY_B, authSecret: "another-auth-secret-another-auth-secret-00" }); // old key dropped
    await answer("kabid", 3);
    expect(await releasedRatings()).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it("opens sheets sealed before decision 0014 (AUTH_SECRET-derived key, no keyId) and reseals them", async () => {
    await answer("staff1", 4);
    await answer("head", 5);
    // Rewrite them as the code before 0014 stored them: { v: 1 } under HKDF(AUTH_SECRET), keyId NULL.
    const legacy = legacySealingKey(process.env.AUTH_SECRET!);
    for (const row of await waiting()) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", legacy.key, iv);
      const data = Buffer.concat([cipher.update(JSON.stringify(unseal(row.answers)), "utf8"), cipher.final()]);
      const answers = { v: 1, iv: iv.toString("base64"), tag: cipher.getAuthTag().toString("base64"), data: data.toString("base64") };
      await db.reactionSealed.update({ where: { id: row.id }, data: { answers, keyId: null } });
    }
    configure({ current: KEY_B }); // a new sealing key; AUTH_SECRET unchanged, so the legacy key is still known
    expect((await waiting()).every((r) => Array.isArray(unseal(r.answers)))).toBe(true);
    expect(await resealWaitingSheets()).toEqual({ resealed: 2, unreadable: 0 });
    expect((await waiting()).map((r) => r.keyId)).toEqual([idOf(KEY_B), idOf(KEY_B)]);

    configure({ current: KEY_B, authSecret: "rotated-after-the-upgrade-rotated-after-00" });
    await answer("kabid", 3);
    expect(await releasedRatings()).toEqual([3, 3, 4, 4, 5, 5]);
  });
});
