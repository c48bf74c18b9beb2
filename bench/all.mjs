// npm run bench: every benchmark, one after the other, against production builds on 127.0.0.1, then
// one table of all their figures. Each benchmark prints markdown rows "| measure | value | aim |".
import { spawnSync } from "node:child_process";

const benches = ["throughput", "pages", "calculators", "newsletter", "lighthouse", "observatory", "build-scale"];
const rows = [];
for (const name of benches) {
  console.log(`\n— ${name} —`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [`bench/${name}.mjs`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    timeout: 30 * 60_000,
  });
  process.stdout.write(result.stdout ?? "");
  const lines = (result.stdout ?? "")
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| measure") && !l.startsWith("| ---"));
  if (result.status !== 0) rows.push([name, "(failed)", `exit ${result.status ?? result.signal}`, ""]);
  for (const line of lines) {
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    rows.push([name, cells[0], cells[1] ?? "", cells[2] ?? ""]);
  }
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
console.log("\n## All benchmarks\n");
console.log("| bench | measure | value | aim |");
console.log("| --- | --- | --- | --- |");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
