// agent-session with model=<provider>/<model-id>: the database's prices and the provider's caching rule fill
// the inputs; every request of the session must cost what the package's own calcPrice says for its usage.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/calculators/[id]/route";
import { loadDatasets } from "@/lib/content/datasets";
import { STRATEGIES } from "@/lib/economics/agent-session";
import type { TableRow } from "@/lib/economics/calculator";
import { cacheRuleFor, cacheRules } from "@/lib/prices/cache-rules";
import { listModels } from "@/lib/prices/catalog";
import { libraryPrice } from "@/lib/testing/library-price";
import { evaluateQuery } from "./run";

const data = loadDatasets();
const today = new Date("2026-11-27T12:00:00Z");

// The session of lib/economics/agent-session.test.ts: 3,000 tokens of system prompt and tools; each turn 200 user,
// 100 tool call, 50 reasoning (dropped between turns), 1,000 tool result; 60 s between turns except 400 s before turn 7.
const session =
  "systemTokens=2000&toolDefinitionTokens=1000&userTokens=200&toolCallTokens=100&reasoningTokens=50&reasoningInContext=no&toolResultTokens=1000&turns=10&gapSeconds=60,60,60,60,60,400,60";

async function get(query: string) {
  const response = await GET(new Request(`http://localhost/api/v1/calculators/agent-session?${query}`), {
    params: Promise.resolve({ id: "agent-session" }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      outputs: Record<string, unknown>;
      inputs: Record<string, unknown>;
      units: Record<string, string>;
    },
  };
}

const rowsOf = (outputs: Record<string, unknown>) => outputs.turnRows as TableRow[];

/** The row's usage as calcPrice takes it (writes are all 1-hour under explicit-1h, all 5-minute otherwise). */
function usageOf(row: TableRow, strategy: string) {
  const writes = row.cacheWriteTokens as number;
  return {
    input: row.contextTokens as number,
    cached: row.cacheReadTokens as number,
    write5m: strategy === "explicit-1h" ? 0 : writes,
    write1h: strategy === "explicit-1h" ? writes : 0,
    output: row.outputTokens as number,
    reasoning: row.reasoningTokens as number,
  };
}

describe("agent-session priced from the database", () => {
  it("GET: Claude Sonnet 4.5 with explicit 5-minute breakpoints, turn by turn as recomputed by hand", async () => {
    const { status, body } = await get(`model=anthropic/claude-sonnet-4-5&cacheStrategy=explicit-5m&${session}`);
    expect(status).toBe(200);
    // The database fills Sonnet 4.5's prices ($3 / $0.30 hit / $3.75 write / $15 out) and Anthropic's rule (1,024 minimum).
    expect(body.inputs).toMatchObject({
      model: "anthropic/claude-sonnet-4-5",
      inputPricePerM: 3,
      cachedInputPricePerM: 0.3,
      cacheWritePricePerM: 3.75,
      outputPricePerM: 15,
      cacheMinPrefixTokens: 1024,
      explicitBreakpoints: "yes",
    });
    // Recomputed in lib/economics/agent-session.test.ts: T1 $0.01425; T2–T6 $0.008085 … $0.009645; T7 (cache expired)
    // 11,000 × 3.75 + 2,250 = $0.0435; T8–T10 $0.010425, $0.010815, $0.011205; total $0.13452.
    const expected = [0.01425, 0.008085, 0.008475, 0.008865, 0.009255, 0.009645, 0.0435, 0.010425, 0.010815, 0.011205];
    const rows = rowsOf(body.outputs);
    rows.forEach((row, k) => {
      expect(row.costUsd, `turn ${k + 1}`).toBeCloseTo(expected[k]!, 12);
      expect(
        Math.abs(
          (row.costUsd as number) - libraryPrice("anthropic/claude-sonnet-4-5", usageOf(row, "explicit-5m"), today),
        ),
      ).toBeLessThan(1e-9);
    });
    expect(body.outputs.sessionCostUsd).toBeCloseTo(0.13452, 12);
    expect(body.outputs.cacheExpiredAtTurn).toBe(7);
    expect(body.outputs.repricedAtTurn).toBeNull();
    expect(body.units.turnRows).toBe("table");
  });

  it("GET: GPT-5 with OpenAI's automatic caching, turn by turn as recomputed by hand", async () => {
    const { status, body } = await get(`model=openai/gpt-5&cacheStrategy=automatic&${session}`);
    expect(status).toBe(200);
    // $1.25 input, $0.125 hit, $10 output; hits are 1,024 + whole 128-token steps of the previous prompt; writes cost input.
    // context 3,200, 4,500, 5,800, 7,100, 8,400, 9,700, 11,000, 12,300, 13,600, 14,900; output 150 → 1,500 µ$.
    // T1: 3,200 × 1.25 + 1,500 = 5,500 µ$.
    // T2: previous 3,200 → hit 1,024 + 17 × 128 = 3,200; 3,200 × 0.125 + 1,300 × 1.25 + 1,500 = 400 + 1,625 + 1,500 = 3,525.
    // T3: 4,500 → 4,480 (3,476 = 27 × 128 + 20); 560 + 1,320 × 1.25 = 1,650, + 1,500 = 3,710.
    // T4: 5,800 → 5,760; 720 + 1,340 × 1.25 = 1,675 → 3,895.   T5: 7,100 → 7,040; 880 + 1,700 → 4,080.
    // T6: 8,400 → 8,320; 1,040 + 1,725 → 4,265.   T7: 400 s > 300 s, nothing hits: 11,000 × 1.25 + 1,500 = 15,250.
    // T8: 11,000 → 10,880; 1,360 + 1,775 → 4,635.   T9: 12,300 → 12,288; 1,536 + 1,640 → 4,676.
    // T10: 13,600 → 13,568; 1,696 + 1,665 → 4,861.   Total 54,397 µ$ = $0.054397; no caching 90,500 × 1.25 + 15,000 = $0.128125.
    const expected = [5500, 3525, 3710, 3895, 4080, 4265, 15250, 4635, 4676, 4861].map((u) => u / 1e6);
    const rows = rowsOf(body.outputs);
    expect(rows.map((r) => r.cacheReadTokens)).toEqual([0, 3200, 4480, 5760, 7040, 8320, 0, 10880, 12288, 13568]);
    rows.forEach((row, k) => {
      expect(row.costUsd, `turn ${k + 1}`).toBeCloseTo(expected[k]!, 12);
      expect(
        Math.abs((row.costUsd as number) - libraryPrice("openai/gpt-5", usageOf(row, "automatic"), today)),
      ).toBeLessThan(1e-9);
    });
    expect(body.outputs.sessionCostUsd).toBeCloseTo(0.054397, 12);
    expect(body.outputs.noCachingCostUsd).toBeCloseTo(0.128125, 12);
    expect(body.outputs.cacheExpiredAtTurn).toBe(7);
    expect(body.outputs.cheapestStrategy).toBe("automatic");
  });

  it("refuses a strategy the provider does not offer, naming cacheStrategy", async () => {
    const { status, body } = await get(`model=openai/gpt-5&cacheStrategy=explicit-1h`);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain("cacheStrategy");
  });

  it("every request of random sessions on random models costs what calcPrice says", () => {
    const ruled = listModels()
      .filter((m) => cacheRuleFor(m.providerId, m.modelId) && !m.deprecated)
      .map((m) => m.id);
    expect(ruled.length).toBeGreaterThan(20);
    const list = (max: number) =>
      fc.array(fc.integer({ min: 0, max }), { minLength: 1, maxLength: 3 }).map((l) => l.join(","));
    const query = fc.record({
      model: fc.constantFrom(...ruled),
      cacheStrategy: fc.constantFrom(...STRATEGIES),
      systemTokens: fc.integer({ min: 0, max: 20_000 }).map(String),
      toolDefinitionTokens: fc.integer({ min: 0, max: 20_000 }).map(String),
      turns: fc.integer({ min: 3, max: 15 }).map(String),
      userTokens: list(3_000),
      toolCallTokens: list(2_000),
      toolResultTokens: list(40_000),
      reasoningTokens: list(3_000),
      gapSeconds: fc.array(fc.integer({ min: 0, max: 4_000 }), { minLength: 1, maxLength: 2 }).map((l) => l.join(",")),
      reasoningInContext: fc.constantFrom("yes", "no"),
    });
    let priced = 0;
    fc.assert(
      fc.property(query, (q) => {
        const result = evaluateQuery("agent-session", q, data, data.meta.asOf, today);
        if (result.status !== 200) {
          // Only a strategy the provider lacks, or a session too long for the model's window, is refused.
          if (result.status === 400)
            expect(
              result.issues.map((i) => i.param).every((p) => p === "cacheStrategy" || p === "turns"),
              JSON.stringify(result.issues),
            ).toBe(true);
          else throw new Error(JSON.stringify(result));
          return;
        }
        for (const row of rowsOf(result.body.outputs)) {
          priced++;
          const library = libraryPrice(q.model, usageOf(row, q.cacheStrategy), today);
          expect(Math.abs((row.costUsd as number) - library), `${q.model} ${JSON.stringify(row)}`).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 150 },
    );
    expect(priced).toBeGreaterThan(100);
  });

  it("every rule cites its documentation, accessed on the date the data states", () => {
    expect(cacheRules.accessed).toBe("2026-11-29");
    for (const rule of cacheRules.rules) expect(rule.sources.every((s) => s.url.startsWith("https://"))).toBe(true);
  });
});
