// api-cost with model=<provider>/<model-id>: the pure calculator, fed the database's rules as inputs, must
// price a request exactly as the package's own calcPrice does.
import { calcPrice } from "@pydantic/genai-prices";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/calculators/[id]/route";
import { loadDatasets } from "@/lib/content/datasets";
import { findModel, listModels, PRICES_DATA, pricesAt } from "@/lib/prices/catalog";
import { libraryPrice, type Usage } from "@/lib/testing/library-price";
import { evaluateQuery } from "./run";
import { describe as describeCalculator } from "./server";

const data = loadDatasets();

const query = (u: Usage): Record<string, string> => ({
  inputTokens: String(u.input),
  cachedInputTokens: String(u.cached ?? 0),
  cacheWriteTokens: String(u.write5m ?? 0),
  cacheWrite1hTokens: String(u.write1h ?? 0),
  outputTokens: String(u.output),
  reasoningTokens: String(u.reasoning ?? 0),
});

function ours(model: string, u: Usage, at: Date) {
  const result = evaluateQuery("api-cost", { model, ...query(u) }, data, data.meta.asOf, at);
  if (result.status !== 200) throw new Error(`${model}: ${JSON.stringify(result)}`);
  return result.body.outputs;
}

const today = new Date("2026-11-27T12:00:00Z");

describe("api-cost priced from the database", () => {
  it("GET ?model=google/gemini-2.5-pro&inputTokens=250000&outputTokens=1000 prices the whole request at the >200k tier", async () => {
    const response = await GET(
      new Request(
        "http://localhost/api/v1/calculators/api-cost?model=google/gemini-2.5-pro&inputTokens=250000&outputTokens=1000",
      ),
      { params: Promise.resolve({ id: "api-cost" }) },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { outputs: Record<string, unknown>; inputs: Record<string, unknown> };
    // Above 200,000 input tokens every token costs the tier price: (250,000 × 2.50 + 1,000 × 15) / 1e6 = $0.64
    expect(body.outputs.tier).toBe(">200000 input tokens");
    expect(body.outputs.costPerRequestUsd).toBeCloseTo(0.64, 12);
    expect(body.outputs.pricesAsOf).toBe(PRICES_DATA.publishedOn);
    expect(body.inputs.model).toBe("google/gemini-2.5-pro");
    const library = calcPrice({ input_tokens: 250_000, output_tokens: 1_000 }, "gemini-2.5-pro", {
      providerId: "google",
    })!;
    expect(library.model.id).toBe("gemini-2.5-pro");
    expect(Math.abs((body.outputs.costPerRequestUsd as number) - library.total_price)).toBeLessThan(1e-6);
  });

  it("an unknown model is a 404 naming `model`, in the shape of the API's 400s", async () => {
    const get = (q: string) =>
      GET(new Request(`http://localhost/api/v1/calculators/api-cost?${q}`), {
        params: Promise.resolve({ id: "api-cost" }),
      });
    for (const model of ["google/no-such-model", "no-such-model"]) {
      const response = await get(`model=${model}&inputTokens=1000`);
      expect(response.status).toBe(404);
      const body = (await response.json()) as {
        error: { message: string; issues: { param: string; message: string }[] };
      };
      expect(body.error.message).toContain(model);
      expect(body.error.issues.map((i) => i.param)).toEqual(["model"]);
    }
    const bad = (await (await get("inputTokens=lots")).json()) as { error: { issues: { param: string }[] } };
    expect(Object.keys(bad.error)).toEqual(["message", "issues"]);
  });

  it("prices Claude Opus 4.6 by the rule in force on the pricing date (its long-context premium ended 2026-03-13)", () => {
    const usage = { input: 300_000, output: 1_000 };
    const before = new Date("2026-03-12T12:00:00Z");
    const after = new Date("2026-03-13T12:00:00Z");
    const old = ours("anthropic/claude-opus-4-6", usage, before);
    // (300,000 × 10 + 1,000 × 37.50) / 1e6 = $3.0375
    expect(old.tier).toBe(">200000 input tokens");
    expect(old.costPerRequestUsd).toBeCloseTo(3.0375, 12);
    expect(old.pricesAsOf).toBe(PRICES_DATA.publishedOn);
    const now = ours("anthropic/claude-opus-4-6", usage, after);
    // (300,000 × 5 + 1,000 × 25) / 1e6 = $1.525
    expect(now.tier).toBe("base");
    expect(now.costPerRequestUsd).toBeCloseTo(1.525, 12);
    expect(now.pricesAsOf).toBe("2026-03-13");
    expect(
      Math.abs((old.costPerRequestUsd as number) - libraryPrice("anthropic/claude-opus-4-6", usage, before)),
    ).toBeLessThan(1e-6);
    expect(
      Math.abs((now.costPerRequestUsd as number) - libraryPrice("anthropic/claude-opus-4-6", usage, after)),
    ).toBeLessThan(1e-6);
  });

  it("the tier starts one token over the threshold, and cached tokens count toward it", () => {
    const at = (u: Usage) => ours("google/gemini-2.5-pro", u, today);
    // Exactly 200,000: base. 200,000 × 1.25 / 1e6 = $0.25
    expect(at({ input: 200_000, output: 0 })).toMatchObject({ tier: "base", costPerRequestUsd: 0.25 });
    // 200,001: the tier for every token. 200,001 × 2.50 / 1e6 = $0.5000025
    const over = at({ input: 200_001, output: 0 });
    expect(over.tier).toBe(">200000 input tokens");
    expect(over.costPerRequestUsd).toBeCloseTo(0.5000025, 12);
    // 150,000 of the 200,001 are cache hits: still the tier. (50,001 × 2.50 + 150,000 × 0.25) / 1e6 = $0.1625025
    const cached = at({ input: 200_001, cached: 150_000, output: 10 });
    expect(cached.tier).toBe(">200000 input tokens");
    expect(cached.costPerRequestUsd).toBeCloseTo(0.1625025 + (10 * 15) / 1e6, 12);
    for (const u of [
      { input: 200_000, output: 0 },
      { input: 200_001, output: 0 },
      { input: 200_001, cached: 150_000, output: 10 },
    ]) {
      expect(
        Math.abs((at(u).costPerRequestUsd as number) - libraryPrice("google/gemini-2.5-pro", u, today)),
      ).toBeLessThan(1e-6);
    }
  });

  it("bills 1-hour cache writes at their own price (Claude Opus 4.5: $10, 2× input)", () => {
    const u = { input: 10_500, write1h: 10_000, output: 1_000 };
    // (500 × 5 + 10,000 × 10 + 1,000 × 25) / 1e6 = $0.1275
    const out = ours("anthropic/claude-opus-4-5", u, today);
    expect(out.costPerRequestUsd).toBeCloseTo(0.1275, 12);
    expect(
      Math.abs((out.costPerRequestUsd as number) - libraryPrice("anthropic/claude-opus-4-5", u, today)),
    ).toBeLessThan(1e-6);
    // The same tokens written for 5 minutes: (500 × 5 + 10,000 × 6.25 + 25,000) / 1e6 = $0.09
    expect(
      ours("anthropic/claude-opus-4-5", { input: 10_500, write5m: 10_000, output: 1_000 }, today).costPerRequestUsd,
    ).toBeCloseTo(0.09, 12);
  });

  it("bills reasoning tokens at the reasoning price where the model has one, else as output", () => {
    const u = { input: 1_000, output: 5_000, reasoning: 4_000 };
    // Sonar Deep Research: $2 input, $8 output, $3 reasoning: (1,000 × 2 + 1,000 × 8 + 4,000 × 3) / 1e6 = $0.022
    const deep = ours("perplexity/sonar-deep-research", u, today);
    expect(deep.costPerRequestUsd).toBeCloseTo(0.022, 12);
    expect(
      Math.abs((deep.costPerRequestUsd as number) - libraryPrice("perplexity/sonar-deep-research", u, today)),
    ).toBeLessThan(1e-6);
    // GPT-5 has no reasoning price: all 5,000 output tokens at the output price.
    const gpt5 = pricesAt("openai/gpt-5", today)!;
    expect(gpt5.base.reasoning).toBeUndefined();
    const plain = ours("openai/gpt-5", u, today);
    expect(plain.costPerRequestUsd).toBeCloseTo((1_000 * gpt5.base.input! + 5_000 * gpt5.base.output!) / 1e6, 12);
    expect(Math.abs((plain.costPerRequestUsd as number) - libraryPrice("openai/gpt-5", u, today))).toBeLessThan(1e-6);
  });

  it("keeps explicit prices in the query over the model's, and the reference ids working", () => {
    const result = evaluateQuery(
      "api-cost",
      { model: "google/gemini-2.5-pro", inputTokens: "1000", outputTokens: "0", inputPricePerM: "2" },
      data,
      data.meta.asOf,
      today,
    );
    if (result.status !== 200) throw new Error(JSON.stringify(result));
    expect(result.body.outputs.costPerRequestUsd).toBeCloseTo(0.002, 12);
    const reference = evaluateQuery("api-cost", { model: "gpt-4o" }, data, data.meta.asOf, today);
    expect(reference.status).toBe(200);
    if (reference.status === 200) expect(reference.body.inputs.model).toBe("gpt-4o");
  });

  it("equals calcPrice on 500 random (model, usage, date) draws from the database", () => {
    const ids = listModels().map((m) => m.id);
    const threshold = (id: string) => pricesAt(id, today)?.tier?.aboveInputTokens;
    const tiered = ids.filter((id) => threshold(id) !== undefined);
    // Half the draws are long-context models, with the input often within two tokens of their threshold.
    const inputTokens = (id: string) => {
      const t = threshold(id);
      const anywhere = fc.integer({ min: 0, max: 2_000_000 });
      return t === undefined ? anywhere : fc.oneof(anywhere, fc.integer({ min: t - 2, max: t + 2 }));
    };
    const usage = (id: string) =>
      fc
        .record({
          input: inputTokens(id),
          shares: fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
          ),
          output: fc.integer({ min: 0, max: 200_000 }),
          reasoningShare: fc.double({ min: 0, max: 1, noNaN: true }),
        })
        .filter((r) => r.input + r.output > 0)
        .map(({ input, shares: [a, b, c], output, reasoningShare }): Usage => {
          const cached = Math.floor(input * a);
          const write5m = Math.floor((input - cached) * b);
          const write1h = Math.floor((input - cached - write5m) * c);
          return { input, cached, write5m, write1h, output, reasoning: Math.floor(output * reasoningShare) };
        });
    const modelAndUsage = fc
      .oneof(fc.constantFrom(...ids), fc.constantFrom(...tiered))
      .chain((id) => fc.tuple(fc.constant(id), usage(id)));
    const when = fc.date({
      min: new Date("2025-01-01T00:00:00Z"),
      max: new Date("2027-06-30T23:59:59Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(modelAndUsage, when, ([id, u], at) => {
        // A request larger than the model's context window is refused, never priced.
        const window = findModel(id)?.contextWindow;
        if (window !== undefined && u.input + u.output > window) {
          const refused = evaluateQuery("api-cost", { model: id, ...query(u) }, data, data.meta.asOf, at);
          expect(refused.status).toBe(400);
          if (refused.status === 400) expect(refused.issues.map((i) => i.param)).toContain("inputTokens");
          return;
        }
        const ourPrice = ours(id, u, at).costPerRequestUsd as number;
        expect(
          Math.abs(ourPrice - libraryPrice(id, u, at)),
          `${id} ${JSON.stringify(u)} ${at.toISOString()}`,
        ).toBeLessThan(1e-6);
      }),
      { numRuns: 500 },
    );
  });
});

describe("context window", () => {
  it("refuses a request larger than the model's window instead of pricing it, and prices one that fits", () => {
    const window = findModel("openai/gpt-4o")!.contextWindow!;
    const run = (input: number, output: number) =>
      evaluateQuery(
        "api-cost",
        { model: "openai/gpt-4o", inputTokens: String(input), outputTokens: String(output) },
        data,
        data.meta.asOf,
        today,
      );
    const over = run(window - 999, 1_000);
    expect(over.status).toBe(400);
    if (over.status === 400)
      expect(over.issues).toEqual([
        {
          param: "inputTokens",
          message: `A request of ${window + 1} tokens does not fit the model's context window of ${window} tokens.`,
        },
      ]);
    expect(run(window - 1_000, 1_000).status).toBe(200);
  });
});

describe("batch=1", () => {
  const run = (raw: Record<string, string>) => evaluateQuery("api-cost", raw, data, data.meta.asOf, today);

  it("applies the provider's batch discount to a database model or a reference entry's twin", () => {
    const list = run({ model: "anthropic/claude-opus-4-5", inputTokens: "10000", outputTokens: "1000" });
    const batch = run({ model: "anthropic/claude-opus-4-5", inputTokens: "10000", outputTokens: "1000", batch: "1" });
    if (list.status !== 200 || batch.status !== 200) throw new Error("expected 200");
    // (10,000 × 5 + 1,000 × 25) / 1e6 = $0.075, half in the batch API: $0.0375
    expect(batch.body.outputs.costPerRequestUsd).toBeCloseTo(0.0375, 12);
    expect(batch.body.inputs).toMatchObject({ batch: "1", batchDiscount: 0.5 });
    const reference = run({ model: "gpt-4o", batch: "1" });
    if (reference.status === 200) expect(reference.body.inputs.batchDiscount).toBe(0.5);
    else throw new Error(JSON.stringify(reference));
  });

  it("lets an explicit batchDiscount win, and names batch where no discount is known", () => {
    const explicit = run({ model: "google/gemini-2.5-pro", batch: "1", batchDiscount: "0.3" });
    if (explicit.status === 200) expect(explicit.body.inputs.batchDiscount).toBe(0.3);
    else throw new Error(JSON.stringify(explicit));
    const bad: Record<string, string>[] = [
      { model: "deepseek/deepseek-chat", batch: "1" },
      { batch: "1" },
      { model: "gpt-4o", batch: "yes" },
    ];
    for (const raw of bad) {
      const result = run(raw);
      expect(result.status, JSON.stringify(raw)).toBe(400);
      if (result.status === 400) expect(result.issues.map((i) => i.param)).toEqual(["batch"]);
    }
    // Calculators without a batch discount do not know the parameter.
    const other = evaluateQuery("blended-price", { batch: "1" }, data, data.meta.asOf, today);
    expect(other.status).toBe(400);
    if (other.status === 400) expect(other.issues).toEqual([{ param: "batch", message: "unknown parameter" }]);
  });
});

describe("the calculator description", () => {
  it("says the model preset also takes any model of the price database", () => {
    const model = describeCalculator("api-cost")!.presets.find((p) => p.param === "model")!;
    expect(model.values).toContain("gpt-4o");
    expect(model.alsoAccepts).toEqual({
      format: "<provider>/<model-id>",
      models: listModels().length,
      source: "@pydantic/genai-prices 0.1.8",
      asOf: PRICES_DATA.publishedOn,
    });
  });
});
