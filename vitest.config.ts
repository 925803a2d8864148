import { defineConfig } from "vitest/config";

const alias = {
  "@": import.meta.dirname,
  "server-only": `${import.meta.dirname}/tests/support/server-only.ts`,
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts?(x)"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/integration/setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: "forks",
          // Two files at a time even on two cores (Vitest's default there is one): a file spends much of its time
          // waiting for PostgreSQL, so a second one fills that time. Each file has its own database clone.
          maxWorkers: 2,
          // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses.
          server: { deps: { inline: ["next-auth", "@auth/core"] } },
        },
      },
    ],
  },
});
