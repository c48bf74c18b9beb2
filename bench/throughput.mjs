// Throughput and tail latency of a term page (prerendered; its CSP set by scripts/server.mjs once proxy.ts
// has built it) against a
// bare static route of the same server (/robots.txt: no layout, no React) as the baseline, plus the
// home page (static) and a calculator page (rendered per request, with a nonce). Fixed duration and connections, rounds interleaved so that
// machine noise hits every target alike; medians of the rounds are printed.
// Usage: npm run bench:throughput [-- --seconds 10 --rounds 3 --connections 20]
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startServer } from "./lib.mjs";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "20" },
  },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const connections = Number(values.connections);

const targets = [
  { name: "term page (static)", path: "/glossary/kv-cache" },
  { name: "bare static route", path: "/robots.txt" },
  { name: "home (static)", path: "/" },
  { name: "calculator (per request)", path: "/calculators/margin" },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer(3500, "data/bench-throughput", { SHUTDOWN_DRAIN_SECONDS: "0" });
try {
  const results = new Map(targets.map((t) => [t.path, { rps: [], p99: [], errors: 0 }]));
  // Warm-up: the first requests load route code.
  for (const t of targets) await autocannon({ url: server.url + t.path, connections: 4, amount: 200 });
  for (let round = 0; round < rounds; round++) {
    for (const t of targets) {
      const r = await autocannon({ url: server.url + t.path, connections, duration: seconds });
      const entry = results.get(t.path);
      entry.rps.push(r.requests.average);
      entry.p99.push(r.latency.p99);
      entry.errors += r.errors + r.non2xx;
    }
  }
  console.log(
    `\nbench:throughput (production build, 127.0.0.1; medians of ${rounds} rounds of ${seconds} s, ${connections} connections)\n`,
  );
  console.log("| measure | value | aim |");
  console.log("| --- | --- | --- |");
  for (const t of targets) {
    const e = results.get(t.path);
    console.log(
      `| ${t.name} ${t.path}: throughput, p99 | ${Math.round(median(e.rps))} req/s, p99 ${median(e.p99)} ms, ${e.errors} errors | |`,
    );
  }
  const ratio = median(results.get(targets[0].path).rps) / median(results.get(targets[1].path).rps);
  console.log(`| term page throughput ÷ bare static route | ${ratio.toFixed(2)} | >= 0.90 |`);
} finally {
  server.stop();
}
