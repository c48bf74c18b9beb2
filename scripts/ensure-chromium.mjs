// End-to-end tests drive Debian's Chromium at /usr/bin/chromium (Playwright's own browser download
// cannot work here). Installs it with apt-get when missing and we are root; otherwise says how.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { chromiumPath } from "./chromium.mjs";

if (!fs.existsSync(chromiumPath)) {
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${chromiumPath}. Install it with: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log(`[e2e] ${chromiumPath} is missing: installing Debian's chromium with apt-get`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}
