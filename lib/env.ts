import "server-only";
import { z } from "zod";

// Validated once, at first use. `npm start` and the test runner fill DATABASE_URL and AUTH_SECRET
// for the embedded database; a production deployment sets both itself.
const schema = z.object({
  DATABASE_URL: z.string().startsWith("postgres", "DATABASE_URL harus berupa URL PostgreSQL (postgresql://…)"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET harus minimal 32 karakter acak"),
  BANGKOM_LOG_QUERIES: z.enum(["0", "1"]).default("0"),
  // The public address printed in certificate QR codes; unset: the origin of the request.
  BANGKOM_PUBLIC_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.url({ protocol: /^https?$/, message: "BANGKOM_PUBLIC_URL harus berupa URL http(s), mis. https://bangkom.example.go.id" }).optional(),
  ),
});

let parsed: z.infer<typeof schema> | undefined;

export function env(): z.infer<typeof schema> {
  if (parsed) return parsed;
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Konfigurasi lingkungan tidak valid:\n${problems}`);
  }
  parsed = result.data;
  return parsed;
}
