// The security headers of every response (decision 0012). Pure: proxy.ts adds the per-request ones (the CSP with
// its nonce, HSTS over HTTPS), next.config.ts the fixed ones, which also reach static files the proxy skips.

/** Headers that never change: next.config.ts sends them with every response, static files included. */
export const FIXED_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Full URL to our own pages; only the origin to other sites, and nothing from HTTPS to HTTP. ("no-referrer"
  // would make a form posted before hydration send "Origin: null", which Next refuses for server actions.)
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The app uses none of these; nothing embedded in it may either.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()" },
  // For browsers without CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];

/** One year; not includeSubDomains or preload: the app usually lives on one subdomain of a government domain. */
export const HSTS = "max-age=31536000";

/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce, which Next puts on its own
 * scripts ('strict-dynamic' lets those load the chunks they import). Styles: the stylesheets are files of our
 * own; style attributes (charts, progress bars) need 'unsafe-inline' in style-src-attr, which cannot run script.
 * style-src is the fallback for browsers without the -elem/-attr split. Development needs 'unsafe-eval' (React's
 * dev tools and hot reload); production never gets it.
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; development: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `style-src-elem 'self' 'nonce-${nonce}'${options.development ? " 'unsafe-inline'" : ""}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
