// npm run bench:usage — how long /usage takes to parse and price 10,000 and 100,000 usage rows, against a
// reference measured in the same run: the same rows parsed only (no pricing). Runs the library functions the
// route calls, then the route handler itself (in-process, no HTTP) on an export under the 5 MB cap.
import { performance } from "node:perf_hooks";
import { POST } from "../app/api/v1/usage/route";
import { parseUsageText } from "../lib/usage/parse";
import { priceUsage } from "../lib/usage/price";

const MODELS = [
  "openai/gpt-5",
  "openai/gpt-4o",
  "anthropic/claude-opus-4-6",
  "anthropic/claude-sonnet-4-5",
  "google/gemini-2.5-pro",
  "deepseek/deepseek-chat",
];

function log(rows: number): string {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const start = Date.parse("2025-06-01T00:00:00Z");
  const lines = ["timestamp,model,input_tokens,cached_input_tokens,output_tokens"];
  for (let n = 0; n < rows; n++) {
    const input = Math.floor(next() * 150_000);
    lines.push(
      `${Math.floor((start + next() * 5.4e10) / 1000)},${MODELS[n % MODELS.length]},${input},${Math.floor(input * next() * 0.9)},${Math.floor(next() * 8_000)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

const time = (f: () => unknown) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

for (const rows of [10_000, 100_000]) {
  const text = log(rows);
  const parseMs = time(() => parseUsageText(text));
  const parsed = parseUsageText(text);
  const priceMs = time(() => priceUsage(parsed.rows, "anthropic/claude-sonnet-4-5"));
  const t0 = performance.now();
  const response = await POST(
    new Request("http://localhost/api/v1/usage?compare=anthropic/claude-sonnet-4-5", {
      method: "POST",
      body: text,
      headers: { "content-type": "text/csv" },
    }),
  );
  await response.text();
  const routeMs = performance.now() - t0;
  const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(2);
  console.log(
    `${rows.toLocaleString("en-US")} rows (${mb} MB): parse only ${parseMs.toFixed(0)} ms (reference), parse + price ${(parseMs + priceMs).toFixed(0)} ms, ` +
      `route handler ${routeMs.toFixed(0)} ms (status ${response.status})`,
  );
}
