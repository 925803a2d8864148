/**
 * An integration test file whose source holds this line gets a clone of the seeded demo as its database
 * (tests/integration/setup.ts), not an empty one. `npm test` (scripts/test.mjs) seeds that demo once with
 * app-setup.mjs `seed`, which runs prisma/seed.ts as `npm start` does; the end-to-end tests start from it too.
 */
export const DEMO_DATABASE_MARKER = "// Database: the seeded demo.";
