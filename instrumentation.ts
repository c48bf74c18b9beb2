// Runs once when the server starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ drainOnSigterm }, { env }] = await Promise.all([import("./lib/graceful-shutdown"), import("./lib/env.mjs")]);
  drainOnSigterm(env.SHUTDOWN_DRAIN_SECONDS * 1000);
}
