// Shared pieces of the benchmarks: a production server on 127.0.0.1 and a headless Chromium.
import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

export const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-quic"];

/** Starts `npm start`'s script (builds when needed) on a port of its own and waits until it answers. */
export async function startServer(port) {
  const server = spawn("node", ["scripts/start.mjs"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: "data/bench", SITE_URL: "http://localhost:3000", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error("server did not start in 300 s");
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  return { url: `http://127.0.0.1:${port}`, stop: () => server.kill("SIGTERM") };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
}

/** Sum of the gzipped sizes of the JavaScript files a page loads. */
export async function pageJsGzipBytes(browser, url) {
  const page = await browser.newPage();
  const scripts = new Map();
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    try {
      scripts.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
    } catch {}
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.close();
  return { bytes: [...scripts.values()].reduce((a, b) => a + b, 0), files: scripts.size };
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
