// npm run bench:calculators — JavaScript a widget adds to a page, and input-to-result latency in Chromium:
// the self-host-cost widget on a term page, the deployment planner (/plan) and a 50-turn agent session.
import { gzipSync } from "node:zlib";
import { launchBrowser, pageJsGzipBytes, percentile, startServer } from "./lib.mjs";

const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const server = await startServer(3200);
const browser = await launchBrowser();

/** A page's scripts (the <script src> tags of its HTML, without noModule polyfills) and their gzipped sizes. */
async function pageScripts(path) {
  const html = await (await fetch(server.url + path)).text();
  const srcs = new Set(
    [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g)]
      .filter((m) => !/\bnoModule\b/i.test(m[0]))
      .map((m) => m[1]),
  );
  const sizes = new Map();
  for (const src of srcs)
    sizes.set(src, gzipSync(Buffer.from(await (await fetch(server.url + src)).arrayBuffer()), { level: 9 }).length);
  return sizes;
}

/** Gzipped JS of the scripts `path` loads that `baseline` does not: what its widget adds. */
async function addedJs(path, baseline) {
  const [page, base] = await Promise.all([pageScripts(path), pageScripts(baseline)]);
  const added = [...page].filter(([src]) => !base.has(src));
  return { bytes: added.reduce((n, [, b]) => n + b, 0), files: added.length };
}

/**
 * The JavaScript a page loads in Chromium, by pathname with gzipped sizes: its script tags and the chunks its
 * widgets import on demand (a widget's calculator code loads after the page's own scripts). Counted once the
 * widgets are live and the network is idle.
 */
async function loadedScripts(path) {
  const page = await browser.newPage();
  await page.goto(server.url + path, { waitUntil: "networkidle" });
  await page
    .waitForFunction(
      () => [...document.querySelectorAll("section[data-calculator]")].every((s) => s.hasAttribute("data-live")),
      null,
      { timeout: 10_000 },
    )
    .catch(() => {});
  const urls = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => e.name)
      .filter((n) => /\.js(\?|$)/.test(n)),
  );
  await page.close();
  const sizes = new Map();
  for (const url of new Set(urls))
    sizes.set(
      new URL(url).pathname,
      gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length,
    );
  return sizes;
}

/** Gzipped JS `path` loads in the browser that `baseline` does not. */
async function addedLoadedJs(path, baseline) {
  const [page, base] = [await loadedScripts(path), await loadedScripts(baseline)];
  const added = [...page].filter(([src]) => !base.has(src));
  return { bytes: added.reduce((n, [, b]) => n + b, 0), files: added.length };
}

/**
 * Input event to updated headline, over `EDITS` edits of the input `name` (each value differs from the last,
 * and moves the headline), in the first widget on `path`.
 */
async function latency(path, name, start, step) {
  console.error(`latency: ${path}`);
  const page = await browser.newPage();
  await page.goto(server.url + path, { waitUntil: "networkidle" });
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  // The widget's code loads on demand: wait for it to be live (a build without the marker: no wait).
  await page
    .waitForFunction(
      () => [...document.querySelectorAll("section[data-calculator]")].every((s) => s.hasAttribute("data-live")),
      null,
      { timeout: 10_000 },
    )
    .catch(() => {});
  const timings = await page.evaluate(
    async ({ edits, name, start, step }) => {
      // Alternating between two values: every edit changes the input, and the result moves by a visible step.
      const value = (i) => start + ((i % 2) + 1) * step;
      const widget = document.querySelector("section[data-calculator]");
      const input = widget.querySelector(`input[name="${name}"]`);
      const output = widget.querySelector("output[data-headline]");
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
      const times = [];
      for (let i = 0; i < edits; i++) {
        const before = output.textContent;
        const changed = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (output.textContent !== before) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(output, { childList: true, characterData: true, subtree: true });
        });
        const t0 = performance.now();
        setValue.call(input, String(value(i)));
        input.dispatchEvent(new Event("input", { bubbles: true }));
        times.push((await changed) - t0);
      }
      return times;
    },
    { edits: EDITS, name, start, step },
  );
  await page.close();
  const sorted = [...timings].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

try {
  const withWidget = await pageJsGzipBytes(server.url, "/glossary/inference-cost");
  // Every term page is one route, so every term page ships the widget's code whether or not its MDX
  // embeds one. The baseline is a page with the same layout and signup form and no widget.
  const without = await pageJsGzipBytes(server.url, "/newsletter");
  // The planner and the agent session on their own pages; the baseline is the calculator index, the same
  // layout with no widget. Counted: the scripts only the widget's page loads.
  const planPath = "/plan?model=llama-3-1-70b&gpu=h100-sxm";
  const agentPath = "/calculators/agent-session?model=google/gemini-2.5-pro&turns=50";
  const planJs = await addedJs(planPath, "/calculators");
  const agentJs = await addedJs(agentPath, "/calculators");
  const planTotal = await pageJsGzipBytes(server.url, planPath);
  const index = await pageJsGzipBytes(server.url, "/calculators");
  // What the browser actually loads, chunks imported on demand included.
  const planLoaded = await addedLoadedJs(planPath, "/calculators");
  const agentLoaded = await addedLoadedJs(agentPath, "/calculators");
  const termLoaded = await addedLoadedJs("/glossary/inference-cost", "/newsletter");
  const apiTermLoaded = await addedLoadedJs("/glossary/token-pricing", "/newsletter");

  // A page that crashes or never updates is reported as such, not allowed to hide the other figures.
  const attempt = (f) => f().catch((e) => ({ error: String(e.message ?? e).split("\n")[0] }));
  const term = await attempt(() => latency("/glossary/inference-cost", "gpuHourlyUsd", 2, 0.37));
  // The planner's monthly cost is linear in the GPU price: each edit recomputes the whole plan (memory,
  // batch search, speeds, replicas, the APIs serving the model) and moves the headline.
  const plan = await attempt(() => latency(planPath, "gpuHourlyUsd", 3, 0.37));
  // Every system-prompt edit re-runs all 50 turns (5,000 tokens a step: a smaller one can leave the rounded headline unchanged).
  const agent = await attempt(() => latency(agentPath, "systemTokens", 3000, 5000));

  const kb = (b) => (b / 1024).toFixed(1);
  const ms = (x) => `${x.toFixed(2)} ms`;
  const times = (r) => ("error" in r ? `failed: ${r.error}` : `${ms(r.median)} / ${ms(r.p95)}`);
  console.log("\nbench:calculators (production build, 127.0.0.1, Chromium headless)\n");
  console.log("| measure | value | aim / reference |");
  console.log("| --- | --- | --- |");
  console.log(
    `| term page with widget (/glossary/inference-cost), gzipped JS | ${kb(withWidget.bytes)} KB in ${withWidget.files} files | |`,
  );
  console.log(
    `| page without widget, same layout and signup form (/newsletter), gzipped JS | ${kb(without.bytes)} KB in ${without.files} files | reference |`,
  );
  console.log(
    `| JavaScript the term-page widget adds | ${kb(withWidget.bytes - without.bytes)} KB gzipped | under 35 KB |`,
  );
  console.log(`| /plan, gzipped JS | ${kb(planTotal.bytes)} KB in ${planTotal.files} files | |`);
  console.log(
    `| calculator index (/calculators), no widget, gzipped JS | ${kb(index.bytes)} KB in ${index.files} files | reference |`,
  );
  console.log(
    `| JavaScript the planner widget adds (scripts /plan loads and /calculators does not) | ${kb(planJs.bytes)} KB gzipped in ${planJs.files} files | under 35 KB |`,
  );
  console.log(
    `| JavaScript the agent-session widget adds (same reference) | ${kb(agentJs.bytes)} KB gzipped in ${agentJs.files} files | |`,
  );
  console.log(
    `| loaded in Chromium, on-demand chunks included: the term-page widget (self-host-cost) adds | ${kb(termLoaded.bytes)} KB gzipped in ${termLoaded.files} files | |`,
  );
  console.log(
    `| loaded in Chromium: the api-cost widget on /glossary/token-pricing adds | ${kb(apiTermLoaded.bytes)} KB gzipped in ${apiTermLoaded.files} files | |`,
  );
  console.log(
    `| loaded in Chromium: the planner widget adds (against /calculators) | ${kb(planLoaded.bytes)} KB gzipped in ${planLoaded.files} files | under 35 KB |`,
  );
  console.log(
    `| loaded in Chromium: the agent-session widget adds | ${kb(agentLoaded.bytes)} KB gzipped in ${agentLoaded.files} files | |`,
  );
  console.log(
    `| term-page widget: input event to updated result, median / p95 over ${EDITS} edits | ${times(term)} | p95 under 16 ms |`,
  );
  console.log(`| planner (Llama 3.1 70B, H100, 13 APIs): median / p95 | ${times(plan)} | p95 under 16 ms |`);
  console.log(`| agent session, 50 turns: median / p95 | ${times(agent)} | p95 under 16 ms |`);
} finally {
  await browser.close();
  server.stop();
}
