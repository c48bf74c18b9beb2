// Fails when two groups of lib/ import each other. A group is a top-level folder of lib/ (lib/content,
// lib/economics, ...) or a loose file of lib/ on its own (lib/db/index.ts, lib/env.mjs). Dependencies between
// groups must run one way; a pair with imports both ways is listed with one import each way as evidence.
// Usage: node scripts/check-imports.mjs
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const libDir = path.join(root, "lib");
const sourceFile = /\.(ts|tsx|mts|mjs|js)$/;
// Generated code (the Prisma clients) is not ours to order. Test files are left out too: a test may check
// that two groups agree (content figures against calculator output) without the code depending on both.
const skipped = new Set(["generated"]);

/** @param {string} dir @returns {string[]} absolute paths of the source files under dir */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skipped.has(entry.name) && dir === libDir ? [] : sourceFiles(full);
    return sourceFile.test(entry.name) && !/\.d\.ts$|\.test\.\w+$/.test(entry.name) ? [full] : [];
  });
}

// import ... from "x", export ... from "x", import "x", import("x"), vi.mock("x"): the specifier is enough.
const specifierPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bvi\.mock\(\s*)["']([^"']+)["']/g;

/** @param {string} text @returns {string[]} the module specifiers in a file, comments removed first */
export function importSpecifiers(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  return [...code.matchAll(specifierPattern)].map((match) => /** @type {string} */ (match[1]));
}

/** @param {string} file absolute path inside lib/ @returns {string} its group, e.g. "lib/content" or "lib/db" */
export function groupOf(file) {
  const [first, ...rest] = path.relative(libDir, file).split(path.sep);
  const name = /** @type {string} */ (first);
  return rest.length > 0 ? `lib/${name}` : `lib/${name.replace(/\.(test\.)?(ts|tsx|mts|mjs|js)$/, "")}`;
}

/** @param {string} specifier @param {string} fromFile @returns {string | undefined} the lib/ path it points at */
function resolveInLib(specifier, fromFile) {
  let target;
  if (specifier.startsWith("@/")) target = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) target = path.resolve(path.dirname(fromFile), specifier);
  else return undefined;
  return target.startsWith(libDir + path.sep) ? target : undefined;
}

/** @returns {Map<string, Map<string, string>>} group -> group it imports -> one "file -> specifier" example */
export function groupEdges() {
  /** @type {Map<string, Map<string, string>>} */
  const edges = new Map();
  for (const file of sourceFiles(libDir)) {
    const from = groupOf(file);
    for (const specifier of importSpecifiers(readFileSync(file, "utf8"))) {
      const target = resolveInLib(specifier, file);
      if (!target) continue;
      const to = groupOf(target);
      if (to === from) continue;
      const targets = edges.get(from) ?? /** @type {Map<string, string>} */ (new Map());
      if (!targets.has(to)) targets.set(to, `${path.relative(root, file)} imports "${specifier}"`);
      edges.set(from, targets);
    }
  }
  return edges;
}

/** @returns {{ a: string, b: string, aToB: string, bToA: string }[]} the pairs of groups importing each other */
export function mutualPairs() {
  const edges = groupEdges();
  const pairs = [];
  for (const [a, targets] of edges) {
    for (const [b, aToB] of targets) {
      const bToA = edges.get(b)?.get(a);
      if (bToA && a < b) pairs.push({ a, b, aToB, bToA });
    }
  }
  return pairs.sort((x, y) => `${x.a} ${x.b}`.localeCompare(`${y.a} ${y.b}`));
}

// Pairs allowed to import each other: none. A pair listed here would have to be one being untangled; a
// listed pair that no longer exists fails too, so the list can only shrink.
/** @type {Set<string>} */
const knownPairs = new Set([]);

if (import.meta.url === `file://${process.argv[1]}`) {
  const pairs = mutualPairs();
  const found = new Set(pairs.map(({ a, b }) => `${a} <-> ${b}`));
  const fresh = pairs.filter(({ a, b }) => !knownPairs.has(`${a} <-> ${b}`));
  const fixed = [...knownPairs].filter((pair) => !found.has(pair));
  for (const { a, b, aToB, bToA } of fresh)
    console.error(`check-imports: ${a} <-> ${b} import each other:\n  ${aToB}\n  ${bToA}`);
  for (const pair of fixed)
    console.error(
      `check-imports: ${pair} no longer import each other: remove it from knownPairs in scripts/check-imports.mjs`,
    );
  if (fresh.length > 0 || fixed.length > 0) process.exitCode = 1;
  else
    console.log(
      `check-imports: no new pair of lib/ groups imports each other (${knownPairs.size} known, listed in the script).`,
    );
}
