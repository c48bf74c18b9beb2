import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiCost } from "./api-cost";
import { checkFiniteOutputs, checkMetadata, issueParams, NUM_RUNS, run, validInputs } from "./test-support";

// Claude Opus 4.5 list prices (domain model §1.2): input $5, 5-minute cache write $6.25, hit $0.50, output $25.
const opus = { inputPricePerM: 5, cacheWritePricePerM: 6.25, cachedInputPricePerM: 0.5, outputPricePerM: 25 };

describe("api-cost worked examples", () => {
  it("defaults: GPT-4o, 2,000 in / 500 out, 10,000 requests a day", () => {
    // (2,000 × 2.50 + 500 × 10) / 1e6 = (5,000 + 5,000) / 1e6 = $0.01 per request
    // × 10,000 = $100 a day; × 30 = $3,000 a month; 0.01 / 2,500 tokens × 1e6 = $4.00 per 1M
    const out = run(apiCost);
    expect(out.costPerRequestUsd).toBeCloseTo(0.01, 12);
    expect(out.costPerDayUsd).toBeCloseTo(100, 9);
    expect(out.costPerMonthUsd).toBeCloseTo(3_000, 8);
    expect(out.effectivePricePerMUsd).toBeCloseTo(4, 10);
  });

  it("GPT-4o with 1,500 of 2,000 prompt tokens cached at $1.25", () => {
    // miss = 2,000 − 1,500 = 500: (500 × 2.50 + 1,500 × 1.25 + 500 × 10) / 1e6 = (1,250 + 1,875 + 5,000) / 1e6 = $0.008125
    const out = run(apiCost, { cachedInputTokens: 1_500 });
    expect(out.costPerRequestUsd).toBeCloseTo(0.008125, 12);
  });

  it("Anthropic explicit caching on Opus 4.5 pays off from the first reuse", () => {
    // 10,000-token cached prefix + 500 fresh input tokens, 1,000 output tokens.
    // First request (writes): (500 × 5 + 10,000 × 6.25 + 1,000 × 25) / 1e6 = (2,500 + 62,500 + 25,000) / 1e6 = $0.0900
    const write = run(apiCost, { ...opus, inputTokens: 10_500, cacheWriteTokens: 10_000, outputTokens: 1_000 });
    expect(write.costPerRequestUsd).toBeCloseTo(0.09, 12);
    // Later request (hits): (500 × 5 + 10,000 × 0.50 + 25,000) / 1e6 = (2,500 + 5,000 + 25,000) / 1e6 = $0.0325
    const hit = run(apiCost, { ...opus, inputTokens: 10_500, cachedInputTokens: 10_000, outputTokens: 1_000 });
    expect(hit.costPerRequestUsd).toBeCloseTo(0.0325, 12);
    // Without caching: (10,500 × 5 + 25,000) / 1e6 = (52,500 + 25,000) / 1e6 = $0.0775
    const plain = run(apiCost, { ...opus, inputTokens: 10_500, outputTokens: 1_000 });
    expect(plain.costPerRequestUsd).toBeCloseTo(0.0775, 12);
    // Write + one hit = $0.1225 < two uncached requests = $0.155
    expect(write.costPerRequestUsd + hit.costPerRequestUsd).toBeLessThan(2 * plain.costPerRequestUsd);
  });

  it("a 0.5 batch discount halves the Opus 4.5 cache-hit request", () => {
    // $0.0325 × (1 − 0.5) = $0.01625
    const out = run(apiCost, {
      ...opus,
      inputTokens: 10_500,
      cachedInputTokens: 10_000,
      outputTokens: 1_000,
      batchDiscount: 0.5,
    });
    expect(out.costPerRequestUsd).toBeCloseTo(0.01625, 12);
  });

  it("reasoning tokens are billed as output (GPT-5 $1.25 / $10)", () => {
    // 1,000 input; 200 visible + 3,000 reasoning = 3,200 output:
    // (1,000 × 1.25 + 3,200 × 10) / 1e6 = (1,250 + 32,000) / 1e6 = $0.03325; per 1M over 4,200 tokens: 0.03325 / 4,200 × 1e6 = $7.9167
    const out = run(apiCost, {
      inputTokens: 1_000,
      outputTokens: 3_200,
      inputPricePerM: 1.25,
      outputPricePerM: 10,
      cachedInputPricePerM: 0.125,
    });
    expect(out.costPerRequestUsd).toBeCloseTo(0.03325, 12);
    expect(out.effectivePricePerMUsd).toBeCloseTo(7.916667, 5);
  });

  it("a long-context tier reprices the whole request once the input is over its threshold", () => {
    // Gemini 2.5 Pro: $1.25 / $10 up to 200,000 input tokens, $2.50 / $15 above.
    const gemini = {
      inputPricePerM: 1.25,
      cachedInputPricePerM: 0.125,
      outputPricePerM: 10,
      tierAboveInputTokens: 200_000,
      tierInputPricePerM: 2.5,
      tierCachedInputPricePerM: 0.25,
      tierOutputPricePerM: 15,
    };
    // At the threshold: (200,000 × 1.25 + 1,000 × 10) / 1e6 = $0.26
    const at = run(apiCost, { ...gemini, inputTokens: 200_000, outputTokens: 1_000 });
    expect(at).toMatchObject({ tier: "base" });
    expect(at.costPerRequestUsd).toBeCloseTo(0.26, 12);
    // One token over, 100,000 of it cache hits: (100,001 × 2.50 + 100,000 × 0.25 + 1,000 × 15) / 1e6 = $0.2900025
    const over = run(apiCost, { ...gemini, inputTokens: 200_001, cachedInputTokens: 100_000, outputTokens: 1_000 });
    expect(over).toMatchObject({ tier: ">200000 input tokens" });
    expect(over.costPerRequestUsd).toBeCloseTo(0.2900025, 12);
  });

  it("1-hour cache writes and reasoning tokens have their own prices", () => {
    // Opus 4.5 1-hour writes at $10: (500 × 5 + 10,000 × 10 + 1,000 × 25) / 1e6 = $0.1275
    expect(
      run(apiCost, {
        ...opus,
        cacheWrite1hPricePerM: 10,
        inputTokens: 10_500,
        cacheWrite1hTokens: 10_000,
        outputTokens: 1_000,
      }).costPerRequestUsd,
    ).toBeCloseTo(0.1275, 12);
    // Without a 1-hour price they cost the cache-write price: (2,500 + 10,000 × 6.25 + 25,000) / 1e6 = $0.09
    expect(
      run(apiCost, { ...opus, inputTokens: 10_500, cacheWrite1hTokens: 10_000, outputTokens: 1_000 }).costPerRequestUsd,
    ).toBeCloseTo(0.09, 12);
    // 4,000 of 5,000 output tokens reasoning at $3 (output $8, input $2): (1,000 × 2 + 1,000 × 8 + 4,000 × 3) / 1e6 = $0.022
    const deep = {
      inputPricePerM: 2,
      outputPricePerM: 8,
      reasoningPricePerM: 3,
      inputTokens: 1_000,
      outputTokens: 5_000,
      reasoningTokens: 4_000,
    };
    expect(run(apiCost, deep).costPerRequestUsd).toBeCloseTo(0.022, 12);
  });

  it("daysPerMonth scales the month (30.44-day month)", () => {
    // $100 a day × 30.44 = $3,044
    expect(run(apiCost, { daysPerMonth: "30.44" }).costPerMonthUsd).toBeCloseTo(3_044, 8);
  });
});

describe("api-cost validation", () => {
  it("rejects an unknown parameter", () => {
    expect(issueParams(apiCost, { promptTokens: "100" })).toEqual(["promptTokens"]);
  });
  it("rejects a non-number", () => {
    expect(issueParams(apiCost, { inputTokens: "lots" })).toEqual(["inputTokens"]);
  });
  it("rejects out-of-range and non-integer values", () => {
    expect(issueParams(apiCost, { inputTokens: "10000001" })).toEqual(["inputTokens"]);
    expect(issueParams(apiCost, { outputTokens: "1.5" })).toEqual(["outputTokens"]);
    expect(issueParams(apiCost, { batchDiscount: "1.5" })).toEqual(["batchDiscount"]);
    expect(issueParams(apiCost, { outputPricePerM: "-1" })).toEqual(["outputPricePerM"]);
    expect(issueParams(apiCost, { daysPerMonth: "0" })).toEqual(["daysPerMonth"]);
  });
  it("rejects cached + cache-write tokens above the input tokens", () => {
    // 1,500 + 600 = 2,100 > 2,000
    expect(issueParams(apiCost, { cachedInputTokens: "1500", cacheWriteTokens: "600" })).toEqual(["cachedInputTokens"]);
  });
  it("counts 1-hour cache writes toward the input, and keeps reasoning within the output", () => {
    // 1,000 + 500 + 600 = 2,100 > 2,000
    expect(
      issueParams(apiCost, { cachedInputTokens: "1000", cacheWriteTokens: "500", cacheWrite1hTokens: "600" }),
    ).toEqual(["cachedInputTokens"]);
    expect(issueParams(apiCost, { outputTokens: "100", reasoningTokens: "101" })).toEqual(["reasoningTokens"]);
  });
  it("rejects a request with no tokens at all", () => {
    expect(issueParams(apiCost, { inputTokens: "0", outputTokens: "0" })).toEqual(["outputTokens"]);
  });
});

describe("api-cost properties", () => {
  it("every numeric output is finite", () => checkFiniteOutputs(apiCost));

  it("cost never falls when a price rises", () => {
    const priceField = fc.constantFrom<
      "inputPricePerM" | "outputPricePerM" | "cachedInputPricePerM" | "cacheWritePricePerM"
    >("inputPricePerM", "outputPricePerM", "cachedInputPricePerM", "cacheWritePricePerM");
    fc.assert(
      fc.property(
        validInputs(apiCost),
        priceField,
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        (input, field, delta) => {
          const bumped = { ...input, [field]: Math.min(10_000, input[field] + delta) };
          const before = apiCost.compute(input);
          const after = apiCost.compute(bumped);
          expect(after.costPerRequestUsd).toBeGreaterThanOrEqual(before.costPerRequestUsd);
          expect(after.costPerMonthUsd).toBeGreaterThanOrEqual(before.costPerMonthUsd);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("cost never falls when output tokens rise", () => {
    fc.assert(
      fc.property(validInputs(apiCost), fc.integer({ min: 0, max: 10_000_000 }), (input, delta) => {
        const bumped = { ...input, outputTokens: Math.min(10_000_000, input.outputTokens + delta) };
        expect(apiCost.compute(bumped).costPerRequestUsd).toBeGreaterThanOrEqual(
          apiCost.compute(input).costPerRequestUsd,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("a 0.5 batch discount halves the cost", () => {
    fc.assert(
      fc.property(validInputs(apiCost), (input) => {
        const full = apiCost.compute({ ...input, batchDiscount: 0 }).costPerRequestUsd;
        const half = apiCost.compute({ ...input, batchDiscount: 0.5 }).costPerRequestUsd;
        expect(half).toBe(full * 0.5);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("api-cost metadata", () => {
  it("documents every input and output", () => checkMetadata(apiCost));
});
