// Gzipped JavaScript each page type ships (the <script src> of its HTML), and its gzipped HTML (which
// carries the page's CSS: experimental.inlineCss), on the production build.
// Usage: npm run bench:pages
import { gzipSync } from "node:zlib";
import { pageJsGzipBytes, startServer } from "./lib.mjs";

const pages = [
  ["home", "/"],
  ["glossary index", "/glossary"],
  ["term page (with a calculator)", "/glossary/kv-cache"],
  ["calculators index", "/calculators"],
  ["calculator page", "/calculators/gpu-memory"],
  ["newsletter", "/newsletter"],
  ["newsletter issue", "/newsletter/2026-11-27-the-price-of-a-token"],
  ["sign-in", "/signin"],
  ["model prices index", "/models"],
  ["model prices index with a workload", "/models?in=3000&out=500&cached=2000&requests=100000"],
  ["model page", "/models/anthropic/claude-sonnet-4-5"],
];

const server = await startServer(3700, "data/bench-pages", { SHUTDOWN_DRAIN_SECONDS: "0" });
try {
  console.log("\nbench:pages (gzipped JavaScript and HTML per page type, production build)\n");
  console.log("| measure | value | aim |");
  console.log("| --- | --- | --- |");
  for (const [name, path] of pages) {
    const { bytes, files } = await pageJsGzipBytes(server.url, path);
    const html = gzipSync(Buffer.from(await (await fetch(server.url + path)).arrayBuffer())).length;
    // The aim: /models ships no more JavaScript than a term page.
    const aim = path.startsWith("/models") ? "≤ term page" : "";
    console.log(
      `| ${name} ${path}: gzipped JS (HTML) | ${(bytes / 1024).toFixed(1)} KB in ${files} files (HTML ${(html / 1024).toFixed(1)} KB) | ${aim} |`,
    );
  }
} finally {
  server.stop();
}
