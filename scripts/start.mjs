// npm start: validates the environment, prepares the data folder, applies migrations, builds when
// the sources changed since the last build, then serves on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sourceFingerprint } from "./fingerprint.mjs";
import { authSecret, env } from "../lib/env.mjs";
import { migrate } from "../lib/migrate.mjs";

const root = path.resolve(import.meta.dirname, "..");
const next = path.join(root, "node_modules/.bin/next");

fs.mkdirSync(path.resolve(root, env.DATA_DIR), { recursive: true });
authSecret();
const applied = await migrate(env.DATABASE_URL);
if (applied.length) console.log(`[start] applied migrations: ${applied.join(", ")}`);

const stamp = path.join(root, ".next", "source-fingerprint");
const fingerprint = sourceFingerprint(root, env.SITE_URL);
const built = fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint;
if (!built) {
  console.log("[start] no current build: running next build");
  const result = spawnSync(next, ["build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stamp, fingerprint);
}

const server = spawn(next, ["start", "--port", String(env.PORT)], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
