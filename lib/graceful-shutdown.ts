// The app's side of a graceful shutdown, which scripts/server.mjs runs on SIGTERM. The two share state
// through globalThis, because the server and the app's bundles are separate module graphs in one process.

const DRAINING = Symbol.for("inference-economics.draining");
const SHUTDOWN_HOOKS = Symbol.for("inference-economics.shutdown-hooks");
const state = globalThis as unknown as { [DRAINING]?: boolean; [SHUTDOWN_HOOKS]?: Set<() => Promise<unknown>> };

/** True once SIGTERM has been received: /api/health answers 503 so load balancers stop sending traffic. */
export const isDraining = () => state[DRAINING] === true;

/** Runs `hook` after the last request has finished, before the process exits (e.g. closing the database). */
export function onShutdown(hook: () => Promise<unknown>) {
  (state[SHUTDOWN_HOOKS] ??= new Set()).add(hook);
}
