import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A second `npm test` started while one runs used to clear the first one's PostgreSQL folder before noticing that
// the port was taken, and the first run's database lost its files mid-test.
const ROOT = path.resolve(import.meta.dirname, "../..");

describe("npm test beside another npm test (scripts/test.mjs)", () => {
  it("refuses when its database port is taken, and leaves the folder of whoever holds it alone", async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const port = (holder.address() as net.AddressInfo).port;
    const folder = path.join(os.tmpdir(), `bangkom-test-${createHash("sha1").update(ROOT).digest("hex").slice(0, 8)}-${port}`);
    const marker = path.join(folder, "postgres", "PG_VERSION");
    fs.mkdirSync(path.dirname(marker), { recursive: true });
    fs.writeFileSync(marker, "17\n");
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, BANGKOM_TEST_DB_PORT: String(port) };
      delete env.BANGKOM_TEST_ADMIN_URL;
      const child = spawn(process.execPath, [path.join(ROOT, "scripts/test.mjs"), "integration", "tests/integration/no-such.test.ts"], { cwd: ROOT, env });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(code).not.toBe(0);
      expect(output).toContain(`Port ${port} di 127.0.0.1 sudah dipakai`);
      expect(output).toContain("BANGKOM_TEST_DB_PORT=<port> npm test");
      expect(fs.readFileSync(marker, "utf8")).toBe("17\n");
    } finally {
      holder.close();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
