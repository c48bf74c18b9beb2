// Auth.js's endpoints, with two doors closed:
// - GET of the email callback would use the single-use token; it is sent to the page with the button.
// - POST /api/auth/signin/email would skip the site's rate limits; email sign-in goes through /signin.
// Every POST must come from this site (besides Auth.js's own CSRF token, this stops another site from
// signing a visitor in with the attacker's link) and carry at most 16 KB.
import type { NextRequest } from "next/server";
import { handleAuthRequest } from "@/lib/auth";
import { env } from "@/lib/env.mjs";
import { mutationBody, requestOrigin } from "@/lib/server/http";

/**
 * Auth.js builds its URLs from the request URL: give it AUTH_URL's origin when the deployment set one
 * (Auth.js's server-side calls use it too), else the one the browser used (lib/http). A plain Request,
 * because NextRequest rewrites 127.0.0.1 to "localhost", another origin for cookies.
 */
function forAuthJs(request: NextRequest, body?: string): Request {
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, env.AUTH_URL ?? requestOrigin(request));
  // HEAD reaches GET (Next.js's default); Auth.js knows only GET and POST. Node drops the body.
  const method = request.method === "HEAD" ? "GET" : request.method;
  const headers = new Headers(request.headers);
  // A callback-url cookie Auth.js would refuse (with a 500, on every endpoint) is dropped: it sets a new one.
  if (CALLBACK_COOKIES.some((name) => request.cookies.has(name) && !isHttpUrl(request.cookies.get(name)!.value))) {
    const kept = (headers.get("cookie") ?? "")
      .split(";")
      .filter((pair) => !CALLBACK_COOKIES.includes(pair.split("=", 1)[0]!.trim()));
    headers.set("cookie", kept.join(";"));
  }
  return new Request(url, { method, headers, body });
}

const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/** Auth.js's own test of a callback URL: a path, or an absolute http(s) URL. */
function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? "http://localhost" : undefined).protocol);
  } catch {
    return false;
  }
}

/** Auth.js answers another callbackUrl (javascript:…) with a 500; this is the 400 naming it. */
function badCallbackUrl(request: NextRequest): Response | null {
  const value = request.nextUrl.searchParams.get("callbackUrl");
  if (!value || isHttpUrl(value)) return null;
  return Response.json(
    {
      error: {
        message: "Invalid callbackUrl.",
        issues: [{ param: "callbackUrl", message: "must be a path on this site" }],
      },
    },
    { status: 400 },
  );
}

const MAX_BODY = 16 * 1024;

export async function GET(request: NextRequest) {
  const url = request.nextUrl;
  if (url.pathname === "/api/auth/callback/email") {
    return new Response(null, { status: 303, headers: { Location: `/signin/verify${url.search}` } });
  }
  return badCallbackUrl(request) ?? handleAuthRequest(forAuthJs(request));
}

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname === "/api/auth/signin/email") {
    return Response.json({ error: "Use the form at /signin to get a sign-in link." }, { status: 404 });
  }
  // Auth.js's forms are a few hundred bytes.
  const read = await mutationBody(request, MAX_BODY);
  if ("refused" in read) return read.refused;
  return badCallbackUrl(request) ?? handleAuthRequest(forAuthJs(request, read.text));
}
