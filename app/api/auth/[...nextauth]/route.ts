// Auth.js's endpoints, with two doors closed:
// - GET of the email callback would use the single-use token; it is sent to the page with the button.
// - POST /api/auth/signin/email would skip the site's rate limits; email sign-in goes through /signin.
// Every POST must come from this site (besides Auth.js's own CSRF token, this stops another site from
// signing a visitor in with the attacker's link) and carry at most 16 KB.
import type { NextRequest } from "next/server";
import { handleAuthRequest } from "@/lib/auth";
import { env } from "@/lib/env.mjs";
import { mutationBody, requestOrigin } from "@/lib/http";

/**
 * Auth.js builds its URLs from the request URL: give it AUTH_URL's origin when the deployment set one
 * (Auth.js's server-side calls use it too), else the one the browser used (lib/http). A plain Request,
 * because NextRequest rewrites 127.0.0.1 to "localhost", another origin for cookies.
 */
function forAuthJs(request: NextRequest, body?: string): Request {
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, env.AUTH_URL ?? requestOrigin(request));
  return new Request(url, { method: request.method, headers: request.headers, body });
}

const MAX_BODY = 16 * 1024;

export async function GET(request: NextRequest) {
  const url = request.nextUrl;
  if (url.pathname === "/api/auth/callback/email") {
    return new Response(null, { status: 303, headers: { Location: `/signin/verify${url.search}` } });
  }
  return handleAuthRequest(forAuthJs(request));
}

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname === "/api/auth/signin/email") {
    return Response.json({ error: "Use the form at /signin to get a sign-in link." }, { status: 404 });
  }
  // Auth.js's forms are a few hundred bytes.
  const read = await mutationBody(request, MAX_BODY);
  if ("refused" in read) return read.refused;
  return handleAuthRequest(forAuthJs(request, read.text));
}
