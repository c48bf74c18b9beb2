// npm run bench:newsletter — signup load against a production build on 127.0.0.1 only: 500 concurrent
// distinct signups, then 200 concurrent signups of one address. Fixed counts, 120 s limit.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { percentile, startServer } from "./lib.mjs";

const DISTINCT = 500;
const SAME = 200;
const dataDir = "data/bench-newsletter";
fs.rmSync(dataDir, { recursive: true, force: true });

const server = await startServer(3210, dataDir);
const deadline = AbortSignal.timeout(120_000);

async function signup(email) {
  const t0 = performance.now();
  try {
    const response = await fetch(`${server.url}/api/newsletter/subscribe`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, source: "/bench" }),
      signal: deadline,
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - t0 };
  } catch (error) {
    return { status: 0, ms: performance.now() - t0, error: String(error) };
  }
}

function rows(where, ...params) {
  const db = new Database(path.join(dataDir, "app.db"), { readonly: true });
  try {
    return db.prepare(`SELECT COUNT(*) AS n FROM "Subscriber" WHERE ${where}`).get(...params).n;
  } finally {
    db.close();
  }
}

try {
  const run = Date.now().toString(36);
  const distinct = await Promise.all(Array.from({ length: DISTINCT }, (_, i) => signup(`bench-${run}-${i}@example.com`)));
  const latencies = distinct.map((r) => r.ms).sort((a, b) => a - b);
  const non2xx = distinct.filter((r) => r.status < 200 || r.status > 299).length;
  const storedDistinct = rows("email LIKE ?", `bench-${run}-%`);

  const same = await Promise.all(Array.from({ length: SAME }, () => signup(`same-${run}@example.com`)));
  const storedSame = rows("email = ?", `same-${run}@example.com`);
  const sameStatuses = same.reduce((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});

  console.log("\nbench:newsletter (production build, SQLite, mail to the outbox folder, 127.0.0.1)\n");
  console.log("| measure | value | aim |");
  console.log("| --- | --- | --- |");
  console.log(`| ${DISTINCT} concurrent distinct signups: rows stored | ${storedDistinct}/${DISTINCT} | ${DISTINCT}/${DISTINCT} |`);
  console.log(`| ... non-2xx responses | ${non2xx} | 0 |`);
  console.log(`| ... latency p50 | ${percentile(latencies, 50).toFixed(0)} ms | |`);
  console.log(`| ... latency p99 | ${percentile(latencies, 99).toFixed(0)} ms | under 500 ms |`);
  console.log(`| ${SAME} concurrent signups of one address: rows stored | ${storedSame} | 1 |`);
  console.log(`| ... responses by status | ${Object.entries(sameStatuses).map(([s, n]) => `${s}: ${n}`).join(", ")} | 202 until the per-address limit, then 429 |`);
  if (distinct.some((r) => r.error)) console.log(`errors: ${[...new Set(distinct.filter((r) => r.error).map((r) => r.error))].join("; ")}`);
} finally {
  server.stop();
}
