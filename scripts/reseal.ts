// `npm run reseal`: re-seals anonymous answer sheets waiting for release under the current sealing key, so the
// keys in BANGKOM_SEALING_KEYS_OLD (and the AUTH_SECRET-derived key of before decision 0014) can be dropped.
// The worker does the same at every start; this is for a rotation without a restart. Decision 0014.
import { ensureAuthSecret } from "./lib/app-setup.mjs";
import { attachDatabase } from "./lib/attach-db.mjs";
import { ensureSealingKey } from "./lib/sealing-key.mjs";

process.env.AUTH_SECRET = ensureAuthSecret({ production: process.env.NODE_ENV === "production" });
process.env.BANGKOM_SEALING_KEY = ensureSealingKey({ log: console.log });
const database = await attachDatabase({ log: (m: string) => console.log(`[reseal] ${m}`) });
try {
  process.env.DATABASE_URL = database.url;
  const { resealWaitingSheets } = await import("../lib/reaction/reseal");
  const { db } = await import("../lib/db");
  const result = await resealWaitingSheets();
  await db.$disconnect();
  console.log(`[reseal] Disegel ulang: ${result.resealed}. Tidak terbaca dengan kunci mana pun: ${result.unreadable}.`);
  if (result.unreadable) {
    console.log("[reseal] Lembar yang tidak terbaca tetap tersegel; pasang kuncinya di BANGKOM_SEALING_KEYS_OLD lalu ulangi.");
  }
} finally {
  await database.stop();
}
