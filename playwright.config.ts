import { defineConfig, devices } from "@playwright/test";

const port = 3100;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    { name: "mobile", use: { ...devices["Pixel 7"] }, grep: /@mobile/ },
  ],
  webServer: [
    {
      // A real SMTP server for the newsletter flows (mail lands in data/e2e/mail).
      command: "npx tsx e2e/smtp-sink.ts",
      port: 2525,
      reuseExistingServer: false,
    },
    {
      // The same production server `npm start` runs, on its own data folder. SITE_URL matches npm
      // start's default so both share one build.
      // A fresh database each run, so rate-limit windows and saved scenarios start empty.
      command: "rm -f data/e2e/app.db data/e2e/app.db-wal data/e2e/app.db-shm && node scripts/start.mjs",
      url: `http://127.0.0.1:${port}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(port),
        DATA_DIR: "data/e2e",
        SITE_URL: "http://localhost:3000",
        NODE_ENV: "production",
        SMTP_URL: "smtp://127.0.0.1:2525",
        ADMIN_EMAILS: "admin@example.com",
      },
    },
  ],
});
