// Usage exports: parsing (formats, line and column in errors), pricing at each row's date against calcPrice,
// the request's size cap, and the priced CSV read back.
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/usage/route";
import { libraryPrice } from "@/lib/testing/library-price";
import { parseUsageText, splitCsvLine, type UsageRow } from "./parse";
import { pricedCsv, priceUsage } from "./price";
import { MAX_USAGE_BYTES } from "./read";

/** A small deterministic generator (mulberry32), so the 10,000-row log is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Models whose prices changed over the period (Opus 4.6's long-context premium ended 2026-03-13), one with a
// long-context tier (Gemini 2.5 Pro) and one priced by the hour of day (DeepSeek).
const MODELS = [
  "openai/gpt-5",
  "openai/gpt-4o",
  "anthropic/claude-opus-4-6",
  "anthropic/claude-sonnet-4-5",
  "google/gemini-2.5-pro",
  "deepseek/deepseek-chat",
];

function generatedLog(rows: number, seed = 1) {
  const next = random(seed);
  const int = (max: number) => Math.floor(next() * (max + 1));
  const start = Date.parse("2025-06-01T00:00:00Z");
  const span = Date.parse("2026-11-28T00:00:00Z") - start;
  const lines = [
    "timestamp,model,input_tokens,cached_input_tokens,cache_write_tokens,cache_write_1h_tokens,output_tokens,reasoning_tokens",
  ];
  const expected: {
    model: string;
    at: Date;
    u: { input: number; cached: number; write5m: number; write1h: number; output: number; reasoning: number };
  }[] = [];
  for (let n = 0; n < rows; n++) {
    const model = MODELS[int(MODELS.length - 1)]!;
    const at = new Date(start + Math.floor(next() * span));
    const input = next() < 0.1 ? 200_000 + int(100_000) : int(150_000);
    const cached = Math.floor(input * next() * 0.9);
    const write5m = model.startsWith("anthropic") ? Math.floor((input - cached) * next() * 0.5) : 0;
    const write1h = model.startsWith("anthropic") ? Math.floor((input - cached - write5m) * next() * 0.5) : 0;
    const output = int(8_000);
    const reasoning = Math.floor(output * next());
    lines.push([at.toISOString(), model, input, cached, write5m, write1h, output, reasoning].join(","));
    expected.push({ model, at, u: { input, cached, write5m, write1h, output, reasoning } });
  }
  return { text: `${lines.join("\n")}\n`, expected };
}

describe("pricing a usage log", () => {
  it("prices a 10,000-row generated log row by row as calcPrice does, at each row's date, and sums it", () => {
    const { text, expected } = generatedLog(10_000);
    const parsed = parseUsageText(text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.format?.id).toBe("priced-csv");
    const { rows, summary } = priceUsage(parsed.rows, "openai/gpt-5");
    expect(rows).toHaveLength(10_000);
    let total = 0;
    rows.forEach((row, n) => {
      const e = expected[n]!;
      expect(row.line).toBe(n + 2);
      expect(row.modelId).toBe(e.model);
      const library = libraryPrice(e.model, e.u, e.at);
      expect(Math.abs(row.costUsd! - library), `line ${row.line}`).toBeLessThan(1e-9);
      expect(Math.abs(row.compareCostUsd! - libraryPrice("openai/gpt-5", e.u, e.at))).toBeLessThan(1e-9);
      total += library;
    });
    expect(summary.pricedRows).toBe(10_000);
    expect(summary.unpriced).toEqual([]);
    expect(summary.costUsd).toBeCloseTo(total, 6);
    expect(summary.byDay.reduce((t, d) => t + d.costUsd, 0)).toBeCloseTo(total, 6);
    expect(summary.byModel.reduce((t, d) => t + d.costUsd, 0)).toBeCloseTo(total, 6);
    expect(summary.byModel.map((m) => m.model).sort()).toEqual([...MODELS].sort());
    const tokens = summary.tokens;
    expect(tokens.uncachedInput + tokens.cachedInput + tokens.cacheWrite5m + tokens.cacheWrite1h).toBe(
      expected.reduce((t, e) => t + e.u.input, 0),
    );
    // Opus 4.6 before 2026-03-13 paid the long-context premium above 200,000 input tokens; after, not.
    const opusLong = rows.filter((r) => r.modelId === "anthropic/claude-opus-4-6" && r.input > 200_000);
    expect(opusLong.some((r) => r.timestamp < new Date("2026-03-13"))).toBe(true);
    expect(opusLong.some((r) => r.timestamp >= new Date("2026-03-13"))).toBe(true);
  });

  it("lists the rows it cannot price, with the reason, and keeps them in the priced CSV", () => {
    const text =
      "timestamp,model,input_tokens,output_tokens\n2026-11-01,openai/gpt-5,1000,100\n2026-11-01,no-such-model-xyz,1000,100\n2026-11-02,,5,5\n";
    const { rows, summary } = priceUsage(parseUsageText(text).rows);
    expect(summary.pricedRows).toBe(1);
    expect(summary.unpriced).toEqual([
      { line: 3, model: "no-such-model-xyz", reason: '"no-such-model-xyz" is not in the price database' },
      { line: 4, model: "", reason: "the export names no model (group it by model)" },
    ]);
    const csv = [...pricedCsv(rows)].join("");
    expect(csv.trim().split("\n")).toHaveLength(4);
    expect(csv).toContain("no-such-model-xyz");
  });

  it("caching's share saved: the same tokens as plain input against what was paid", () => {
    // GPT-5: 10,000 input of which 8,000 cached, 0 output. Paid 2,000 × 1.25 + 8,000 × 0.125 = 3,500 µ$;
    // uncached 10,000 × 1.25 = 12,500 µ$: saved 9,000 µ$, 72%.
    const { summary } = priceUsage(
      parseUsageText(
        "timestamp,model,input_tokens,cached_input_tokens,output_tokens\n2026-11-01T10:00:00Z,openai/gpt-5,10000,8000,0\n",
      ).rows,
    );
    expect(summary.costUsd).toBeCloseTo(0.0035, 12);
    expect(summary.noCacheCostUsd).toBeCloseTo(0.0125, 12);
    expect(summary.cachingSavedShare).toBeCloseTo(0.72, 12);
  });

  it("reads its own priced CSV back to the same rows", () => {
    const { text } = generatedLog(200, 7);
    const first = priceUsage(parseUsageText(text).rows);
    const again = parseUsageText([...pricedCsv(first.rows)].join(""));
    expect(again.issues).toEqual([]);
    const tokens = (r: UsageRow) => [
      r.timestamp.toISOString(),
      r.model,
      r.input,
      r.cached,
      r.write5m,
      r.write1h,
      r.output,
      r.reasoning,
    ];
    expect(again.rows.map(tokens)).toEqual(first.rows.map(tokens));
  });
});

describe("reading exports", () => {
  it("names the line and column of a malformed row", () => {
    const text =
      "timestamp,model,input_tokens,output_tokens\n2026-11-01,openai/gpt-5,1000,100\n2026-11-01,openai/gpt-5,1000,lots\n";
    const { issues } = parseUsageText(text);
    expect(issues).toEqual([
      { line: 3, column: 4, field: "output_tokens", message: 'not a whole number of tokens ≥ 0: "lots"' },
    ]);
    expect(
      parseUsageText("timestamp,model,input_tokens,output_tokens\nyesterday,openai/gpt-5,1,1\n").issues[0],
    ).toMatchObject({ line: 2, column: 1, field: "timestamp" });
    expect(
      parseUsageText("timestamp,model,input_tokens,output_tokens\n2026-11-01,openai/gpt-5,1\n").issues[0],
    ).toMatchObject({ line: 2, column: 4, message: "3 fields where the header has 4" });
    expect(
      parseUsageText('{"timestamp": "2026-11-01", "model": "openai/gpt-5", "input_tokens": 1, "output_tokens": -1}\n')
        .issues[0],
    ).toMatchObject({ line: 1, column: 73, field: "output_tokens" });
    expect(parseUsageText('{"timestamp": 1\n').issues[0]).toMatchObject({ line: 1, message: "not valid JSON" });
  });

  it("asks for a mapping when it does not know the columns, and uses the one given", () => {
    const text = "when,engine,prompt,completion\n2026-11-01,openai/gpt-5,1000,100\n";
    expect(parseUsageText(text).issues[0]!.message).toMatch(
      /columns not recognised \(when, engine, prompt, completion\)/,
    );
    const mapped = parseUsageText(text, {
      mapping: { timestamp: "when", model: "engine", input: "prompt", output: "completion" },
    });
    expect(mapped.issues).toEqual([]);
    expect(mapped.rows[0]).toMatchObject({ input: 1000, output: 100, model: "openai/gpt-5" });
    expect(
      parseUsageText(text, { mapping: { timestamp: "when", model: "engine", input: "prompt", output: "nope" } })
        .issues[0]!.message,
    ).toBe("no column for output (nope)");
  });

  it("reads the OpenAI Usage API's buckets: input includes cached tokens, models by OpenAI's names", () => {
    const page = {
      object: "page",
      data: [
        {
          object: "bucket",
          start_time: 1_764_547_200, // 2025-12-01T00:00:00Z
          end_time: 1_764_633_600,
          results: [
            {
              object: "organization.usage.completions.result",
              input_tokens: 1000,
              output_tokens: 500,
              input_cached_tokens: 800,
              num_model_requests: 5,
              model: "gpt-5-2025-08-07",
            },
          ],
        },
      ],
    };
    const parsed = parseUsageText(`${JSON.stringify(page)}\n`);
    expect(parsed.format?.id).toBe("openai-usage-api");
    expect(parsed.rows[0]).toMatchObject({
      input: 1000,
      cached: 800,
      output: 500,
      requests: 5,
      provider: "openai",
      model: "gpt-5-2025-08-07",
    });
    expect(parsed.rows[0]!.timestamp.toISOString()).toBe("2025-12-01T00:00:00.000Z");
    const { rows } = priceUsage(parsed.rows);
    expect(rows[0]!.modelId).toBe("openai/gpt-5");
    // 200 × 1.25 + 800 × 0.125 + 500 × 10 = 250 + 100 + 5,000 = 5,350 µ$
    expect(rows[0]!.costUsd).toBeCloseTo(0.00535, 12);
  });

  it("reads the Anthropic usage report: uncached input plus cache reads and writes make the input", () => {
    const bucket = {
      starting_at: "2025-11-03T00:00:00Z",
      ending_at: "2025-11-04T00:00:00Z",
      results: [
        {
          uncached_input_tokens: 500,
          cache_read_input_tokens: 10_000,
          cache_creation: { ephemeral_5m_input_tokens: 2_000, ephemeral_1h_input_tokens: 1_000 },
          output_tokens: 700,
          model: "claude-sonnet-4-5-20250929",
        },
      ],
    };
    const parsed = parseUsageText(`${JSON.stringify(bucket)}\n`);
    expect(parsed.format?.id).toBe("anthropic-usage-report");
    expect(parsed.rows[0]).toMatchObject({
      input: 13_500,
      cached: 10_000,
      write5m: 2_000,
      write1h: 1_000,
      output: 700,
    });
    const { rows } = priceUsage(parsed.rows);
    expect(rows[0]!.modelId).toBe("anthropic/claude-sonnet-4-5");
    // 500 × 3 + 10,000 × 0.30 + 2,000 × 3.75 + 1,000 × 6 + 700 × 15 = 1,500 + 3,000 + 7,500 + 6,000 + 10,500 = 28,500 µ$
    expect(rows[0]!.costUsd).toBeCloseTo(0.0285, 12);
    // The same columns flattened into a CSV.
    const csv =
      "starting_at,model,uncached_input_tokens,cache_read_input_tokens,cache_creation.ephemeral_5m_input_tokens,cache_creation.ephemeral_1h_input_tokens,output_tokens\n2025-11-03T00:00:00Z,claude-sonnet-4-5-20250929,500,10000,2000,1000,700\n";
    expect(priceUsage(parseUsageText(csv).rows).rows[0]!.costUsd).toBeCloseTo(0.0285, 12);
  });

  it("splits quoted CSV fields", () => {
    expect(splitCsvLine('a,"b,c","d ""e"""')).toEqual({ fields: ["a", "b,c", 'd "e"'] });
    expect(splitCsvLine('a,"b')).toEqual({ error: "a quoted field is not closed on its line", column: 2 });
  });
});

describe("POST /api/v1/usage", () => {
  const post = (body: BodyInit, query = "", headers: Record<string, string> = {}) =>
    POST(
      new Request(`http://localhost/api/v1/usage${query}`, {
        method: "POST",
        body,
        headers: { "content-type": "text/csv", ...headers },
        duplex: "half",
      } as RequestInit),
    );

  it("answers a 6 MB upload with a clear 413, announced or streamed, raw or as a form", async () => {
    const big = `timestamp,model,input_tokens,output_tokens\n${"2026-11-01,openai/gpt-5,1000,100\n".repeat(Math.ceil((6 * 1024 * 1024) / 33))}`;
    expect(big.length).toBeGreaterThan(6 * 1024 * 1024);
    const announced = await post(big);
    expect(announced.status).toBe(413);
    const body = (await announced.json()) as { error: { issues: { message: string }[] } };
    expect(body.error.issues[0]!.message).toMatch(/larger than 5 MB/);
    // No Content-Length: the stream is cut at the cap.
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 65_536) c.enqueue(bytes.slice(i, i + 65_536));
        c.close();
      },
    });
    expect((await post(stream)).status).toBe(413);
    const form = new FormData();
    form.set("file", new Blob([big]), "usage.csv");
    expect((await POST(new Request("http://localhost/api/v1/usage", { method: "POST", body: form }))).status).toBe(413);
    expect(MAX_USAGE_BYTES).toBe(5 * 1024 * 1024);
  });

  it("returns the summary as JSON, or the priced rows as CSV; a malformed row is a 400 naming line and column", async () => {
    const csv = "timestamp,model,input_tokens,output_tokens\n2026-11-01T12:00:00Z,openai/gpt-5,1000,100\n";
    const json = await post(csv, "?compare=anthropic/claude-sonnet-4-5");
    expect(json.status).toBe(200);
    const { summary } = (await json.json()) as { summary: { costUsd: number; compare: { costUsd: number } } };
    // 1,000 × 1.25 + 100 × 10 = 2,250 µ$; on Sonnet 4.5: 1,000 × 3 + 100 × 15 = 4,500 µ$
    expect(summary.costUsd).toBeCloseTo(0.00225, 12);
    expect(summary.compare.costUsd).toBeCloseTo(0.0045, 12);
    const download = await post(csv, "?format=csv");
    expect(download.headers.get("content-disposition")).toContain("priced-usage.csv");
    const line = (await download.text()).split("\n")[1]!.split(",");
    expect(line.slice(0, 11)).toEqual([
      "2",
      "2026-11-01T12:00:00.000Z",
      "openai/gpt-5",
      "openai/gpt-5",
      "1000",
      "0",
      "0",
      "0",
      "100",
      "0",
      "1",
    ]);
    expect(Number(line[11])).toBeCloseTo(0.00225, 12);
    expect(line.slice(13)).toEqual(["", ""]);
    const bad = await post(`${csv}2026-11-02,openai/gpt-5,x,1\n`);
    expect(bad.status).toBe(400);
    const error = ((await bad.json()) as { error: { message: string } }).error;
    expect(error.message).toBe('Line 3, column 3: not a whole number of tokens ≥ 0: "x"');
    expect((await post(csv, "?compare=nope/nope")).status).toBe(400);
    expect((await post(csv, "?colour=red")).status).toBe(400);
  });

  it("takes a pasted export and options from a form", async () => {
    const form = new FormData();
    form.set("text", "when,engine,prompt,completion\n2026-11-01,openai/gpt-5,1000,100\n");
    for (const [k, v] of Object.entries({
      "map.timestamp": "when",
      "map.model": "engine",
      "map.input": "prompt",
      "map.output": "completion",
    }))
      form.set(k, v);
    const response = await POST(new Request("http://localhost/api/v1/usage", { method: "POST", body: form }));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { summary: { costUsd: number } }).summary.costUsd).toBeCloseTo(0.00225, 12);
  });
});
