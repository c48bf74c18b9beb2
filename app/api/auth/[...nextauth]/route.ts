// Auth.js's endpoints, with two doors closed:
// - GET of the email callback would use the single-use token; it is sent to the page with the button.
// - POST /api/auth/signin/email would skip the site's rate limits; email sign-in goes through /signin.
// Every POST must come from this site (besides Auth.js's own CSRF token, this stops another site from
// signing a visitor in with the attacker's link) and carry at most 16 KB.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { mutationBody, requestOrigin } from "@/lib/http";

/**
 * Auth.js builds its redirects from the request URL: give it the one the browser used (lib/http). A
 * plain Request, because NextRequest rewrites 127.0.0.1 to "localhost", another origin for cookies.
 */
function asSeenByBrowser(request: NextRequest, body?: string): NextRequest {
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, requestOrigin(request));
  return new Request(url, { method: request.method, headers: request.headers, body }) as NextRequest;
}

const MAX_BODY = 16 * 1024;

export async function GET(request: NextRequest) {
  const url = request.nextUrl;
  if (url.pathname === "/api/auth/callback/email") {
    return new Response(null, { status: 303, headers: { Location: `/signin/verify${url.search}` } });
  }
  return handlers.GET(asSeenByBrowser(request));
}

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname === "/api/auth/signin/email") {
    return Response.json({ error: "Use the form at /signin to get a sign-in link." }, { status: 404 });
  }
  // Auth.js's forms are a few hundred bytes.
  const read = await mutationBody(request, MAX_BODY);
  if ("refused" in read) return read.refused;
  return handlers.POST(asSeenByBrowser(request, read.text));
}
