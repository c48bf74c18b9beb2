// Build time as the glossary grows: adds generated terms until content/terms holds 100, then 1,000,
// times `next build` at each size, and removes the generated files afterwards (also on Ctrl-C). Each
// generated term has the full structure (frontmatter, three sections, related terms, a source).
// Then, with the real content only, it times the build with and without the per-model price pages
// (app/models/[provider], one static page per model of the price database), moving them aside for the
// second build and back afterwards (also on Ctrl-C).
// Usage: npm run bench:build [-- --sizes 100,500,1000] [-- --no-model-pages]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,500,1000" },
    "no-model-pages": { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, "content/terms");
const prefix = "zz-generated-";
const real = fs.readdirSync(dir).filter((f) => f.endsWith(".mdx") && !f.startsWith(prefix)).length;

const slug = (i) => `${prefix}${String(i).padStart(4, "0")}`;
function term(i, count) {
  // A ring: each term relates to its two neighbours on each side, so every link is mutual.
  const related = [-2, -1, 1, 2].map((d) => slug((i + d + count) % count));
  return `---
title: Generated term ${i}
summary: A generated term for the build benchmark, number ${i} of ${count}.
inShort:
  - A generated takeaway that weighs about what a real one does.
  - A second generated takeaway, so the block has its usual two lines.
category: costs
related:
${related.map((r) => `  - ${r}`).join("\n")}
sources:
  - title: "Generated for the build-time benchmark"
    url: https://example.com/bench/${i}
    accessed: 2026-11-27
updated: 2026-11-27
---

## Definition

Generated term ${i} stands in for a real entry, with a paragraph of the usual length about GPU hours, tokens and prices, so that the page weighs about what a real one does.

## Why it matters

Build time must grow in proportion to the number of terms: every term is one more static page, one more social card and one more entry in the search index, sitemap and feed.

## In practice

See [${related[0]}](/glossary/${related[0]}) and [${related[3]}](/glossary/${related[3]}).
`;
}

const modelPages = path.join(root, "app/models/[provider]");
// Inside node_modules, which TypeScript and Next.js ignore, and on the same file system (rename).
const modelPagesAside = path.join(root, "node_modules", ".bench-model-pages-aside");

function clean() {
  for (const f of fs.readdirSync(dir)) if (f.startsWith(prefix)) fs.rmSync(path.join(dir, f));
  if (fs.existsSync(modelPagesAside)) fs.renameSync(modelPagesAside, modelPages);
  // The next `npm start` must rebuild for the real content.
  fs.rmSync(path.join(root, ".next", "source-fingerprint"), { force: true });
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (clean(), process.exit(130)));

function timedBuild(label) {
  const started = performance.now();
  const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(
      `next build failed ${label} (${result.signal ?? `exit ${result.status}`}):\n${result.stderr.toString().slice(-2000)}`,
    );
  return seconds;
}
const countHtml = (d) =>
  fs.existsSync(d) ? fs.readdirSync(d, { recursive: true }).filter((f) => String(f).endsWith(".html")).length : 0;

const rows = [];
const modelRows = [];
try {
  for (const size of sizes) {
    clean();
    const count = Math.max(0, size - real);
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `${slug(i)}.mdx`), term(i, count));
    const seconds = timedBuild(`at ${size} terms`);
    // Every term must have become a page, or the time would flatter the build.
    const pages = fs
      .readdirSync(path.join(root, ".next", "server", "app", "glossary"))
      .filter((f) => f.endsWith(".html")).length;
    if (pages !== real + count)
      throw new Error(`the build at ${size} terms made ${pages} term pages, not ${real + count}`);
    rows.push({
      terms: real + count,
      "build s": Number(seconds.toFixed(1)),
      "ms per term": Math.round((seconds * 1000) / (real + count)),
    });
    console.error(`[bench:build] ${real + count} terms: ${seconds.toFixed(1)} s`); // progress, in case a later size is cut short
  }
  if (!values["no-model-pages"]) {
    clean();
    for (const withPages of [true, false]) {
      if (!withPages) fs.renameSync(modelPages, modelPagesAside);
      const seconds = timedBuild(withPages ? "with the model pages" : "without the model pages");
      const pages = countHtml(path.join(root, ".next", "server", "app", "models"));
      modelRows.push({ withPages, seconds, pages });
      console.error(`[bench:build] ${withPages ? "with" : "without"} model pages (${pages}): ${seconds.toFixed(1)} s`);
      clean();
    }
  }
} finally {
  clean();
}
console.log("\nbench:build (next build, generated terms added to the real ones)\n");
console.log("| measure | value | aim |");
console.log("| --- | --- | --- |");
for (const r of rows)
  console.log(`| build time at ${r.terms} terms | ${r["build s"]} s (${r["ms per term"]} ms per term) | |`);
// Linear growth: the time each added term costs is the same between every pair of sizes.
for (let i = 1; i < rows.length; i++) {
  const [a, b] = [rows[i - 1], rows[i]];
  const marginal = ((b["build s"] - a["build s"]) * 1000) / (b.terms - a.terms);
  console.log(
    `| marginal build time per added term, ${a.terms} to ${b.terms} terms | ${Math.round(marginal)} ms | linear growth: about equal across ranges |`,
  );
}
if (modelRows.length === 2) {
  const [withPages, without] = modelRows;
  const added = withPages.pages - without.pages;
  console.log(
    `| build time with the ${withPages.pages} model pages, ${real} terms | ${withPages.seconds.toFixed(1)} s | |`,
  );
  console.log(`| build time without them | ${without.seconds.toFixed(1)} s | |`);
  console.log(
    `| time per model page | ${Math.round(((withPages.seconds - without.seconds) * 1000) / Math.max(1, added))} ms | about the per-term cost or less |`,
  );
}
