import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { priceDecline } from "./price-decline";
import { checkFiniteOutputs, checkMetadata, issueParams, NUM_RUNS, run, validInputs } from "./test-support";

describe("price-decline worked examples", () => {
  it("defaults: GPT-4 3:1 blend $37.50 → GPT-5 $3.4375 over 2.4 years ≈ 2.7× per year", () => {
    // total = 37.5 / 3.4375 = 10.909091; ln 10.909091 = 2.389596; / 2.4 = 0.995665; e^0.995665 = 2.706524
    // pct = (1 − 1 / 2.706524) × 100 = 63.0522%
    const out = run(priceDecline);
    expect(out.totalDeclineFactor).toBeCloseTo(10.909091, 6);
    expect(out.annualDeclineFactor).toBeCloseTo(2.706524, 6);
    expect(out.annualDeclinePct).toBeCloseTo(63.0522, 4);
  });
  it("a16z LLMflation: $60 → $0.06 over 3 years = 1,000×, 10× a year", () => {
    // 60 / 0.06 = 1,000; 1,000^(1/3) = 10; (1 − 1/10) × 100 = 90%
    const out = run(priceDecline, { startPricePerM: 60, endPricePerM: 0.06, years: 3 });
    expect(out.totalDeclineFactor).toBeCloseTo(1_000, 9);
    expect(out.annualDeclineFactor).toBeCloseTo(10, 10);
    expect(out.annualDeclinePct).toBeCloseTo(90, 10);
  });
  it("AI Index: GPT-3.5-level $20 → $0.07 from Nov 2022 to Oct 2024 (23 months)", () => {
    // 20 / 0.07 = 285.714; ^(12/23): ln 285.714 = 5.654992 × 0.521739 = 2.950431; e^ = 19.1142 → 94.768% a year
    const out = run(priceDecline, { startPricePerM: 20, endPricePerM: 0.07, years: 23 / 12 });
    expect(out.totalDeclineFactor).toBeCloseTo(285.714286, 6);
    expect(out.annualDeclineFactor).toBeCloseTo(19.1142, 4);
    expect(out.annualDeclinePct).toBeCloseTo(94.7683, 4);
  });
  it("a flat price is no decline; a doubling in a year is −100%", () => {
    // 1 / 1 = 1 → 0%;  1 / 2 = 0.5 → (1 − 1/0.5) × 100 = −100%
    expect(run(priceDecline, { startPricePerM: 1, endPricePerM: 1, years: 1 }).annualDeclinePct).toBe(0);
    expect(run(priceDecline, { startPricePerM: 1, endPricePerM: 2, years: 1 }).annualDeclinePct).toBe(-100);
  });
});

describe("price-decline validation", () => {
  it("rejects an unknown parameter", () => {
    expect(issueParams(priceDecline, { months: "12" })).toEqual(["months"]);
  });
  it("rejects a non-number", () => {
    expect(issueParams(priceDecline, { years: "two" })).toEqual(["years"]);
  });
  it("rejects zero and out-of-range values", () => {
    expect(issueParams(priceDecline, { endPricePerM: "0" })).toEqual(["endPricePerM"]);
    expect(issueParams(priceDecline, { years: "0" })).toEqual(["years"]);
    expect(issueParams(priceDecline, { startPricePerM: "-5" })).toEqual(["startPricePerM"]);
  });
  // No cross-field rule: a price rise is a valid (negative) decline.
});

describe("price-decline properties", () => {
  it("every numeric output is finite", () => checkFiniteOutputs(priceDecline));
  it("the annual factor compounds back to the total", () => {
    fc.assert(
      fc.property(validInputs(priceDecline), (input) => {
        const out = priceDecline.compute(input);
        const lnTotal = Math.log(out.totalDeclineFactor);
        expect(Math.log(out.annualDeclineFactor) * input.years).toBeCloseTo(lnTotal, 6);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("price-decline metadata", () => {
  it("documents every input and output", () => checkMetadata(priceDecline));
});
