// npm run bench:lighthouse — Lighthouse 12 (mobile emulation, default simulated throttling) with Debian's
// Chromium on the production build, against a reference measured in the same run: a bare Next.js app of
// the same Next version (one page, a heading and two paragraphs) built and served beside the site.
// Pages are measured alternately (bare, term, calculator, home, bare, ...) for ROUNDS rounds, so machine
// noise hits every page alike; medians are printed. Scores from different runs are not comparable.
// Each page is audited twice a round: with Lighthouse's default simulated throttling (the scores), and with
// applied throttling (throttlingMethod "devtools": the network and CPU really slowed, the paint really
// timed). Simulated LCP is an estimate from a dependency graph, and on this loopback network it counts
// every async script that started running before the page's first frame was on screen (the bare page's
// one-paragraph frame usually beats its scripts; a real page's frame does not), so it can move by a second
// on a race that a real phone, whose scripts arrive after the first paint, never runs. The applied figure
// is the paint itself.
// Usage: npm run bench:lighthouse [-- --rounds 3]
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, chromiumPath } from "../scripts/chromium.mjs";
import { pageJsGzipBytes, startServer } from "./lib.mjs";

const roundsArg = process.argv.indexOf("--rounds");
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;
const categories = ["performance", "accessibility", "best-practices", "seo"];
const BARE_DIR = "data/bench-bare-next";
const BARE_PORT = 3601;

/**
 * The reference: a bare App Router app, written inside the repository (under git-ignored data/) so that
 * it resolves the very same `next`, `react` and `react-dom` from our node_modules.
 */
async function startBareNext() {
  rmSync(BARE_DIR, { recursive: true, force: true });
  mkdirSync(`${BARE_DIR}/app`, { recursive: true });
  writeFileSync(`${BARE_DIR}/next.config.mjs`, "export default {};\n");
  // An icon, so the browser's /favicon.ico request does not log a 404 that Lighthouse would count.
  writeFileSync(
    `${BARE_DIR}/app/icon.svg`,
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n',
  );
  writeFileSync(
    `${BARE_DIR}/app/layout.jsx`,
    `export const metadata = { title: "Bare page", description: "A bare Next.js page for reference." };
export default function Layout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  );
  writeFileSync(
    `${BARE_DIR}/app/page.jsx`,
    `export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>This page has a heading and two paragraphs and nothing else. It is the floor that the site's own pages are measured against in the same run, on the same machine, with the same Next.js version.</p>
      <p>A second paragraph, so that the largest contentful paint is a paragraph of text, as it is on a term page, and not the heading.</p>
    </main>
  );
}
`,
  );
  const build = spawnSync("npx", ["next", "build", BARE_DIR], { stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error(`bare Next.js build failed (exit ${build.status})`);
  const server = spawn("npx", ["next", "start", BARE_DIR, "-p", String(BARE_PORT), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${BARE_PORT}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error("bare Next.js server did not start in 120 s");
    try {
      if ((await fetch(url)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  return { url, stop: () => process.kill(-server.pid, "SIGTERM") };
}

async function audit(port, url) {
  // "localhost": Lighthouse counts it as a secure origin, as it would count the HTTPS site.
  const run = (options) =>
    lighthouse(url.replace("127.0.0.1", "localhost"), { port, output: "json", logLevel: "error", ...options });
  const { lhr } = await run({ onlyCategories: categories });
  const applied = (await run({ onlyCategories: ["performance"], throttlingMethod: "devtools" })).lhr.audits;
  const failed = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
    .map((a) => a.id);
  return {
    ...Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
    lcp: lhr.audits["largest-contentful-paint"].numericValue,
    fcp: lhr.audits["first-contentful-paint"].numericValue,
    tbt: lhr.audits["total-blocking-time"].numericValue,
    appliedLcp: applied["largest-contentful-paint"].numericValue,
    appliedFcp: applied["first-contentful-paint"].numericValue,
    failed,
  };
}

/** The document's size as served gzipped (it carries the page's CSS: experimental.inlineCss). */
async function htmlGzipBytes(url) {
  return gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 6 }).length;
}

const signed = (/** @type {number} */ n) => `${n < 0 ? "-" : "+"}${Math.abs(Math.round(n))}`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const site = await startServer(3600, "data/bench-lighthouse", { SHUTDOWN_DRAIN_SECONDS: "0" });
let bare;
let chrome;
try {
  bare = await startBareNext();
  const targets = [
    { name: "bare Next.js page", url: bare.url + "/" },
    { name: "term page (/glossary/kv-cache)", url: site.url + "/glossary/kv-cache" },
    { name: "calculator (/calculators/gpu-memory)", url: site.url + "/calculators/gpu-memory" },
    { name: "home (/)", url: site.url + "/" },
  ];
  chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ["--headless=new", ...chromiumArgs],
  });
  const results = new Map(targets.map((t) => [t.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of targets) {
      console.error(`round ${round + 1}/${ROUNDS}: ${t.name}`);
      results.get(t.name).push(await audit(chrome.port, t.url));
    }
  }
  const summary = [];
  for (const t of targets) {
    const runs = results.get(t.name);
    const { origin, pathname } = new URL(t.url);
    summary.push({
      name: t.name,
      // Lighthouse's simulated LCP counts every script that finished loading before the observed LCP, so
      // the JavaScript a page ships is printed beside its LCP.
      jsKb: (await pageJsGzipBytes(origin, pathname)).bytes / 1000,
      ...Object.fromEntries(categories.map((c) => [c, median(runs.map((r) => r[c]))])),
      lcp: median(runs.map((r) => r.lcp)),
      lcpRuns: runs.map((r) => r.lcp),
      fcp: median(runs.map((r) => r.fcp)),
      tbt: median(runs.map((r) => r.tbt)),
      appliedLcp: median(runs.map((r) => r.appliedLcp)),
      appliedFcp: median(runs.map((r) => r.appliedFcp)),
      htmlKb: (await htmlGzipBytes(t.url)) / 1000,
      failed: [...new Set(runs.flatMap((r) => r.failed))],
    });
  }
  const ref = summary[0];
  console.log(
    `\nbench:lighthouse (Lighthouse 12, mobile emulation; scores with default simulated throttling, "applied" with devtools throttling; medians of ${ROUNDS} alternating rounds)\n`,
  );
  console.log("| measure | value | aim |");
  console.log("| --- | --- | --- |");
  for (const s of summary) {
    const vsRef =
      s === ref
        ? "reference"
        : `performance ${signed(s.performance - ref.performance)}, LCP ${signed(s.lcp - ref.lcp)} ms, applied LCP ${signed(s.appliedLcp - ref.appliedLcp)} ms vs bare`;
    console.log(
      `| ${s.name}: performance / accessibility / best practices / SEO | ${categories.map((c) => s[c]).join(" / ")} (HTML ${s.htmlKb.toFixed(1)} KB gz, JS ${s.jsKb.toFixed(1)} KB gz; simulated FCP ${Math.round(s.fcp)} ms, LCP ${Math.round(s.lcp)} ms [runs ${s.lcpRuns.map(Math.round).join(", ")}], TBT ${Math.round(s.tbt)} ms; applied FCP ${Math.round(s.appliedFcp)} ms, LCP ${Math.round(s.appliedLcp)} ms; ${vsRef}; failed: ${s.failed.join(", ") || "none"}) | ${s === ref ? "" : "performance within 2 of bare, LCP within 300 ms, others 100"} |`,
    );
  }
} finally {
  await chrome?.kill();
  bare?.stop();
  site.stop();
}
