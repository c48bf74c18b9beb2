// Runs before every page and route (not static assets):
// - the Content-Security-Policy (lib/server/csp.ts): pages prerendered at build get the hashes of their inline
//   scripts, read once from the prerendered HTML; pages rendered per request get a fresh nonce;
// - the one-click unsubscribe POST (RFC 8058) goes to its route handler, so the List-Unsubscribe URL and
//   the page a person sees share one address.
import fs from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env.mjs";
import { contentSecurityPolicy, inlineScriptHashes, newNonce } from "@/lib/server/csp";
import { ONE_CLICK_UNSUBSCRIBE_PATH } from "@/lib/server/request-policy.mjs";
import { staticPolicies } from "@/lib/server/state.mjs";

const dev = env.NODE_ENV === "development";
const https = env.SITE_URL.startsWith("https://");
const github = Boolean(env.GITHUB_ID);
const prerendered = path.join(process.cwd(), ".next", "server", "app");

// Prerendered HTML does not change while the server runs (no ISR): each page's policy is built once.
// The map is shared with scripts/server.mjs (one process): once a page's policy is known here, the
// server sets it on GET and HEAD responses to the page's plain path itself and adds STATIC_CSP_HEADER
// to the request, so Next.js skips this proxy for it (the matcher's `missing` condition below). Running
// the proxy costs about a third of a static page's throughput.
const policies = staticPolicies();

/** Prerendered pages are finite; the bound only guards against a bug filling the map. */
const MAX_POLICIES = 10_000;

/**
 * The page a path names once decoded and normalised ("/glossar%79/kv-cache/" names "/glossary/kv-cache"),
 * or null when it is malformed or names no single page.
 */
function pagePath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const normal = path.posix.normalize(decoded);
  return normal.startsWith("/") && !/[\\\0]/.test(normal) ? normal.replace(/(.)\/$/, "$1") : null;
}

/** The hashes of a prerendered page's inline scripts, or null when the page has no prerendered HTML. */
function prerenderedHashes(page: string): string[] | null {
  const file = path.join(prerendered, `${page === "/" ? "/index" : page}.html`);
  return file.startsWith(prerendered + path.sep) && fs.existsSync(file)
    ? inlineScriptHashes(fs.readFileSync(file, "utf8"))
    : null;
}
let notFoundHashes: string[] | undefined;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === ONE_CLICK_UNSUBSCRIBE_PATH && request.method === "POST") {
    const target = request.nextUrl.clone();
    target.pathname = "/api/newsletter/unsubscribe";
    return NextResponse.rewrite(target);
  }

  const page = dev ? null : pagePath(pathname);
  let policy = page === null ? undefined : policies.get(page);
  if (!policy && page !== null) {
    const hashes = prerenderedHashes(page);
    if (hashes) policy = contentSecurityPolicy({ scripts: hashes, https, github });
    // Keyed by the page, so the spellings of one path share an entry and made-up paths add none.
    if (policy && policies.size < MAX_POLICIES) policies.set(page, policy);
  }
  if (policy && page === pathname) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }
  // Rendered per request, or a 404 (the prerendered not-found page is allowed by its hashes too). Another
  // spelling of a prerendered page ("/glossary/kv%2Dcache") is served as that page or as a 404,
  // depending on where the escape is: its hashes are allowed as well.
  const nonce = newNonce();
  if (!dev) notFoundHashes ??= prerenderedHashes("/_not-found") ?? [];
  const scripts = [`'nonce-${nonce}'`, ...(notFoundHashes ?? []), ...(policy?.match(/'sha256-[\w+/=]+'/g) ?? [])];
  const perRequest = contentSecurityPolicy({ scripts, dev, https, github });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", perRequest); // Next.js puts this nonce on the scripts it renders
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", perRequest);
  return response;
}

// The header must be STATIC_CSP_HEADER (lib/server/state.mjs); Next.js only reads a literal here.
export const config = {
  // Only built assets skip the proxy; everything else, a 404 under a look-alike path included, gets a policy.
  matcher: [{ source: "/((?!_next/static/|_next/image$).*)", missing: [{ type: "header", key: "x-ie-static-csp" }] }],
};
