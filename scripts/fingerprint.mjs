// A hash of everything a production build depends on, so `npm start` rebuilds only when needed. The
// inputs are every file of the repository (tracked, or new and not git-ignored) except those no build
// reads, so a new file anywhere counts without being listed here.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Files and folders that never reach a build: tests, documentation, benchmarks, CI. */
const notBuilt = /^(?:e2e|bench|docs|\.ci)\/|^[^/]+\.md$|\.test\.[cm]?[jt]sx?$/;
/** Without git: what .gitignore leaves out, besides the above. */
const ignoredDirs = new Set([
  ".git",
  ".next",
  "node_modules",
  "data",
  "generated",
  "test-results",
  "playwright-report",
]);

/**
 * The repository's files relative to root, from git when root is a work tree, else by a walk.
 * @param {string} root
 * @returns {string[]}
 */
function repositoryFiles(root) {
  try {
    const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
    // A tracked file deleted from the work tree is still listed until the deletion is committed.
    return [...new Set(listed.split("\0").filter(Boolean))].filter((file) => fs.existsSync(path.join(root, file)));
  } catch {
    /** @type {string[]} */
    const files = [];
    /** @param {string} dir */
    const walk = (dir) => {
      for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        if (entry.isDirectory() && ignoredDirs.has(entry.name)) continue;
        const file = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(file);
        else if (entry.isFile() && !entry.name.startsWith(".env")) files.push(file);
      }
    };
    walk("");
    return files;
  }
}

/** The build's input files, relative to root, sorted. @param {string} root */
export function buildInputs(root) {
  return repositoryFiles(root)
    .filter((file) => !notBuilt.test(file))
    .sort();
}

/** @param {string} root @param {string} siteUrl baked into canonical URLs at build time */
export function sourceFingerprint(root, siteUrl) {
  const hash = createHash("sha256").update(`site:${siteUrl}\n`);
  for (const file of buildInputs(root))
    hash
      .update(file)
      .update("\0")
      .update(fs.readFileSync(path.join(root, file)))
      .update("\0");
  return hash.digest("hex");
}
