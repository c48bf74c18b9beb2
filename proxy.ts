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
import { staticPolicies } from "@/lib/server-state.mjs";

const dev = env.NODE_ENV === "development";
const https = env.SITE_URL.startsWith("https://");
const github = Boolean(env.GITHUB_ID);
const prerendered = path.join(process.cwd(), ".next", "server", "app");

// Prerendered HTML does not change while the server runs (no ISR): each page's policy is built once.
// The map is shared with scripts/server.mjs (one process): once a page's policy is known here, the
// server sets it on that page's GET and HEAD responses itself and adds STATIC_CSP_HEADER to the request,
// so Next.js skips this proxy for it (the matcher's `missing` condition below). Running the proxy costs
// about a third of a static page's throughput.
const policies = staticPolicies();

/** The hashes of a prerendered page's inline scripts, or null when the path has no prerendered HTML. */
function prerenderedHashes(pathname: string): string[] | null {
  const file = path.join(prerendered, `${pathname === "/" ? "/index" : pathname.replace(/\/$/, "")}.html`);
  return file.startsWith(prerendered + path.sep) && fs.existsSync(file) ? inlineScriptHashes(fs.readFileSync(file, "utf8")) : null;
}
let notFoundHashes: string[] | undefined;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/newsletter/unsubscribe" && request.method === "POST") {
    const target = request.nextUrl.clone();
    target.pathname = "/api/newsletter/unsubscribe";
    return NextResponse.rewrite(target);
  }

  let policy = policies.get(pathname);
  if (!policy && !dev) {
    const hashes = prerenderedHashes(decodeURIComponent(pathname));
    // Only prerendered pages are remembered, so made-up paths cannot grow the map.
    if (hashes) policies.set(pathname, (policy = contentSecurityPolicy({ scripts: hashes, https, github })));
  }
  if (policy) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }
  // Rendered per request, or a 404 (the prerendered not-found page is allowed by its hashes too).
  const nonce = newNonce();
  if (!dev) notFoundHashes ??= prerenderedHashes("/_not-found") ?? [];
  const perRequest = contentSecurityPolicy({ scripts: [`'nonce-${nonce}'`, ...(notFoundHashes ?? [])], dev, https, github });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", perRequest); // Next.js puts this nonce on the scripts it renders
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", perRequest);
  return response;
}

// The header must be STATIC_CSP_HEADER (lib/server-state.mjs); Next.js only reads a literal here.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)", missing: [{ type: "header", key: "x-ie-static-csp" }] }],
};
