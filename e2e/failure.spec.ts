// The production server under failure: kill -9 in the middle of a stream of signups and SIGTERM with
// requests in flight (on a SQLite database of its own), and PostgreSQL going away and coming back. Uses
// the build the e2e server already made.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";

const PORT = 3300;
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = "data/e2e-failure";

test.describe.configure({ mode: "serial", timeout: 180_000 });

let starts = 0;

function startServer(drainSeconds = 0, extraEnv: Record<string, string> = {}): ChildProcess {
  // Its own process group, so kill -9 reaches any process it started, as a crash of the machine would.
  // A plain environment: the test runner's own (NODE_OPTIONS and the like) is not the server's.
  fs.mkdirSync(DATA_DIR, { recursive: true });
  // One log per start, so a test reads only the lines of servers this run started.
  const log = fs.openSync(path.join(DATA_DIR, `server-${++starts}.log`), "w");
  return spawn(process.execPath, ["scripts/start.mjs"], {
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(PORT),
      DATA_DIR,
      SITE_URL: "http://localhost:3000",
      NODE_ENV: "production",
      SHUTDOWN_DRAIN_SECONDS: String(drainSeconds),
      ...extraEnv,
    },
  });
}

async function waitForHealth() {
  const end = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${BASE}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error("server did not become healthy");
    await new Promise((r) => setTimeout(r, 250));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(child.exitCode)
      : child.once("exit", (code) => resolve(code)),
  );

/** The HTTP status, or the network error's code (ECONNREFUSED: the server was not accepting connections). */
async function signup(email: string): Promise<number | string> {
  try {
    const response = await fetch(`${BASE}/api/newsletter/subscribe`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, source: "/failure" }),
    });
    return response.status;
  } catch (error) {
    return String((error as { cause?: { code?: string } }).cause?.code ?? "network error"); // not acknowledged
  }
}

function check(acknowledged: string[]) {
  const db = new Database(path.resolve(DATA_DIR, "app.db"), { fileMustExist: true });
  try {
    const integrity = db.prepare("PRAGMA integrity_check").pluck().get();
    const stored = new Set(db.prepare(`SELECT email FROM "Subscriber"`).pluck().all() as string[]);
    return { integrity, missing: acknowledged.filter((e) => !stored.has(e)), stored: stored.size };
  } finally {
    db.close();
  }
}

test.beforeAll(() => fs.rmSync(DATA_DIR, { recursive: true, force: true }));

test("kill -9 under write load leaves SQLite consistent and loses no acknowledged signup", async () => {
  const server = startServer();
  await waitForHealth();
  const acknowledged: string[] = [];
  let n = 0;
  let killed = false;
  // 8 writers in a loop until the kill; every 202 is an acknowledged signup.
  const writers = Array.from({ length: 8 }, async (_, w) => {
    while (!killed) {
      const email = `crash-${w}-${n++}@example.com`;
      if ((await signup(email)) === 202 && !killed) acknowledged.push(email);
      else if (killed) break;
    }
  });
  const deadline = Date.now() + 60_000;
  while (acknowledged.length < 150 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  process.kill(-server.pid!, "SIGKILL");
  killed = true;
  await Promise.all(writers);
  await exited(server);

  const result = check(acknowledged);
  console.log(
    `kill -9: ${acknowledged.length} signups acknowledged before the kill, ${result.stored} rows stored, integrity ${String(result.integrity)}`,
  );
  expect(result.integrity).toBe("ok");
  expect(result.missing).toEqual([]);
  expect(result.stored).toBeGreaterThanOrEqual(150);
});

test("SIGTERM lets requests in flight finish, then the server exits and the database is whole", async () => {
  // The drain must outlast the 40 requests; on a busy CI machine they can take several seconds.
  const server = startServer(20);
  await waitForHealth();
  const emails = Array.from({ length: 40 }, (_, i) => `term-${i}@example.com`);
  const inFlight = emails.map((e) => signup(e));
  await new Promise((r) => setTimeout(r, 30)); // the requests are on their way
  process.kill(server.pid!, "SIGTERM");
  // While draining, health says 503 so a load balancer stops sending traffic; the server still answers.
  // (Polled: on a loaded machine the signal, and the health request queued behind the 40 signups, can
  // take seconds to be handled; the drain outlasts the poll.)
  await expect.poll(async () => (await fetch(`${BASE}/api/health`)).status, { timeout: 15_000 }).toBe(503);
  expect(await (await fetch(`${BASE}/api/health`)).json()).toEqual({ status: "draining" });
  const signalled = performance.now();
  const statuses = await Promise.all(inFlight);
  const answeredAfter = performance.now() - signalled;
  const code = await exited(server);

  // Every request got its answer: none was cut off by the shutdown.
  const accepted = emails.filter((_, i) => statuses[i] === 202);
  expect(statuses.filter((s) => s !== 202)).toEqual([]);
  expect(accepted).toHaveLength(emails.length);
  expect(code).toBe(0);
  // A stopped server answers nothing.
  expect(await signup("after@example.com")).toBe("ECONNREFUSED");

  const result = check(accepted);
  console.log(
    `SIGTERM: ${accepted.length} of ${emails.length} in-flight signups answered 202 within ${Math.round(answeredAfter)} ms of the signal; exit code ${code}`,
  );
  expect(result.integrity).toBe("ok");
  expect(result.missing).toEqual([]);
  // The database was closed: SQLite folds the write-ahead log back in and removes it when the last connection closes.
  const wal = path.resolve(DATA_DIR, "app.db-wal");
  expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
});

/** A TCP relay to PostgreSQL that the test can cut (as a database outage would) and restore. */
function databaseRelay(target: URL) {
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  let port = 0;
  return {
    get port() {
      return port;
    },
    start: () =>
      new Promise<void>((resolve) =>
        relay.listen(port, "127.0.0.1", () => ((port = (relay.address() as net.AddressInfo).port), resolve())),
      ),
    stop: () =>
      new Promise<void>((resolve) => {
        relay.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

test("health reports a PostgreSQL outage with 503 and the site recovers when the database is back", async ({
  page,
}) => {
  test.skip(!process.env.TEST_POSTGRES_URL, "needs TEST_POSTGRES_URL (a PostgreSQL server)");
  const target = new URL(process.env.TEST_POSTGRES_URL!);
  const relay = databaseRelay(target);
  await relay.start();
  const url = new URL(target);
  url.host = `127.0.0.1:${relay.port}`;
  url.searchParams.set("schema", "e2e_outage");
  const server = startServer(0, {
    DATABASE_URL: url.toString(),
    AUTH_SECRET: "e2e-outage-secret-0123456789abcdef0123456789",
  });
  try {
    await waitForHealth();
    expect(await signup(`outage-before-${Date.now()}@example.com`)).toBe(202);

    await relay.stop();
    await expect.poll(async () => (await fetch(`${BASE}/api/health`)).status, { timeout: 15_000 }).toBe(503);
    expect(await (await fetch(`${BASE}/api/health`)).json()).toEqual({ status: "error", database: "down" });
    // During the outage a signup is refused (not acknowledged), a page that reads the database shows the
    // friendly error page, and neither leaks internals; static pages do not need the database.
    expect(await signup(`outage-during-${Date.now()}@example.com`)).toBeGreaterThanOrEqual(500);
    const failed = await fetch(`${BASE}/newsletter/confirm?token=${"a".repeat(64)}`);
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toMatch(/prisma|ECONNREFUSED|SELECT |\/work\/|node_modules|at async/i);
    await page.goto(`${BASE}/newsletter/confirm?token=${"b".repeat(64)}`);
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
    await expect(page.locator("main")).not.toContainText(/prisma|ECONNREFUSED|SELECT |\/work\/|node_modules/i);
    expect((await fetch(`${BASE}/glossary`)).status).toBe(200);

    await relay.start();
    await expect.poll(async () => (await fetch(`${BASE}/api/health`)).status, { timeout: 30_000 }).toBe(200);
    expect(await signup(`outage-after-${Date.now()}@example.com`)).toBe(202);
  } finally {
    process.kill(server.pid!, "SIGTERM");
    await exited(server);
    await relay.stop();
  }
});

test("the server logs one JSON line per request or error, with no email address or token", () => {
  const logs = fs.readdirSync(DATA_DIR).filter((f) => /^server-\d+\.log$/.test(f));
  expect(logs.length).toBe(starts);
  // Every line is JSON from the first (migrations included), except the output of a `next build`, which
  // ends before the server listens.
  const served = logs.flatMap((file) => {
    const lines = fs.readFileSync(path.join(DATA_DIR, file), "utf8").split("\n").filter(Boolean);
    const built = lines.some((l) => l.includes('"event":"build"'));
    return built ? lines.slice(lines.findIndex((l) => l.includes('"event":"listening"'))) : lines;
  });
  const entries = served.map((line) => JSON.parse(line) as Record<string, unknown>);
  const requests = entries.filter((e) => e.event === "request");
  expect(
    requests.filter((e) => e.method === "POST" && e.path === "/api/newsletter/subscribe" && e.status === 202).length,
  ).toBeGreaterThan(150);
  for (const e of entries) expect(typeof e.time === "string" && typeof e.level === "string").toBe(true);
  // The tests signed up hundreds of …@example.com addresses and opened links with 64-character tokens.
  expect(served.filter((l) => /@example\.com|[ab]{64}/.test(l))).toEqual([]);
  expect(
    requests.some((e) => e.path === "/newsletter/confirm" && e.status === 500) || !process.env.TEST_POSTGRES_URL,
  ).toBe(true);
});
