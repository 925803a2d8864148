import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Run through `npm test` (or `npm run test:e2e`): it builds the app, prepares a seeded database of
// its own and passes DATABASE_URL. Chromium comes from Debian unless CHROMIUM_PATH says otherwise: its headless shell,
// which needs about half the CPU of the full browser (every-page.spec.ts: 3.5 min against 1.7), else /usr/bin/chromium.
const PORT = Number(process.env.BANGKOM_E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) => fs.existsSync(path));
const databaseUrl = process.env.DATABASE_URL ?? "";
if (databaseUrl && !/@(127\.0\.0\.1|localhost)[:/]/.test(databaseUrl)) {
  throw new Error("End-to-end tests only run against a local database.");
}

const chromiumUse = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromium,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};
/** Specs of a minute or more on a quiet two-core machine, longest first (measured 2026-12-05: every page 7.8 min
 * before it was split into three parts, the HTTP matrix 3.2 min, the evaluation flow 2 min). */
const JOURNEYS = ["every-page.spec.ts", "authz-matrix.spec.ts", "evaluation-flow.spec.ts", "training-flow.spec.ts", "external-training.spec.ts", "reaction.spec.ts"];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // Two, on two cores: a trial with three (2026-12-05) kept the load average near 20 and pushed plain 30 s tests
  // over their timeout.
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "id-ID",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  // The long journeys first: Playwright queues projects in this order (files alphabetically within each), and a
  // long file that starts last runs on alone while the other worker idles. Measured with `npm run test:e2e`.
  projects: [
    { name: "journeys", testMatch: JOURNEYS.map((f) => `**/${f}`), use: chromiumUse },
    { name: "chromium", testIgnore: JOURNEYS.map((f) => `**/${f}`), use: chromiumUse },
  ],
  // The production server with two workers, so every spec also runs across workers (tests/e2e/two-workers.spec.ts
  // checks that what one worker changes the other shows at once).
  webServer: {
    command: "node scripts/server.mjs",
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    // BANGKOM_TEST_CLOCK opens /api/uji/jadwal, which runs the job schedule "as of" a given date.
    env: {
      DATABASE_URL: databaseUrl, AUTH_SECRET: process.env.AUTH_SECRET ?? "", NEXT_TELEMETRY_DISABLED: "1", BANGKOM_TEST_CLOCK: "1",
      HOST: "127.0.0.1", PORT: String(PORT), BANGKOM_WORKERS: "2",
    },
  },
});
