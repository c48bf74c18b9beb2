// Gets the data folder ready before the site runs (npm start, npm run dev): creates DATA_DIR, generates
// an AUTH_SECRET there when none is set, and applies pending migrations. Run directly or imported;
// `--secret-only` (npm run build) does only the secret.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { migrate } from "../lib/db/migrate.mjs";
import { authSecretFile, env } from "../lib/env.mjs";

const root = path.resolve(import.meta.dirname, "..");

/**
 * With no AUTH_SECRET, generates a random secret once into the data folder (lib/env.mjs authSecret()
 * reads it). Several servers starting at once on one folder end up with the same secret.
 * @param {{ DATA_DIR: string, AUTH_SECRET?: string }} [e]
 */
export function ensureAuthSecret(e = env) {
  if (e.AUTH_SECRET) return;
  const file = authSecretFile(e);
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url") + "\n", { mode: 0o600, flag: "wx" });
    console.warn(`[prepare] AUTH_SECRET is not set: generated one into ${file}. Set AUTH_SECRET in production.`);
  } catch (error) {
    // Another process wrote it first: theirs is used.
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EEXIST") throw error;
  }
}

/** @returns {Promise<string[]>} the names of the migrations it applied */
export async function prepareData() {
  fs.mkdirSync(path.resolve(root, env.DATA_DIR), { recursive: true });
  ensureAuthSecret();
  return migrate(env.DATABASE_URL);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === "--secret-only") {
  ensureAuthSecret();
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const applied = await prepareData();
  if (applied.length) console.log(`[prepare] applied migrations: ${applied.join(", ")}`);
}
