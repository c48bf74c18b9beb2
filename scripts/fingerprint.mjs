// A hash of everything a production build depends on, so `npm start` rebuilds only when needed.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const inputs = ["app", "components", "content", "lib", "public", "prisma", "mdx-components.tsx", "next.config.mjs",
  "package-lock.json", "tsconfig.json"];
const skip = new Set(["generated", "node_modules"]);

function walk(dir, out) {
  if (!fs.existsSync(dir)) return;
  const stat = fs.statSync(dir);
  if (stat.isFile()) return void out.push(dir);
  for (const name of fs.readdirSync(dir).sort()) {
    if (skip.has(name) || name.endsWith(".test.ts")) continue;
    walk(path.join(dir, name), out);
  }
}

/** @param {string} root @param {string} siteUrl baked into canonical URLs at build time */
export function sourceFingerprint(root, siteUrl) {
  const files = [];
  for (const input of inputs) walk(path.join(root, input), files);
  const hash = createHash("sha256").update(`site:${siteUrl}\n`);
  for (const file of files) hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  return hash.digest("hex");
}
