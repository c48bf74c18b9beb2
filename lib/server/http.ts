// What route handlers need to know about where a request came from. Next.js hands route handlers
// a request URL on "localhost" whatever host the browser used, so the origin is rebuilt from the Host
// header, with the protocol of SITE_URL (TLS ends at the proxy in front).
import { env } from "@/lib/env.mjs";
import { fromThisSite, sentByAnotherSite as sentByAnotherSiteHeader } from "@/lib/server/request-policy.mjs";

/** The origin the browser addressed, e.g. https://example.com. */
export function requestOrigin(request: Request): string {
  const host = request.headers.get("host");
  return host ? `${new URL(env.SITE_URL).protocol}//${host}` : new URL(request.url).origin;
}

/** True when the browser says another site (or a sibling subdomain) sent this request (Sec-Fetch-Site). */
export const sentByAnotherSite = (request: Request) => sentByAnotherSiteHeader(request.headers.get("sec-fetch-site"));

/**
 * True when a browser request comes from this site, or is not from a browser (no Origin header and no
 * Sec-Fetch-Site saying another site sent it). scripts/server.mjs applies the same rule to server actions.
 */
export function isSameOrigin(request: Request): boolean {
  const headers = request.headers;
  return fromThisSite(
    {
      origin: headers.get("origin"),
      host: headers.get("host") ?? new URL(request.url).host,
      secFetchSite: headers.get("sec-fetch-site"),
    },
    env.SITE_URL,
  );
}

/** A body's bytes, or null once it is longer than maxBytes (read no further than that). */
export async function readBytesCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!body) return new Uint8Array(new ArrayBuffer(0));
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

/** The body as text, or null once it is longer than maxBytes (read no further than that). */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return null;
  const bytes = await readBytesCapped(request.body, maxBytes);
  return bytes === null ? null : Buffer.from(bytes).toString("utf8");
}

/**
 * The checks every state-changing route handler makes before reading a request: from this site, and a
 * body of at most maxBytes. Returns the body, or the 403/413 answer to send.
 */
export async function mutationBody(
  request: Request,
  maxBytes: number,
): Promise<{ text: string } | { refused: Response }> {
  if (!isSameOrigin(request)) {
    return {
      refused: Response.json(
        {
          error: {
            message: "Cross-origin requests are not accepted.",
            issues: [{ param: "Origin", message: "must be this site" }],
          },
        },
        { status: 403 },
      ),
    };
  }
  const text = await readBodyCapped(request, maxBytes);
  if (text === null) {
    return {
      refused: Response.json(
        {
          error: {
            message: `Request body too large (at most ${maxBytes} bytes).`,
            issues: [{ param: "(body)", message: `at most ${maxBytes} bytes` }],
          },
        },
        { status: 413 },
      ),
    };
  }
  return { text };
}

const RETURN_BASE = "https://return-path.invalid";

/**
 * A path on this site to return to (after sign-in, after a save); anything else becomes the fallback.
 * The value is normalised the way every later reader (new URL(), the browser) will see it, and checked
 * after that: "/.//evil.example" is "//evil.example" once its dot segment is resolved.
 */
export function safeReturnPath(value: unknown, fallback = "/scenarios"): string {
  if (typeof value !== "string" || value.length > 4000) return fallback;
  // Parsers drop tabs and newlines and read "\" as "/": refuse them rather than guess what was meant.
  if (!value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, RETURN_BASE);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search + url.hash;
  // A leading "//" (or an encoded slash that a server may decode into one) would name another host.
  if (url.origin !== RETURN_BASE || /^\/(\/|%2f|%5c)/i.test(path)) return fallback;
  return path;
}

/** The return path with ?saved=<id>, so the page there can say the save worked. */
export function withSaved(returnTo: string, id: string): string {
  const url = new URL(safeReturnPath(returnTo), RETURN_BASE);
  url.searchParams.set("saved", id);
  return url.pathname + url.search + url.hash;
}

/** The client IP, only from the header a trusted proxy sets (its right-most entry); undefined otherwise. */
export function clientIp(headers: Headers): string | undefined {
  if (!env.TRUSTED_PROXY_HEADER) return undefined;
  const value = headers.get(env.TRUSTED_PROXY_HEADER);
  return value?.split(",").at(-1)?.trim() || undefined;
}
