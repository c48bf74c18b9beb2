// Shared pieces of the benchmarks: a production server on 127.0.0.1 and a headless Chromium.
import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../scripts/chromium.mjs";

/**
 * Starts `npm start`'s script (builds when needed) on a port of its own and waits until it answers.
 * @param {number} port
 * @param {string} [dataDir]
 * @param {Record<string, string>} [extraEnv]
 */
export async function startServer(port, dataDir = "data/bench", extraEnv = {}) {
  const server = spawn("node", ["scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      SITE_URL: "http://localhost:3000",
      NODE_ENV: "production",
      ...extraEnv,
    },
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
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * Sum of the gzipped sizes of the scripts a page ships: the <script src> tags of its HTML, without
 * noModule polyfills (modern browsers skip them). Read from the HTML rather than the network, so
 * link prefetching of other routes does not count.
 * @param {string} baseUrl
 * @param {string} path
 */
export async function pageJsGzipBytes(baseUrl, path) {
  const html = await (await fetch(baseUrl + path)).text();
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g)]
    .filter((m) => !/\bnoModule\b/i.test(m[0]))
    .map((m) => m[1]);
  let bytes = 0;
  for (const src of new Set(srcs))
    bytes += gzipSync(Buffer.from(await (await fetch(baseUrl + src)).arrayBuffer()), { level: 9 }).length;
  return { bytes, files: new Set(srcs).size };
}

/** @param {number[]} sorted ascending @param {number} p 0-100 */
export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
