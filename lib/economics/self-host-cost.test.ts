import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { selfHostCost } from "./self-host-cost";
import { checkFiniteOutputs, checkMetadata, issueParams, NUM_RUNS, run, validInputs } from "./test-support";

describe("self-host-cost worked examples", () => {
  it("$2 per GPU-hour, 1 GPU, 1,000 tok/s, U = 1", () => {
    // tokensPerMonth = 1,000 × 3,600 × 730 × 1 = 2,628,000,000; monthly = 1 × 2 × 730 = $1,460
    // cost per M = 1,460 / 2,628 = $0.555556 (= 2 / 3.6)
    const out = run(selfHostCost, { utilization: 1 });
    expect(out.tokensPerMonth).toBe(2_628_000_000);
    expect(out.monthlyCostUsd).toBe(1_460);
    expect(out.costPerMillionTokensUsd).toBeCloseTo(0.555556, 6);
    expect(out.breakEvenUtilization).toBeNull();
    expect(out.breakEvenTokensPerMonth).toBeNull();
    expect(out.selfHostCheaper).toBeNull();
  });

  it("defaults: the same GPU at 70% utilization", () => {
    // tokens = 2,628,000,000 × 0.7 = 1,839,600,000; cost per M = 0.555556 / 0.7 = $0.793651
    const out = run(selfHostCost);
    expect(out.tokensPerMonth).toBeCloseTo(1_839_600_000, 0);
    expect(out.costPerMillionTokensUsd).toBeCloseTo(0.793651, 6);
  });

  it("8 GPUs at $2/h serving DeepSeek's ~14.8k decode tok/s per node", () => {
    // monthly = 8 × 2 × 730 = $11,680; tokens = 14,800 × 3,600 × 730 = 38,894,400,000
    // cost per M = 11,680 / 38,894.4 = $0.300300 (= 16 / 53.28)
    const out = run(selfHostCost, { gpuCount: 8, throughputTokensPerSecond: 14_800, utilization: 1 });
    expect(out.monthlyCostUsd).toBe(11_680);
    expect(out.costPerMillionTokensUsd).toBeCloseTo(0.3003, 6);
  });

  it("break-even against the GPT-4o 3:1 blend ($4.375)", () => {
    // breakEvenTokens = 1,460 × 1e6 / 4.375 = 333,714,285.7; breakEvenU = 333,714,285.7 / 2,628,000,000 = 0.126984
    // cost per M at U = 0.7: $0.7937 < $4.375, so self-hosting is cheaper
    const out = run(selfHostCost, { apiPricePerM: "4.375" });
    expect(out.breakEvenTokensPerMonth).toBeCloseTo(333_714_285.714, 2);
    expect(out.breakEvenUtilization).toBeCloseTo(0.126984, 6);
    expect(out.breakEven).toBe("reachable");
    expect(out.selfHostCheaper).toBe(true);
  });

  it("never breaks even against DeepSeek-V3's 3:1 blend ($0.4775)", () => {
    // blend = (3 × 0.27 + 1.10) / 4 = 0.4775; breakEvenU = 0.555556 / 0.4775 = 1.163467 > 1
    const out = run(selfHostCost, { apiPricePerM: 0.4775 });
    expect(out.breakEvenUtilization).toBeCloseTo(1.163467, 6);
    // 1,460 × 1e6 / 0.4775 = 3,057,591,623 tokens a month > capacity 2,628,000,000: never
    expect(out.breakEvenTokensPerMonth).toBeNull();
    expect(out.breakEven).toBe("never");
    expect(out.selfHostCheaper).toBe(false);
  });

  it("the issue's fleet: break-even at 5.8B tokens a month on a fleet that serves 2.45B is never", () => {
    // 8 GPUs at $3.50: monthly = 8 × 3.5 × 730 = $20,440; capacity at 932 tok/s = 932 × 3,600 × 730 = 2,449,296,000
    // API at $3.50/M: needed = 20,440 × 1e6 / 3.5 = 5,840,000,000 > 2,449,296,000 → never; ratio = 2.384359
    const out = run(selfHostCost, {
      gpuCount: 8,
      gpuHourlyUsd: 3.5,
      throughputTokensPerSecond: 932,
      apiPricePerM: 3.5,
    });
    expect(out.capacityTokensPerMonth).toBe(2_449_296_000);
    expect(out.breakEvenUtilization).toBeCloseTo(2.384359, 6);
    expect(out.breakEvenTokensPerMonth).toBeNull();
    expect(out.breakEven).toBe("never");
  });

  it("prices input and output tokens apart: DeepSeek's node, 73.7k prefill and 14.8k decode tokens/s", () => {
    // output: 8 × 2 × 1e6 / (14,800 × 3,600) = 16e6 / 53,280,000 = $0.300300/M
    // input:  8 × 2 × 1e6 / (73,700 × 3,600) = 16e6 / 265,320,000 = $0.060305/M (about 5× cheaper)
    const out = run(selfHostCost, {
      gpuCount: 8,
      throughputTokensPerSecond: 14_800,
      prefillTokensPerSecond: 73_700,
      utilization: 1,
    });
    expect(out.costPerMillionTokensUsd).toBeCloseTo(0.3003, 6);
    expect(out.costPerMillionInputTokensUsd).toBeCloseTo(0.060305, 6);
    expect(run(selfHostCost).costPerMillionInputTokensUsd).toBeNull();
  });
});

describe("self-host-cost validation", () => {
  it("rejects an unknown parameter", () => {
    expect(issueParams(selfHostCost, { gpuType: "H100" })).toEqual(["gpuType"]);
  });
  it("rejects a non-number", () => {
    expect(issueParams(selfHostCost, { apiPricePerM: "cheap" })).toEqual(["apiPricePerM"]);
  });
  it("rejects out-of-range values", () => {
    expect(issueParams(selfHostCost, { utilization: "0" })).toEqual(["utilization"]);
    expect(issueParams(selfHostCost, { utilization: "1.2" })).toEqual(["utilization"]);
    expect(issueParams(selfHostCost, { gpuCount: "1.5" })).toEqual(["gpuCount"]);
    expect(issueParams(selfHostCost, { apiPricePerM: "0" })).toEqual(["apiPricePerM"]);
  });
  // No cross-field rule in this calculator.
});

describe("self-host-cost properties", () => {
  it("every numeric output is finite", () => checkFiniteOutputs(selfHostCost));
  it("cost per million tokens never rises when utilization rises", () => {
    fc.assert(
      fc.property(validInputs(selfHostCost), fc.double({ min: 0, max: 1, noNaN: true }), (input, delta) => {
        const higher = { ...input, utilization: Math.min(1, input.utilization + delta) };
        expect(selfHostCost.compute(higher).costPerMillionTokensUsd).toBeLessThanOrEqual(
          selfHostCost.compute(input).costPerMillionTokensUsd,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it("selfHostCheaper agrees with breakEvenUtilization", () => {
    fc.assert(
      fc.property(validInputs(selfHostCost), fc.double({ min: 0.0001, max: 10_000, noNaN: true }), (input, api) => {
        const out = selfHostCost.compute({ ...input, apiPricePerM: api });
        const be = out.breakEvenUtilization as number;
        // Skip knife-edge cases where rounding decides.
        if (Math.abs(input.utilization - be) / be < 1e-9) return;
        expect(out.selfHostCheaper).toBe(input.utilization > be);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("self-host-cost break-even never lies past capacity", () => {
  it("a break-even volume is given only when the replica can serve it; otherwise never", () => {
    fc.assert(
      fc.property(validInputs(selfHostCost), fc.double({ min: 0.0001, max: 10_000, noNaN: true }), (input, api) => {
        const out = selfHostCost.compute({ ...input, apiPricePerM: api });
        if (out.breakEvenTokensPerMonth === null) {
          expect(out.breakEven).toBe("never");
          expect(out.breakEvenUtilization as number).toBeGreaterThan(1);
        } else {
          expect(out.breakEven).toBe("reachable");
          expect(out.breakEvenTokensPerMonth).toBeLessThanOrEqual(out.capacityTokensPerMonth);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("self-host-cost metadata", () => {
  it("documents every input and output", () => checkMetadata(selfHostCost, [{}, { apiPricePerM: 4.375 }]));
});
