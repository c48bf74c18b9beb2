// A developer on a fresh clone runs `npm run dev`: it prepares an empty data folder (secret, migrations)
// and serves a term page, with the database behind it, from the development server.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const PORT = 3500;
const DATA_DIR = "data/e2e-dev";

test.describe.configure({ timeout: 240_000 });

let server: ChildProcess | undefined;
test.afterAll(() => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
});

test("npm run dev on an empty data folder serves a term page", async () => {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const logFile = path.join("data", "e2e-dev.log");
  fs.mkdirSync("data", { recursive: true });
  const log = fs.openSync(logFile, "w");
  // A plain environment, as in a new terminal: not the test runner's NODE_ENV or NODE_OPTIONS.
  server = spawn("npm", ["run", "dev"], {
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "development",
      PORT: String(PORT),
      DATA_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });

  // The first request compiles the page, which takes a while on a busy 2-core machine.
  let body = "";
  await expect
    .poll(
      async () => {
        if (server?.exitCode !== null) throw new Error(`npm run dev exited:\n${fs.readFileSync(logFile, "utf8")}`);
        try {
          const response = await fetch(`http://127.0.0.1:${PORT}/glossary/kv-cache`, {
            signal: AbortSignal.timeout(60_000),
          });
          body = await response.text();
          return response.status;
        } catch {
          return 0; // not listening yet
        }
      },
      { timeout: 200_000, intervals: [1_000] },
    )
    .toBe(200);
  expect(body).toMatch(/<h1[^>]*>KV cache<\/h1>/);
  // The database is there and migrated: the development server answers a query through Prisma.
  const health = await fetch(`http://127.0.0.1:${PORT}/api/health`);
  expect(health.status).toBe(200);
  expect(fs.existsSync(path.join(DATA_DIR, "app.db"))).toBe(true);
  expect(fs.existsSync(path.join(DATA_DIR, "auth-secret"))).toBe(true);
});
