import "server-only";
import { z } from "zod";

// Validated once, at first use. `npm start` and the test runner fill DATABASE_URL and AUTH_SECRET
// for the embedded database; a production deployment sets both itself.
const unsetIfEmpty = (v: unknown) => (v === "" ? undefined : v);

/** A sealing key: 32 random bytes, base64 (standard or url-safe), e.g. `openssl rand -base64 32`. */
export const SEALING_KEY_MESSAGE = "harus berupa 32 byte acak dalam base64, mis. $(openssl rand -base64 32)";
export const isSealingKey = (value: string) => /^[A-Za-z0-9+/_-]{43}=?$/.test(value.trim()) && Buffer.from(value.trim(), "base64").length === 32;

const schema = z.object({
  DATABASE_URL: z.string().startsWith("postgres", "DATABASE_URL harus berupa URL PostgreSQL (postgresql://…)"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET harus minimal 32 karakter acak"),
  // Sealing of anonymous answers (lib/reaction/sealing-keys.ts, decision 0014). Unset: the key generated once into
  // $BANGKOM_DATA_DIR/sealing-key. Old keys stay readable until `npm run reseal` has moved every sheet over.
  BANGKOM_SEALING_KEY: z.preprocess(unsetIfEmpty, z.string().refine(isSealingKey, `BANGKOM_SEALING_KEY ${SEALING_KEY_MESSAGE}`).optional()),
  BANGKOM_SEALING_KEYS_OLD: z.preprocess(
    unsetIfEmpty,
    z.string()
      .transform((list) => list.split(",").map((k) => k.trim()).filter(Boolean))
      .refine((keys) => keys.every(isSealingKey), `BANGKOM_SEALING_KEYS_OLD: daftar kunci lama dipisah koma; setiap kunci ${SEALING_KEY_MESSAGE}`)
      .optional(),
  ),
  BANGKOM_LOG_QUERIES: z.enum(["0", "1"]).default("0"),
  // The public address printed in certificate QR codes; unset: the origin of the request.
  BANGKOM_PUBLIC_URL: z.preprocess(
    unsetIfEmpty,
    z.url({ protocol: /^https?$/, message: "BANGKOM_PUBLIC_URL harus berupa URL http(s), mis. https://bangkom.example.go.id" }).optional(),
  ),
  // How many reverse proxies in front of the app append to X-Forwarded-For (lib/http/client-address.ts).
  BANGKOM_TRUSTED_PROXIES: z
    .preprocess(unsetIfEmpty, z.string().trim().regex(/^(?:[0-9]|10)$/, "BANGKOM_TRUSTED_PROXIES harus bilangan bulat 0 sampai 10 (jumlah proxy terpercaya di depan aplikasi)").default("0"))
    .transform(Number),
  // The longest a heavy read (the compliance dashboard) may run before PostgreSQL stops it (lib/compliance/cancellable.ts).
  BANGKOM_STATEMENT_TIMEOUT_MS: z
    .preprocess(unsetIfEmpty, z.string().trim().regex(/^[1-9][0-9]{2,6}$/, "BANGKOM_STATEMENT_TIMEOUT_MS harus bilangan bulat milidetik antara 100 dan 9999999 (batas waktu perhitungan berat, mis. 10000)").default("10000"))
    .transform(Number),
  // E-mail through SMTP (lib/mail/smtp.ts), optional: both or neither; without them mail goes to the log.
  SMTP_URL: z.preprocess(
    unsetIfEmpty,
    z.url({ protocol: /^smtps?$/, hostname: /./, message: "SMTP_URL harus berupa URL smtp:// atau smtps://, mis. smtp://pengguna:sandi@mail.example.go.id:587" }).optional(),
  ),
  MAIL_FROM: z.preprocess(
    unsetIfEmpty,
    z.string().regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/, "MAIL_FROM harus berupa alamat e-mail, mis. Bangkom <noreply@bkpp.example.go.id>").optional(),
  ),
}).superRefine((value, ctx) => {
  if (value.SMTP_URL && !value.MAIL_FROM) ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "MAIL_FROM wajib diisi bila SMTP_URL diisi (alamat pengirim e-mail)" });
  if (value.MAIL_FROM && !value.SMTP_URL) ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "SMTP_URL wajib diisi bila MAIL_FROM diisi (server pengirim e-mail)" });
});

export type Env = z.infer<typeof schema>;

/** Checks an environment; throws one message listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Konfigurasi lingkungan tidak valid:\n${problems}`);
  }
  return result.data;
}

let parsed: Env | undefined;

export function env(): Env {
  parsed ??= parseEnv(process.env);
  return parsed;
}
