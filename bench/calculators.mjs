// npm run bench:calculators — JavaScript a widget adds to a page, and input-to-result latency in Chromium.
import { launchBrowser, pageJsGzipBytes, percentile, startServer } from "./lib.mjs";

const EDITS = 200;
const server = await startServer(3200);
const browser = await launchBrowser();
try {
  const withWidget = await pageJsGzipBytes(server.url, "/glossary/inference-cost");
  // Every term page is one route, so every term page ships the widget's code whether or not its MDX
  // embeds one. The baseline is a page with the same layout and signup form and no widget.
  const without = await pageJsGzipBytes(server.url, "/newsletter");

  const page = await browser.newPage();
  await page.goto(`${server.url}/glossary/inference-cost`, { waitUntil: "networkidle" });
  const timings = await page.evaluate(async (edits) => {
    const widget = document.querySelector("section.calculator");
    const input = widget.querySelector('input[name="gpuHourlyUsd"]');
    const output = widget.querySelector("output.headline-value");
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
      setValue.call(input, String(2 + (i + 1) * 0.37));
      input.dispatchEvent(new Event("input", { bubbles: true }));
      times.push((await changed) - t0);
    }
    return times;
  }, EDITS);
  const sorted = [...timings].sort((a, b) => a - b);

  const kb = (b) => (b / 1024).toFixed(1);
  console.log("\nbench:calculators (production build, 127.0.0.1, Chromium headless)\n");
  console.log("| measure | value |");
  console.log("| --- | --- |");
  console.log(`| term page with widget (/glossary/inference-cost), gzipped JS | ${kb(withWidget.bytes)} KB in ${withWidget.files} files |`);
  console.log(`| page without widget, same layout and signup form (/newsletter), gzipped JS | ${kb(without.bytes)} KB in ${without.files} files |`);
  console.log(`| JavaScript the widget adds | ${kb(withWidget.bytes - without.bytes)} KB gzipped (aim: under 35 KB) |`);
  console.log(`| input event to updated result, median over ${EDITS} edits | ${percentile(sorted, 50).toFixed(2)} ms |`);
  console.log(`| input event to updated result, p95 | ${percentile(sorted, 95).toFixed(2)} ms (aim: 16 ms) |`);
} finally {
  await browser.close();
  server.stop();
}
