// Runs before every page and route (not static assets):
// - the Content-Security-Policy (lib/csp.ts): pages prerendered at build get the hashes of their inline
//   scripts, read once from the prerendered HTML; pages rendered per request get a fresh nonce;
// - the one-click unsubscribe POST (RFC 8058) goes to its route handler, so the List-Unsubscribe URL and
//   the page a person sees share one address.
import fs from "node:fs";
import path from "node:path";
import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, inlineScriptHashes, newNonce } from "@/lib/csp";
import { env } from "@/lib/env.mjs";

const dev = env.NODE_ENV === "development";
const https = env.SITE_URL.startsWith("https://");
const github = Boolean(env.GITHUB_ID);
const prerendered = path.join(process.cwd(), ".next", "server", "app");

// Prerendered HTML does not change while the server runs (no ISR): build each page's policy once.
const hashCache = new Map<string, string[] | null>();
// Shared with scripts/server.mjs (one process): once a prerendered page's policy is known here, the
// server sets it on that page's GET and HEAD responses itself and marks the request with STATIC_CSP_HEADER,
// so Next.js skips this proxy for it (the matcher's `missing` condition below). Running the proxy costs
// about a third of a static page's throughput.
const STATIC_POLICIES = Symbol.for("inference-economics.static-csp");
const shared = globalThis as unknown as { [STATIC_POLICIES]?: Map<string, string> };
const staticPolicies = (shared[STATIC_POLICIES] ??= new Map<string, string>());
function prerenderedHashes(pathname: string): string[] | null {
  const cached = hashCache.get(pathname);
  if (cached !== undefined) return cached;
  const file = path.join(prerendered, `${pathname === "/" ? "/index" : pathname.replace(/\/$/, "")}.html`);
  let hashes: string[] | null = null;
  if (file.startsWith(prerendered + path.sep) && fs.existsSync(file)) hashes = inlineScriptHashes(fs.readFileSync(file, "utf8"));
  // Only known pages are remembered, so made-up paths cannot grow the cache.
  if (hashes) hashCache.set(pathname, hashes);
  return hashes;
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/newsletter/unsubscribe" && request.method === "POST") {
    const target = request.nextUrl.clone();
    target.pathname = "/api/newsletter/unsubscribe";
    return NextResponse.rewrite(target);
  }

  let policy = staticPolicies.get(pathname);
  if (!policy && !dev) {
    const hashes = prerenderedHashes(decodeURIComponent(pathname));
    if (hashes) staticPolicies.set(pathname, (policy = contentSecurityPolicy({ scripts: hashes, https, github })));
  }
  if (policy) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }
  // Rendered per request, or a 404 (the prerendered not-found page is allowed by its hashes too).
  const nonce = newNonce();
  const perRequest = contentSecurityPolicy({ scripts: [`'nonce-${nonce}'`, ...(dev ? [] : (prerenderedHashes("/_not-found") ?? []))], dev, https, github });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", perRequest); // Next.js puts this nonce on the scripts it renders
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", perRequest);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)", missing: [{ type: "header", key: "x-ie-static-csp" }] }],
};
