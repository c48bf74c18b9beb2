// Lighthouse 12 scores of a term page (and the home page) on the production build, with Debian's
// Chromium. Mobile emulation and throttling are Lighthouse's defaults.
// Usage: npm run bench:lighthouse
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startServer } from "./lib.mjs";

const pages = ["/glossary/kv-cache", "/"];
const categories = ["performance", "accessibility", "best-practices", "seo"];

export async function lighthouseScores(baseUrl) {
  const chrome = await chromeLauncher.launch({
    chromePath: "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const rows = [];
    for (const page of pages) {
      // "localhost": Lighthouse counts it as a secure origin, as it would count the HTTPS site.
      const result = await lighthouse(baseUrl.replace("127.0.0.1", "localhost") + page, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
      const lhr = result.lhr;
      const failed = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map((a) => a.id);
      rows.push({
        page,
        ...Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
        LCP: `${Math.round(lhr.audits["largest-contentful-paint"].numericValue)} ms`,
        TBT: `${Math.round(lhr.audits["total-blocking-time"].numericValue)} ms`,
        CLS: lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3),
        "failed audits": failed.join(", ") || "none",
      });
    }
    return rows;
  } finally {
    await chrome.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer(3600, "data/bench-lighthouse", { SHUTDOWN_DRAIN_SECONDS: "0" });
  try {
    console.log("\nbench:lighthouse (Lighthouse 12, mobile emulation and default throttling, production build)\n");
    console.log("| measure | value | aim |");
    console.log("| --- | --- | --- |");
    for (const row of await lighthouseScores(server.url)) {
      console.log(`| ${row.page}: performance, accessibility, best practices, SEO | ${categories.map((c) => row[c]).join(" / ")} (LCP ${row.LCP}, TBT ${row.TBT}, CLS ${row.CLS}; failed: ${row["failed audits"]}) | >= 95 / 100 / 100 / 100 |`);
    }
  } finally {
    server.stop();
  }
}
