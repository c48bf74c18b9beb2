// npm run bench:newsletter — signup load against a production build on 127.0.0.1 only, measured beside
// two references in the same run: bursts of 500 concurrent requests to /robots.txt (no database),
// /api/health (one query) and the JSON signup (distinct addresses), alternating, two rounds; then 200
// concurrent signups of case variants of one address. Fixed counts, 120 s limit per burst.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { percentile, startServer } from "./lib.mjs";

const BURST = 500;
const ROUNDS = 2;
const SAME = 200;
const dataDir = "data/bench-newsletter";
fs.rmSync(dataDir, { recursive: true, force: true });

const server = await startServer(3210, dataDir);
const run = Date.now().toString(36);

async function timed(path, init) {
  const t0 = performance.now();
  try {
    const response = await fetch(`${server.url}${path}`, { ...init, signal: AbortSignal.timeout(120_000) });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - t0 };
  } catch (error) {
    return { status: 0, ms: performance.now() - t0, error: String(error) };
  }
}

const signup = (email) =>
  timed("/api/newsletter/subscribe", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, source: "/bench" }),
  });

const targets = {
  "/robots.txt": () => timed("/robots.txt"),
  "/api/health": () => timed("/api/health"),
  signup: (round, i) => signup(`bench-${run}-${round}-${i}@example.com`),
};

function rows(where, ...params) {
  const db = new Database(path.join(dataDir, "app.db"), { readonly: true });
  try {
    return db.prepare(`SELECT COUNT(*) AS n FROM "Subscriber" WHERE ${where}`).get(...params).n;
  } finally {
    db.close();
  }
}

try {
  // Warm every route once, so the first burst does not pay for compiling and connecting.
  for (const name of Object.keys(targets)) await targets[name]("warm", 0);
  const loadBefore = os.loadavg()[0];

  const results = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, request] of Object.entries(targets)) {
      results[name].push(...(await Promise.all(Array.from({ length: BURST }, (_, i) => request(round, i)))));
      await new Promise((r) => setTimeout(r, 1000)); // let work done after the responses settle
    }
  }
  const storedDistinct = rows("email LIKE ? AND email NOT LIKE ?", `bench-${run}-%`, `bench-${run}-warm-%`);

  const variants = Array.from({ length: SAME }, (_, i) =>
    `Same-${run}@example.com`.replace(/[a-z]/g, (c, at) => ((i >> (at % 8)) & 1 ? c.toUpperCase() : c)),
  );
  const same = await Promise.all(variants.map((email) => signup(email)));
  const storedSame = rows("lower(email) = ?", `same-${run}@example.com`);
  const sameStatuses = same.reduce((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});

  const stats = Object.fromEntries(
    Object.entries(results).map(([name, list]) => {
      const ms = list.map((r) => r.ms).sort((a, b) => a - b);
      return [
        name,
        {
          p50: percentile(ms, 50),
          p99: percentile(ms, 99),
          errors: list.filter((r) => r.status < 200 || r.status > 299).length,
          n: list.length,
        },
      ];
    }),
  );
  const robots = stats["/robots.txt"].p99;

  console.log(
    `\nbench:newsletter (production build, SQLite, mail to the outbox folder, 127.0.0.1; ${ROUNDS} rounds of ${BURST} concurrent requests per route, alternating)\n`,
  );
  console.log("| route | requests | non-2xx | p50 | p99 | p99 / robots p99 | aim |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const [name, s] of Object.entries(stats)) {
    const aim = name === "signup" ? "at most 1.5×, 0 non-2xx" : "0 non-2xx";
    console.log(
      `| ${name} | ${s.n} | ${s.errors} | ${s.p50.toFixed(0)} ms | ${s.p99.toFixed(0)} ms | ${(s.p99 / robots).toFixed(2)}× | ${aim} |`,
    );
  }
  console.log(`| signups stored | ${storedDistinct}/${ROUNDS * BURST} | | | | | all |`);
  console.log(
    `| ${SAME} concurrent signups of case variants of one address: rows stored | ${storedSame} | | | | | 1 |`,
  );
  console.log(
    `| ... responses by status | ${Object.entries(sameStatuses)
      .map(([s, n]) => `${s}: ${n}`)
      .join(", ")} | | | | | 202 until the per-address limit, then 429 |`,
  );
  // The machine may be shared: the ratios compare routes under the same load, the absolute figures do not travel.
  console.log(
    `\nload average (1 min) before the bursts ${loadBefore.toFixed(1)}, after ${os.loadavg()[0].toFixed(1)}, on ${os.cpus().length} cores`,
  );
  const errors = Object.values(results)
    .flat()
    .filter((r) => r.error);
  if (errors.length) console.log(`errors: ${[...new Set(errors.map((r) => r.error))].join("; ")}`);
} finally {
  server.stop();
}
