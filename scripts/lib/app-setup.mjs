// Steps shared by `npm start` and the test runner: auth secret, Prisma client, migrations, seed, build.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { bin, DATA_DIR, ROOT } from "./paths.mjs";
import { prisma, run } from "./run.mjs";

/** Development keeps a generated secret in the data folder; production must bring its own. */
export function ensureAuthSecret({ production }) {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (production) {
    throw new Error("AUTH_SECRET wajib diisi di produksi (minimal 32 karakter acak), mis. AUTH_SECRET=$(openssl rand -base64 32)");
  }
  const file = path.join(DATA_DIR, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

const GENERATED_CLIENT = path.join(ROOT, "lib", "generated", "prisma", "client.ts");
const SCHEMA = path.join(ROOT, "prisma", "schema.prisma");

export async function ensurePrismaClient() {
  const stamp = path.join(ROOT, "lib", "generated", "schema.sha1");
  const hash = createHash("sha1").update(fs.readFileSync(SCHEMA)).digest("hex");
  if (fs.existsSync(GENERATED_CLIENT) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) return;
  await prisma(["generate"], { quiet: true });
  fs.writeFileSync(stamp, hash);
}

export async function migrate(url) {
  await prisma(["migrate", "deploy"], { env: { DATABASE_URL: url }, quiet: true });
}

export async function isEmpty(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM "Agency"');
    return rows[0].n === 0;
  } finally {
    await client.end();
  }
}

export async function seed(url, { env = {} } = {}) {
  // react-server: the seed runs the app's own commands, whose modules are marked server-only.
  await run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], {
    env: { DATABASE_URL: url, AUTH_SECRET: process.env.AUTH_SECRET ?? "seed-only-secret-seed-only-secret-0000", ...env },
  });
}

const BUILD_INPUTS = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];

function listFiles(entry) {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs.readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)))
    .filter((f) => !f.startsWith(path.join("lib", "generated")));
}

function sourceHash() {
  const hash = createHash("sha1");
  for (const file of BUILD_INPUTS.flatMap(listFiles).sort()) hash.update(file).update(fs.readFileSync(path.join(ROOT, file)));
  return hash.digest("hex");
}

/**
 * Builds when there is no build, or when the sources changed since the last one. `typesChecked`: the caller has
 * just type-checked these sources (npm test's static stage), so Next's own check in the build is skipped.
 */
export async function ensureBuild({ log, typesChecked = false }) {
  const stampFile = path.join(ROOT, ".next", "bangkom-source.sha1");
  const hash = sourceHash();
  if (fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === hash) return;
  log("Membangun aplikasi (sekali, sekitar setengah menit)…");
  const env = { NEXT_TELEMETRY_DISABLED: "1", ...(typesChecked ? { BANGKOM_BUILD_TYPES_CHECKED: "1" } : {}) };
  await run(bin("next"), ["build"], { quiet: true, env });
  fs.writeFileSync(stampFile, hash);
}
