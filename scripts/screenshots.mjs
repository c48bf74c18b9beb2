// Pictures of every page type, to look at before a change that readers see lands: builds when needed,
// starts the production server on a port of its own, and writes full-page PNGs at a desktop and a phone
// width, in light and dark, into screenshots/ (git-ignored).
// Usage: npm run screenshots [-- --only models,term] [-- --port 3190]
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser, startServer } from "../bench/lib.mjs";

/** @type {[name: string, url: string][]} */
const PAGES = [
  ["home", "/"],
  ["glossary", "/glossary"],
  ["term", "/glossary/kv-cache"],
  ["price-chart", "/calculators/price-decline"],
  ["self-host", "/calculators/self-host-cost"],
  ["calculators", "/calculators"],
  ["calculator", "/calculators/gpu-memory"],
  ["planner", "/plan"],
  ["agent-session", "/calculators/agent-session"],
  ["models", "/models?in=3000&out=500&cached=2000&requests=100000"],
  ["model", "/models/anthropic/claude-opus-4-6"],
  ["usage", "/usage"],
  ["newsletter", "/newsletter"],
  ["issue", "/newsletter/2026-11-27-the-price-of-a-token"],
  ["signin", "/signin"],
  ["not-found", "/glossary/no-such-term"],
];
/** @type {[name: string, viewport: { width: number, height: number }][]} */
const VIEWPORTS = [
  ["desktop", { width: 1366, height: 900 }],
  ["phone", { width: 390, height: 844 }],
];

const { values } = parseArgs({ options: { only: { type: "string" }, port: { type: "string", default: "3190" } } });
const only = values.only?.split(",");
const pages = only ? PAGES.filter(([name]) => only.includes(name)) : PAGES;
const out = path.resolve(import.meta.dirname, "..", "screenshots");
fs.mkdirSync(out, { recursive: true });

const server = await startServer(Number(values.port), "data/screenshots", { SHUTDOWN_DRAIN_SECONDS: "0" });
const browser = await launchBrowser();
let written = 0;
try {
  for (const [viewportName, viewport] of VIEWPORTS) {
    for (const colorScheme of /** @type {const} */ (["light", "dark"])) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, url] of pages) {
        await page.goto(server.url + url, { waitUntil: "networkidle" });
        const file = path.join(out, `${name}-${viewportName}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        written++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`[screenshots] ${written} PNGs in ${path.relative(process.cwd(), out)}/`);
