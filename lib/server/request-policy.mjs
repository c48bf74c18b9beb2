// Which requests the site accepts and the headers every answer carries. Plain JavaScript because three
// module graphs share it: next.config.mjs (headers), the app (lib/server/http.ts) and scripts/server.mjs, which
// answers requests that must not reach Next.js itself.

/** Headers every answer carries; the Content-Security-Policy is set per page (proxy.ts). @param {string} siteUrl */
export function securityHeaders(siteUrl) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "X-Frame-Options", value: "DENY" },
    ...(siteUrl.startsWith("https://")
      ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
      : []),
  ];
}

/** The policy of answers that run nothing and embed nothing (errors the server writes itself). */
export const NOTHING_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The one-click unsubscribe address (RFC 8058): mail providers post to it from elsewhere, as a form, and
 * its token is its only credential. proxy.ts sends its POSTs to the route handler.
 */
export const ONE_CLICK_UNSUBSCRIBE_PATH = "/newsletter/unsubscribe";

/** Server actions' bodies: the largest form (a scenario with its 2,000-character note) is a few KB. */
export const ACTION_BODY_LIMIT_BYTES = 64 * 1024;

/**
 * True when the browser says another site (or a sibling subdomain) sent the request (Sec-Fetch-Site).
 * @param {string | null | undefined} secFetchSite
 */
export const sentByAnotherSite = (secFetchSite) => secFetchSite === "cross-site" || secFetchSite === "same-site";

/**
 * True when a browser request comes from this site (its Origin is SITE_URL's, or the origin of the Host
 * the browser addressed, with SITE_URL's protocol since TLS ends in front of us), or is not from a
 * browser (no Origin, and no Sec-Fetch-Site saying another site sent it).
 * @param {{ origin?: string | null, host?: string | null, secFetchSite?: string | null }} request
 * @param {string} siteUrl
 */
export function fromThisSite({ origin, host, secFetchSite }, siteUrl) {
  if (!origin) return !sentByAnotherSite(secFetchSite);
  const site = new URL(siteUrl);
  return origin === site.origin || (Boolean(host) && origin === `${site.protocol}//${host}`);
}
