// npm run validate: the checks that need no build or browser, all at once. Each check's output is held
// until it finishes and then printed in one piece, so parallel outputs do not interleave; the exit code is
// non-zero when any check failed. The e2e suite stays in `npm test` (it builds the site).
import { spawn } from "node:child_process";

const checks = [
  ["typecheck", "npm run --silent typecheck"],
  ["lint", "npm run --silent lint"],
  ["format", "npm run --silent format:check"],
  ["imports", "node scripts/check-imports.mjs"],
  ["unit", "npm run --silent test:unit"],
];

/** @param {string} name @param {string} command @returns {Promise<{ name: string, ok: boolean, seconds: number }>} */
function run(name, command) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, FORCE_COLOR: "0" },
    });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on("data", (/** @type {Buffer} */ chunk) => output.push(chunk));
    child.stderr.on("data", (/** @type {Buffer} */ chunk) => output.push(chunk));
    child.on("close", (code) => {
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      const ok = code === 0;
      process.stdout.write(`\n── ${name}: ${ok ? "passed" : `FAILED (exit ${code})`} in ${seconds} s ── ${command}\n`);
      process.stdout.write(Buffer.concat(output).toString("utf8"));
      resolve({ name, ok, seconds });
    });
  });
}

const results = await Promise.all(
  checks.map(([name, command]) => run(/** @type {string} */ (name), /** @type {string} */ (command))),
);
const failed = results.filter((result) => !result.ok);
console.log(
  `\nvalidate: ${results.map(({ name, ok, seconds }) => `${name} ${ok ? "ok" : "FAILED"} (${seconds} s)`).join(", ")}`,
);
if (failed.length > 0) process.exitCode = 1;
