// The production HTTP server: Next.js's request handler (the same one `next start` uses) behind a Node
// server we own, so that this process decides two things `next start` does not let us control:
// - shutdown: on SIGTERM, /api/health answers 503 while we keep serving for SHUTDOWN_DRAIN_SECONDS (a load
//   balancer stops sending traffic), then the listening socket closes, requests in flight finish, the
//   app's shutdown hooks run (the database is closed) and the process exits 0. `next start` closes its
//   socket at once, which resets connections still waiting to be accepted.
// - logs: one JSON line per request (lib/log.mjs), without query strings, tokens or email addresses; all
//   console output of the app becomes JSON lines too.
import http from "node:http";
import path from "node:path";
import next from "next";
import { installConsole, log, loggablePath } from "../lib/log.mjs";
import { runShutdownHooks, STATIC_CSP_HEADER, startDraining, staticPolicies } from "../lib/server-state.mjs";
/** After the drain, requests still running get this long before their connections are cut. */
const FINISH_TIMEOUT_MS = 30_000;

/** @param {{ port: number, drainMs: number }} options */
export async function serve({ port, drainMs }) {
  installConsole();
  const dir = path.resolve(import.meta.dirname, "..");
  const app = next({ dev: false, dir, port });
  const handle = app.getRequestHandler();
  const policies = staticPolicies(); // filled by proxy.ts with each prerendered page's policy
  await app.prepare();

  let closing = false; // after the drain: answer what is running, keep no connection open
  const server = http.createServer((req, res) => {
    const started = performance.now();
    if (closing) res.setHeader("Connection", "close");
    // A client cannot skip the proxy: only this server sets the marker, and only with the policy.
    delete req.headers[STATIC_CSP_HEADER];
    if (req.method === "GET" || req.method === "HEAD") {
      const policy = policies.get((req.url ?? "/").split("?", 1)[0]);
      if (policy) {
        req.headers[STATIC_CSP_HEADER] = "1";
        res.setHeader("Content-Security-Policy", policy);
      }
    }
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
    handle(req, res).catch((error) => {
      log("error", { event: "request_failed", path: loggablePath(req.url), message: String(error?.stack ?? error) });
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
      }
      res.end("Internal server error");
    });
  });
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout, as next start does

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve(undefined));
  });
  log("info", { event: "listening", port, drainSeconds: drainMs / 1000 });

  let stopping = false;
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

    const [closedApp, failures] = await Promise.all([app.close().then(() => null, (error) => error), runShutdownHooks()]);
    for (const failure of [closedApp, ...failures].filter(Boolean)) log("error", { event: "shutdown_hook_failed", message: String(failure) });
    log("info", { event: "shutdown", phase: "done" });
    process.exit(0);
  };
  const stopOrDie = (signal, drain) =>
    stop(signal, drain).catch((error) => {
      log("error", { event: "shutdown_failed", message: String(error?.stack ?? error) });
      process.exit(1);
    });
  process.on("SIGTERM", () => void stopOrDie("SIGTERM", drainMs));
  process.on("SIGINT", () => void stopOrDie("SIGINT", 0)); // Ctrl-C in a terminal: no load balancer to wait for
  return server;
}
