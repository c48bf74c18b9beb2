// Graceful shutdown for `next start`. On SIGTERM Next.js closes its listening socket at once: requests
// already read are answered, but connections waiting in the kernel's accept queue are reset. So SIGTERM
// first starts a drain: /api/health answers 503 (load balancers stop sending traffic) while the server
// keeps serving for SHUTDOWN_DRAIN_SECONDS; then Next.js's own shutdown runs (close, finish in-flight
// requests, exit).

const DRAINING = Symbol.for("inference-economics.draining");
const state = globalThis as unknown as { [DRAINING]?: boolean };

/** True once SIGTERM has been received (shared across bundles through globalThis). */
export const isDraining = () => state[DRAINING] === true;

/** Call once at startup, after Next.js has registered its SIGTERM handler. */
export function drainOnSigterm(drainMs: number) {
  const nextHandlers = process.listeners("SIGTERM");
  process.removeAllListeners("SIGTERM");
  process.once("SIGTERM", () => {
    state[DRAINING] = true;
    console.log(JSON.stringify({ event: "shutdown", phase: "draining", ms: drainMs }));
    setTimeout(() => {
      console.log(JSON.stringify({ event: "shutdown", phase: "closing" }));
      for (const handler of nextHandlers) handler("SIGTERM");
    }, drainMs);
  });
}
