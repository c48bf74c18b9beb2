// Gzipped JavaScript each page type ships (the <script src> of its HTML), on the production build.
// Usage: npm run bench:pages
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
];

const server = await startServer(3700, "data/bench-pages", { SHUTDOWN_DRAIN_SECONDS: "0" });
try {
  console.log("\nbench:pages (gzipped JavaScript per page type, production build)\n");
  console.log("| measure | value | aim |");
  console.log("| --- | --- | --- |");
  for (const [name, path] of pages) {
    const { bytes, files } = await pageJsGzipBytes(server.url, path);
    console.log(`| ${name} ${path}: gzipped JS | ${(bytes / 1024).toFixed(1)} KB in ${files} files | |`);
  }
} finally {
  server.stop();
}
