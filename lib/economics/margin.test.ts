import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { margin } from "./margin";
import { checkFiniteOutputs, checkMetadata, issueParams, NUM_RUNS, run, validInputs } from "./test-support";

describe("margin worked examples", () => {
  it("DeepSeek, 1 Mar 2025: $562,027 revenue vs $87,072 cost a day → 545% markup, 84.5% gross margin", () => {
    // cost = 226.75 nodes × 8 GPUs × 24 h × $2 = $87,072
    expect(226.75 * 8 * 24 * 2).toBe(87_072);
    // profit = 562,027 − 87,072 = 474,955; markup = 474,955 / 87,072 = 5.454739 → 545.47%
    // margin = 474,955 / 562,027 = 0.845075 → 84.51%  (ratios are the same per day or per token)
    const out = run(margin, { pricePerM: 562_027, costPerM: 87_072 });
    expect(out.grossProfitPerM).toBe(474_955);
    expect(out.markupPct).toBeCloseTo(545.4739, 4);
    expect(out.grossMarginPct).toBeCloseTo(84.5075, 4);
  });
  it("defaults: the same day per million tokens ($0.7243 vs $0.1122)", () => {
    // 562,027 / 776,000 M tokens = $0.72426; 87,072 / 776,000 = $0.11221 (rounded to 4 decimals as defaults)
    // margin = 0.6121 / 0.7243 = 0.845092 → 84.51%; markup = 0.6121 / 0.1122 = 5.455437 → 545.54%
    const out = run(margin);
    expect(out.grossProfitPerM).toBeCloseTo(0.6121, 12);
    expect(out.grossMarginPct).toBeCloseTo(84.5092, 4);
    expect(out.markupPct).toBeCloseTo(545.5437, 4);
  });
  it("a 50% gross margin is a 100% markup", () => {
    // price 2, cost 1: (2 − 1) / 2 = 50%; (2 − 1) / 1 = 100%
    const out = run(margin, { pricePerM: 2, costPerM: 1 });
    expect(out.grossMarginPct).toBe(50);
    expect(out.markupPct).toBe(100);
  });
  it("selling below cost gives negative margins", () => {
    // price 1, cost 2: (1 − 2) / 1 = −100%; (1 − 2) / 2 = −50%
    const out = run(margin, { pricePerM: 1, costPerM: 2 });
    expect(out.grossMarginPct).toBe(-100);
    expect(out.markupPct).toBe(-50);
    expect(out.grossProfitPerM).toBe(-1);
  });
});

describe("margin validation", () => {
  it("rejects an unknown parameter", () => {
    expect(issueParams(margin, { revenue: "1" })).toEqual(["revenue"]);
  });
  it("rejects a non-number", () => {
    expect(issueParams(margin, { costPerM: "free" })).toEqual(["costPerM"]);
  });
  it("rejects zero and out-of-range prices", () => {
    expect(issueParams(margin, { pricePerM: "0" })).toEqual(["pricePerM"]);
    expect(issueParams(margin, { costPerM: "-1" })).toEqual(["costPerM"]);
  });
  // No cross-field rule: a price below cost is a valid (loss-making) case.
});

describe("margin properties", () => {
  it("every numeric output is finite", () => checkFiniteOutputs(margin));
  it("margin × price and markup × cost both give back the profit; margin < 100%, markup > −100%", () => {
    const close = (a: number, b: number) =>
      expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
    fc.assert(
      fc.property(validInputs(margin), (input) => {
        const out = margin.compute(input);
        expect(out.grossMarginPct).toBeLessThan(100);
        expect(out.markupPct).toBeGreaterThan(-100);
        close((out.grossMarginPct / 100) * input.pricePerM, out.grossProfitPerM);
        close((out.markupPct / 100) * input.costPerM, out.grossProfitPerM);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("margin metadata", () => {
  it("documents every input and output", () => checkMetadata(margin));
});
