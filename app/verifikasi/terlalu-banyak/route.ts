import { normalizeCode, VERIFY_LIMIT } from "@/lib/certificate/rules";
import { getLocale, getMessages } from "@/lib/i18n/server";

// Where the verification page sends a client over its lookup limit: a real 429 with Retry-After, which a
// page cannot answer. Plain HTML (no data, no database), styled inline; "Coba lagi" returns to the code.
export const dynamic = "force-dynamic";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function GET(request: Request) {
  const [m, locale] = await Promise.all([getMessages(), getLocale()]);
  const t = m.certificate.verify;
  const code = normalizeCode(new URL(request.url).searchParams.get("kode") ?? "");
  const retry = code ? `<p><a href="/verifikasi/${code}">${escape(m.common.back)}</a></p>` : "";
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(t.tooManyTitle)} · Bangkom</title>
<style>body{margin:0;font-family:system-ui,sans-serif;background:#f0f7f6;color:#0f172a;display:flex;min-height:100vh;align-items:center;justify-content:center}
main{max-width:32rem;margin:1rem;padding:2rem;background:#fff;border:1px solid #e2e8f0;border-radius:.75rem;text-align:center}
.brand{font-size:1.75rem;font-weight:700;color:#135a53;margin:0 0 1rem}h1{font-size:1.25rem;margin:0}p{color:#475569}a{color:#135a53}</style></head>
<body><main data-testid="verify-rate-limited"><p class="brand">Bangkom</p><h1>${escape(t.tooManyTitle)}</h1><p>${escape(t.tooManyBody)}</p>${retry}</main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(Math.ceil(VERIFY_LIMIT.windowMs / 1000)),
      "Cache-Control": "no-store",
    },
  });
}
