// What route handlers need to know about where a request came from. Next.js hands route handlers
// a request URL on "localhost" whatever host the browser used, so the origin is rebuilt from the Host
// header, with the protocol of SITE_URL (TLS ends at the proxy in front).
import { env } from "@/lib/env.mjs";

/** The origin the browser addressed, e.g. https://example.com. */
export function requestOrigin(request: Request): string {
  const host = request.headers.get("host");
  return host ? `${new URL(env.SITE_URL).protocol}//${host}` : new URL(request.url).origin;
}

/** True when a browser request comes from this site (or is not from a browser: no Origin header). */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  return !origin || origin === requestOrigin(request) || origin === new URL(env.SITE_URL).origin;
}

/** A path on this site to return to (after sign-in, after a save); anything else becomes the fallback. */
export function safeReturnPath(value: unknown, fallback = "/scenarios"): string {
  if (typeof value !== "string" || value.length > 4000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || /[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
