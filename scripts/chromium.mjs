// Debian's Chromium, as the end-to-end tests, the screenshots and the benchmarks launch it (Playwright's own
// browser download cannot work here; scripts/ensure-chromium.mjs installs this one when it is missing).
export const chromiumPath = "/usr/bin/chromium";

/** Flags for a quiet, headless run on this machine: no sandbox (root), no GPU, no background traffic. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
