// What the production server (scripts/server.mjs) and the app's bundles share. They run in one process
// but are separate module graphs, so the state lives on globalThis under these symbols; this module is
// the one place that names them.

const DRAINING = Symbol.for("inference-economics.draining");
const SHUTDOWN_HOOKS = Symbol.for("inference-economics.shutdown-hooks");
const STATIC_POLICIES = Symbol.for("inference-economics.static-csp");
/** @typedef {{ [DRAINING]?: boolean, [SHUTDOWN_HOOKS]?: Set<() => Promise<unknown>>, [STATIC_POLICIES]?: Map<string, string> }} SharedState */
const shared = /** @type {typeof globalThis & SharedState} */ (globalThis);

/**
 * The request header with which the server tells Next.js to skip proxy.ts for a prerendered page whose
 * policy it already set. proxy.ts's matcher must name the same header (a literal there; a test checks).
 */
export const STATIC_CSP_HEADER = "x-ie-static-csp";

/** True once SIGTERM has been received: /api/health answers 503 so load balancers stop sending traffic. */
export const isDraining = () => shared[DRAINING] === true;

export function startDraining() {
  shared[DRAINING] = true;
}

/**
 * Runs `hook` after the last request has finished, before the process exits (e.g. closing the database).
 * @param {() => Promise<unknown>} hook
 */
export function onShutdown(hook) {
  (shared[SHUTDOWN_HOOKS] ??= /** @type {Set<() => Promise<unknown>>} */ (new Set())).add(hook);
}

/** Runs every shutdown hook; resolves with the failures. @returns {Promise<unknown[]>} */
export async function runShutdownHooks() {
  const results = await Promise.allSettled([...(shared[SHUTDOWN_HOOKS] ?? [])].map((hook) => hook()));
  return results.flatMap((r) => (r.status === "rejected" ? [/** @type {unknown} */ (r.reason)] : []));
}

/**
 * Content-Security-Policy by path for prerendered pages: filled by proxy.ts, read by the server.
 * @returns {Map<string, string>}
 */
export const staticPolicies = () => (shared[STATIC_POLICIES] ??= /** @type {Map<string, string>} */ (new Map()));
