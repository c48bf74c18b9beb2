import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blendedPrice } from "./blended-price";
import { checkFiniteOutputs, checkMetadata, issueParams, NUM_RUNS, run, validInputs } from "./test-support";

const blend = (raw: Record<string, unknown>) => run(blendedPrice, raw).blendedPricePerMUsd;

describe("blended-price worked examples", () => {
  it("GPT-4o $2.50 / $10 at 3:1 (the defaults)", () => {
    // (3 × 2.50 + 10) / (3 + 1) = (7.5 + 10) / 4 = 17.5 / 4 = 4.375
    expect(blend({})).toBeCloseTo(4.375, 12);
  });
  it("GPT-4 (Mar 2023) $30 / $60 at 3:1", () => {
    // (3 × 30 + 60) / 4 = 150 / 4 = 37.5
    expect(blend({ inputPricePerM: 30, outputPricePerM: 60 })).toBeCloseTo(37.5, 12);
  });
  it("GPT-5 $1.25 / $10 and Claude Opus 4.5 $5 / $25 at 3:1", () => {
    // (3 × 1.25 + 10) / 4 = 13.75 / 4 = 3.4375;  (3 × 5 + 25) / 4 = 40 / 4 = 10
    expect(blend({ inputPricePerM: 1.25, outputPricePerM: 10 })).toBeCloseTo(3.4375, 12);
    expect(blend({ inputPricePerM: 5, outputPricePerM: 25 })).toBeCloseTo(10, 12);
  });
  it("DeepSeek-R1 $0.55 / $2.19 at 3:1", () => {
    // (3 × 0.55 + 2.19) / 4 = (1.65 + 2.19) / 4 = 3.84 / 4 = 0.96
    expect(blend({ inputPricePerM: 0.55, outputPricePerM: 2.19 })).toBeCloseTo(0.96, 12);
  });
  it("a16z uses a 1:1 average: GPT-4o at r = 1", () => {
    // (1 × 2.50 + 10) / 2 = 6.25
    expect(blend({ inputOutputRatio: 1 })).toBeCloseTo(6.25, 12);
  });
  it("DeepSeek's own traffic mix (608B in : 168B out) on V3 prices $0.27 / $1.10", () => {
    // r = 608 / 168 = 76/21; (76/21 × 0.27 + 1.10) / (97/21) = (76 × 0.27 + 21 × 1.10) / 97 = (20.52 + 23.1) / 97 = 43.62 / 97 = 0.449691
    expect(blend({ inputPricePerM: 0.27, outputPricePerM: 1.1, inputOutputRatio: 608 / 168 })).toBeCloseTo(0.449691, 6);
  });
  it("r = 0 gives the output price", () => {
    expect(blend({ inputOutputRatio: 0 })).toBe(10);
  });
});

describe("blended-price validation", () => {
  it("rejects an unknown parameter", () => {
    expect(issueParams(blendedPrice, { ratio: "3" })).toEqual(["ratio"]);
  });
  it("rejects a non-number", () => {
    expect(issueParams(blendedPrice, { inputOutputRatio: "three" })).toEqual(["inputOutputRatio"]);
  });
  it("rejects out-of-range values", () => {
    expect(issueParams(blendedPrice, { inputOutputRatio: "-1" })).toEqual(["inputOutputRatio"]);
    expect(issueParams(blendedPrice, { inputPricePerM: "10001" })).toEqual(["inputPricePerM"]);
  });
  // No cross-field rule: any pair of prices and any ratio is meaningful.
});

describe("blended-price properties", () => {
  it("every numeric output is finite", () => checkFiniteOutputs(blendedPrice));
  it("the blend lies between the input and output prices", () => {
    fc.assert(
      fc.property(validInputs(blendedPrice), (i) => {
        const b = blendedPrice.compute(i).blendedPricePerMUsd;
        const lo = Math.min(i.inputPricePerM, i.outputPricePerM);
        const hi = Math.max(i.inputPricePerM, i.outputPricePerM);
        expect(b).toBeGreaterThanOrEqual(lo * (1 - 1e-12));
        expect(b).toBeLessThanOrEqual(hi * (1 + 1e-12));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("blended-price metadata", () => {
  it("documents every input and output", () => checkMetadata(blendedPrice));
});
