import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expertParallelSeconds, moe } from "./moe";
import { checkFiniteOutputs, checkMetadata, issueParams, NUM_RUNS, run, validInputs } from "./test-support";

const share = (raw: Record<string, unknown>) => run(moe, raw).expertsTouchedShare;
const mixtral = { totalParamsB: 46.7, activeParamsB: 12.9, experts: 8, expertsPerToken: 2, weightPrecision: "bf16" };

describe("moe worked examples", () => {
  it("DeepSeek-V3 (256 experts, top-8): 3% at B=1, 22% at B=8, 64% at B=32, 98% at B=128", () => {
    // k/E = 8/256 = 1/32. B=1: 1/32 = 0.03125
    // B=8: 1 − (31/32)^8 = 1 − 0.775700 = 0.224300
    // B=32: 1 − (31/32)^32 = 1 − 0.775700^4 = 1 − 0.362055 = 0.637945
    // B=128: 1 − 0.362055^4 = 1 − 0.017183 = 0.982817
    expect(share({ batchSize: 1 })).toBeCloseTo(0.03125, 12);
    expect(share({ batchSize: 8 })).toBeCloseTo(0.2243, 4);
    expect(share({ batchSize: 32 })).toBeCloseTo(0.637945, 6);
    expect(share({ batchSize: 128 })).toBeCloseTo(0.982817, 6);
  });
  it("defaults: DeepSeek-V3 in FP8 holds 671 GB and costs 74 GFLOP per token", () => {
    // 671e9 × 1 byte = 671e9 bytes; 2 × 37e9 = 74e9 FLOP
    const out = run(moe);
    expect(out.weightBytes).toBe(671e9);
    expect(out.flopsPerToken).toBe(74e9);
  });
  it("Mixtral 8x7B (8 experts, top-2): 25% at B=1, 90% at B=8; ~93 GB in BF16", () => {
    // B=1: 2/8 = 0.25; B=8: 1 − 0.75^8 = 1 − 0.100113 = 0.899887
    // weights = 46.7e9 × 2 = 93.4e9 bytes; FLOPs = 2 × 12.9e9 = 25.8e9
    expect(share({ ...mixtral, batchSize: 1 })).toBeCloseTo(0.25, 12);
    expect(share({ ...mixtral, batchSize: 8 })).toBeCloseTo(0.899887, 6);
    const out = run(moe, { ...mixtral, batchSize: 8 });
    expect(out.weightBytes).toBeCloseTo(93.4e9, 0);
    expect(out.flopsPerToken).toBeCloseTo(25.8e9, 0);
  });
  it("Qwen3-30B-A3B (128 experts, top-8) at B=1: 8/128 = 6.25%", () => {
    expect(
      share({ totalParamsB: 30.5, activeParamsB: 3.3, experts: 128, expertsPerToken: 8, batchSize: 1 }),
    ).toBeCloseTo(0.0625, 12);
  });
});

describe("moe validation", () => {
  it("rejects an unknown parameter", () => {
    expect(issueParams(moe, { sharedExperts: "1" })).toEqual(["sharedExperts"]);
  });
  it("rejects a non-number", () => {
    expect(issueParams(moe, { experts: "many" })).toEqual(["experts"]);
  });
  it("rejects out-of-range values", () => {
    expect(issueParams(moe, { experts: "0" })).toEqual(["experts"]);
    expect(issueParams(moe, { batchSize: "2.5" })).toEqual(["batchSize"]);
  });
  it("rejects top-k above the expert count and active above total", () => {
    expect(issueParams(moe, { expertsPerToken: "300" })).toEqual(["expertsPerToken"]);
    expect(issueParams(moe, { activeParamsB: "700" })).toEqual(["activeParamsB"]);
  });
});

describe("moe properties", () => {
  it("every numeric output is finite", () => checkFiniteOutputs(moe));
  it("the touched share lies between k/E and 1 and never falls with batch size", () => {
    fc.assert(
      fc.property(validInputs(moe), fc.integer({ min: 0, max: 1_000 }), (input, delta) => {
        const s = moe.compute(input).expertsTouchedShare;
        expect(s).toBeGreaterThanOrEqual((input.expertsPerToken / input.experts) * (1 - 1e-12));
        expect(s).toBeLessThanOrEqual(1);
        const bigger = { ...input, batchSize: Math.min(1_000_000, input.batchSize + delta) };
        expect(moe.compute(bigger).expertsTouchedShare).toBeGreaterThanOrEqual(s);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("moe metadata", () => {
  it("documents every input and output", () => checkMetadata(moe));
});

describe("expert-parallel all-to-all", () => {
  it("DeepSeek-V3 at 32 tokens per GPU over 50 GB/s, against DeepSeek's own ~14.8 ms floor", () => {
    // 8 GPUs, batch 256 → 32 tokens each; per layer 32 × 8 experts × 7/8 remote × 7,168 × (1 + 2) bytes = 4,816,896
    // × 61 layers = 293,830,656 bytes / 50e9 = 5.876613 ms. DeepSeek's ISCA'25 estimate, 14.76 ms, also sends to the
    // shared expert (9 instead of 8) with every expert remote, and counts two micro-batches.
    const s = expertParallelSeconds({
      layers: 61,
      batchSize: 256,
      gpuCount: 8,
      expertsPerToken: 8,
      hiddenSize: 7_168,
      interconnectGBs: 50,
    });
    expect(s * 1e3).toBeCloseTo(5.876613, 6);
    // Their count: 61 × 2 × 32 × 9 × 7,000 ("7K") × 3 / 50e9 = 14.76 ms, about 2.5× this one.
  });
  it("is zero on one GPU and counts at least one token per GPU", () => {
    const base = { layers: 61, gpuCount: 8, expertsPerToken: 8, hiddenSize: 7_168, interconnectGBs: 50 };
    expect(expertParallelSeconds({ ...base, gpuCount: 1, batchSize: 64 })).toBe(0);
    // batch 1: ceil(1 / 8) = 1 token; 1 × 8 × 7/8 × 7,168 × 3 × 61 / 50e9 = 0.183644 ms
    expect(expertParallelSeconds({ ...base, batchSize: 1 }) * 1e3).toBeCloseTo(0.183644, 6);
  });
});
