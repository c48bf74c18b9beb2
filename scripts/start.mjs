// npm start: validates the environment, prepares the data folder, applies migrations, builds when
// the sources changed since the last build, then serves on PORT (default 3000) with scripts/server.mjs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Like `next start`: the server always runs as production. Set before lib/env.mjs is first read.
/** @type {Record<string, string | undefined>} */ (process.env).NODE_ENV = "production";
// Every line the process prints is JSON (lib/server/log.mjs), from the first; `next build`'s own output aside.
const { installConsole, log } = await import("../lib/server/log.mjs");
installConsole();
const { sourceFingerprint } = await import("./fingerprint.mjs");
const { env } = await import("../lib/env.mjs");
const { prepareData } = await import("./prepare-data.mjs");

const root = path.resolve(import.meta.dirname, "..");
const next = path.join(root, "node_modules/.bin/next");

const applied = await prepareData();
if (applied.length) log("info", { event: "migrations_applied", migrations: applied });

const stamp = path.join(root, ".next", "source-fingerprint");
const fingerprint = sourceFingerprint(root, env.SITE_URL);
const built =
  fs.existsSync(path.join(root, ".next", "BUILD_ID")) &&
  fs.existsSync(stamp) &&
  fs.readFileSync(stamp, "utf8") === fingerprint;
if (!built) {
  log("info", { event: "build", reason: "no build of the current sources" });
  const result = spawnSync(next, ["build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stamp, fingerprint);
}

const { serve } = await import("./server.mjs");
await serve({
  port: env.PORT,
  drainMs: env.SHUTDOWN_DRAIN_SECONDS * 1000,
  requestTimeoutMs: env.REQUEST_TIMEOUT_SECONDS * 1000,
  siteUrl: env.SITE_URL,
});
