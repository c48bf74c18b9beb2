// Gets the data folder ready before the site runs (npm start, npm run dev): creates DATA_DIR, generates
// an AUTH_SECRET there when none is set, and applies pending migrations. Run directly or imported.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { authSecret, env } from "../lib/env.mjs";
import { migrate } from "../lib/migrate.mjs";

const root = path.resolve(import.meta.dirname, "..");

/** @returns {Promise<string[]>} the names of the migrations it applied */
export async function prepareData() {
  fs.mkdirSync(path.resolve(root, env.DATA_DIR), { recursive: true });
  authSecret();
  return migrate(env.DATABASE_URL);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const applied = await prepareData();
  if (applied.length) console.log(`[prepare] applied migrations: ${applied.join(", ")}`);
}
