// The production HTTP server: Next.js's request handler (the same one `next start` uses) behind a Node
// server we own, so that this process decides what `next start` does not let us control:
// - shutdown: on SIGTERM, /api/health answers 503 while we keep serving for SHUTDOWN_DRAIN_SECONDS (a load
//   balancer stops sending traffic), then the listening socket closes, requests in flight finish, the
//   app's shutdown hooks run (the database is closed) and the process exits 0. `next start` closes its
//   socket at once, which resets connections still waiting to be accepted.
// - logs: one JSON line per request (lib/server/log.mjs), without query strings, tokens or email addresses; all
//   console output of the app becomes JSON lines too.
// - requests Next.js would answer with a 500 or serve as a page (a malformed path or Host, TRACE, PUT,
//   a cross-site or oversized server action) get their 4xx here, with the security headers;
// - timeouts: a client that sends its request slowly holds a connection for seconds, not minutes.
import http from "node:http";
import path from "node:path";
import { installConsole, log, loggablePath } from "../lib/server/log.mjs";
import {
  ACTION_BODY_LIMIT_BYTES,
  fromThisSite,
  NOTHING_POLICY,
  ONE_CLICK_UNSUBSCRIBE_PATH,
  securityHeaders,
} from "../lib/server/request-policy.mjs";
import { runShutdownHooks, startDraining, STATIC_CSP_HEADER, staticPolicies } from "../lib/server/state.mjs";

/** After the drain, requests still running get this long before their connections are cut. */
const FINISH_TIMEOUT_MS = 30_000;
/** What every page accepts (POST: server actions); route handlers accept a subset (see methodNotAllowed). */
const METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);
const ALLOW = "GET, HEAD, OPTIONS, POST";
/** A host name, IPv4 or bracketed IPv6 address, with an optional port. */
const HOST =
  /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * Why a request is refused before it reaches Next.js, or null. Cheap for the common case (a GET of a
 * plain path): a few comparisons.
 * @param {http.IncomingMessage} req
 * @param {string} siteUrl
 * @returns {{ status: number, param: string, message: string, allow?: string } | null}
 */
export function refusal(req, siteUrl) {
  const url = req.url ?? "";
  // `OPTIONS *` and absolute-form targets: this is not a proxy.
  if (url[0] !== "/") return { status: 400, param: "(request target)", message: "must be a path" };
  if (!METHODS.has(req.method ?? ""))
    return { status: 405, param: "(method)", message: `${req.method} is not accepted here`, allow: ALLOW };
  const host = req.headers.host;
  if (host !== undefined && !HOST.test(host))
    return { status: 400, param: "Host", message: "must be a host name with an optional port" };
  const pathname = /** @type {string} */ (url.split("?", 1)[0]);
  if (pathname.includes("%")) {
    try {
      decodeURIComponent(pathname);
    } catch {
      return { status: 400, param: "(path)", message: "has a malformed percent-escape" };
    }
  }
  // Next.js rebuilds the query from an object before a route reads it, which drops a `__proto__`
  // parameter silently; the API refuses every unknown parameter, so this one is refused here.
  if (url.includes("proto", pathname.length) && new URLSearchParams(url.slice(pathname.length + 1)).has("__proto__")) {
    return { status: 400, param: "__proto__", message: "unknown parameter" };
  }
  if (isServerAction(req, pathname)) {
    const request = { origin: req.headers.origin, host, secFetchSite: req.headers["sec-fetch-site"] };
    if (!fromThisSite(request, siteUrl)) return { status: 403, param: "Origin", message: "must be this site" };
    const length = req.headers["content-length"];
    if (length === undefined) return { status: 411, param: "Content-Length", message: "is required" };
    if (Number(length) > ACTION_BODY_LIMIT_BYTES)
      return { status: 413, param: "(body)", message: `at most ${ACTION_BODY_LIMIT_BYTES} bytes` };
  }
  return null;
}

/**
 * Whether Next.js takes a request for a server action: a POST with Next-Action (from JavaScript) or a
 * multipart form (a form without JavaScript) to a page. Its own check of such a request's Origin throws
 * (a 500); route handlers and the one-click unsubscribe make their own.
 * @param {http.IncomingMessage} req
 * @param {string} pathname
 */
function isServerAction(req, pathname) {
  if (req.method !== "POST") return false;
  if (req.headers["next-action"] !== undefined) return true;
  const multipart = req.headers["content-type"]?.startsWith("multipart/form-data") ?? false;
  return multipart && !pathname.startsWith("/api/") && pathname !== ONE_CLICK_UNSUBSCRIBE_PATH;
}

/** @type {Record<number, string>} */
const REASONS = {
  400: "Bad request.",
  403: "Cross-origin requests are not accepted.",
  405: "Method not allowed.",
  411: "Length required.",
  413: "Request body too large.",
};

/**
 * Answers with the site's JSON error shape, the security headers and a policy that allows nothing.
 * @param {http.ServerResponse} res
 * @param {string} siteUrl
 * @param {{ status: number, param: string, message: string, allow?: string }} refusal
 */
function answer(res, siteUrl, { status, param, message, allow }) {
  for (const { key, value } of securityHeaders(siteUrl)) res.setHeader(key, value);
  res.setHeader("Content-Security-Policy", NOTHING_POLICY);
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  if (allow) res.setHeader("Allow", allow);
  res.statusCode = status;
  return JSON.stringify({ error: { message: REASONS[status] ?? "Refused.", issues: [{ param, message }] } });
}

/**
 * Route handlers answer methods they do not export with an empty 405 (Next.js's default). Give it the
 * JSON error body and the Allow header. Every route handler exports GET, POST or both (a test checks),
 * so a refused POST means a GET route and a refused GET or HEAD a POST route.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {string} siteUrl
 */
function methodNotAllowed(req, res, siteUrl) {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the original is called with .call(this) below
  const { writeHead } = res;
  /** @type {(this: http.ServerResponse, ...args: any[]) => http.ServerResponse} */
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the original is called with .call/.apply(this) below
  const end = res.end;
  /** @type {string | null} */
  let body = null;
  /** @type {(this: http.ServerResponse, status: number, ...rest: any[]) => http.ServerResponse} */
  res.writeHead = function (status, ...rest) {
    if (status === 405 && !res.hasHeader("allow")) {
      const allow = req.method === "POST" ? "GET, HEAD, OPTIONS" : "OPTIONS, POST";
      body = answer(res, siteUrl, {
        status: 405,
        param: "(method)",
        message: `${req.method} is not accepted here`,
        allow,
      });
    }
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- writeHead's other arguments pass through untouched
    return writeHead.call(this, status, ...rest);
  };
  /** @type {(this: http.ServerResponse, ...args: any[]) => http.ServerResponse} */
  res.end = function (...args) {
    if (body === null) return end.apply(this, args);
    const json = body;
    body = null;
    return end.call(this, json);
  };
}

/**
 * The HTTP server with timeouts suited to this site: its requests are small (forms of a few KB), so a
 * client gets `requestTimeoutMs` for a whole request and at most 10 s for its headers.
 * @param {http.RequestListener} listener
 * @param {{ requestTimeoutMs: number }} options
 */
export function createHttpServer(listener, { requestTimeoutMs }) {
  const server = http.createServer(
    {
      requestTimeout: requestTimeoutMs,
      headersTimeout: Math.min(10_000, requestTimeoutMs),
      // Node checks the two timeouts this often (default 30 s, far coarser than the timeouts themselves).
      connectionsCheckingInterval: Math.min(1_000, requestTimeoutMs / 2),
    },
    listener,
  );
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout, as next start does
  return server;
}

/** @param {{ port: number, drainMs: number, requestTimeoutMs: number, siteUrl: string }} options */
export async function serve({ port, drainMs, requestTimeoutMs, siteUrl }) {
  installConsole();
  const { default: next } = await import("next");
  const dir = path.resolve(import.meta.dirname, "..");
  const app = next({ dev: false, dir, port });
  const handle = app.getRequestHandler();
  const policies = staticPolicies(); // filled by proxy.ts with each prerendered page's policy
  await app.prepare();

  let closing = false; // after the drain: answer what is running, keep no connection open
  const server = createHttpServer(
    (req, res) => {
      const started = performance.now();
      if (closing) res.setHeader("Connection", "close");
      res.once("close", () => {
        if (closing) server.closeIdleConnections();
        log(res.statusCode >= 500 ? "error" : "info", {
          event: "request",
          method: req.method,
          path: loggablePath(req.url),
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
          ...(res.writableFinished ? {} : { aborted: true }),
        });
      });
      const refused = refusal(req, siteUrl);
      if (refused) {
        res.setHeader("Connection", "close"); // the body, if any, is not read
        return void res.end(answer(res, siteUrl, refused));
      }
      // A client cannot skip the proxy: only this server sets the marker, and only with the policy.
      delete req.headers[STATIC_CSP_HEADER];
      if (req.method === "GET" || req.method === "HEAD") {
        const policy = policies.get(/** @type {string} */ ((req.url ?? "").split("?", 1)[0]));
        if (policy) {
          req.headers[STATIC_CSP_HEADER] = "1";
          res.setHeader("Content-Security-Policy", policy);
        } else if (req.url?.startsWith("/api/")) methodNotAllowed(req, res, siteUrl);
      } else methodNotAllowed(req, res, siteUrl);
      handle(req, res).catch((error) => {
        log("error", {
          event: "request_failed",
          path: loggablePath(req.url),
          message: String((error instanceof Error ? error.stack : undefined) ?? error),
        });
        if (!res.headersSent) {
          res.statusCode = 500;
          res.setHeader("Content-Type", "text/plain; charset=utf-8");
        }
        res.end("Internal server error");
      });
    },
    { requestTimeoutMs },
  );

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve(undefined));
  });
  log("info", { event: "listening", port, drainSeconds: drainMs / 1000 });

  let stopping = false;
  /** @param {string} signal @param {number} drain milliseconds */
  const stop = async (signal, drain) => {
    if (stopping) return;
    stopping = true;
    startDraining();
    log("info", { event: "shutdown", phase: "draining", signal, ms: drain });
    await new Promise((r) => setTimeout(r, drain));

    log("info", { event: "shutdown", phase: "closing" });
    closing = true;
    const closed = new Promise((r) => server.close(() => r(undefined)));
    server.closeIdleConnections();
    const cut = setTimeout(() => server.closeAllConnections(), FINISH_TIMEOUT_MS);
    await closed;
    clearTimeout(cut);

    // Next.js's close waits for work scheduled with after() (confirmation mails), which still needs the
    // database: the shutdown hooks (closing it) run once that is done.
    const closedApp = await app.close().then(
      () => null,
      (/** @type {unknown} */ error) => error,
    );
    const failures = await runShutdownHooks();
    for (const failure of [closedApp, ...failures].filter(Boolean))
      log("error", { event: "shutdown_hook_failed", message: String(failure) });
    log("info", { event: "shutdown", phase: "done" });
    process.exit(0);
  };
  /** @param {string} signal @param {number} drain milliseconds */
  const stopOrDie = (signal, drain) =>
    stop(signal, drain).catch((error) => {
      log("error", {
        event: "shutdown_failed",
        message: String((error instanceof Error ? error.stack : undefined) ?? error),
      });
      process.exit(1);
    });
  process.on("SIGTERM", () => void stopOrDie("SIGTERM", drainMs));
  process.on("SIGINT", () => void stopOrDie("SIGINT", 0)); // Ctrl-C in a terminal: no load balancer to wait for
  return server;
}
