import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.mjs";

const port = 3100;

// The multi-instance servers' database: a schema of its own in the test PostgreSQL server.
const multiUrl = process.env.TEST_POSTGRES_URL
  ? (() => {
      const url = new URL(process.env.TEST_POSTGRES_URL);
      url.searchParams.set("schema", "e2e_multi");
      return url.toString();
    })()
  : undefined;

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
      executablePath: chromiumPath,
      args: chromiumArgs,
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
      stdout: "ignore", // one JSON line per request; errors still reach stderr
      env: {
        PORT: String(port),
        DATA_DIR: "data/e2e",
        SITE_URL: "http://localhost:3000",
        NODE_ENV: "production",
        SMTP_URL: "smtp://127.0.0.1:2525",
        SHUTDOWN_DRAIN_SECONDS: "0",
        ADMIN_EMAILS: "admin@example.com",
      },
    },
    // Two more instances of the same build on one PostgreSQL database, as behind a load balancer
    // (e2e/multi-instance.spec.ts). Only when TEST_POSTGRES_URL is set (CI sets it).
    ...(multiUrl
      ? [3201, 3202].map((instancePort, i) => ({
          command: `${i === 0 ? "node scripts/drop-pg-schema.mjs && " : ""}node scripts/start.mjs`,
          url: `http://127.0.0.1:${instancePort}/api/health`,
          timeout: 300_000,
          reuseExistingServer: false,
          stdout: "ignore" as const,
          env: {
            PORT: String(instancePort),
            DATA_DIR: `data/e2e-${instancePort}`,
            DATABASE_URL: multiUrl,
            AUTH_SECRET: "e2e-shared-secret-of-both-instances-0123456789",
            SITE_URL: "http://localhost:3000",
            NODE_ENV: "production",
            SMTP_URL: "smtp://127.0.0.1:2525",
            SHUTDOWN_DRAIN_SECONDS: "0",
          },
        }))
      : []),
  ],
});
