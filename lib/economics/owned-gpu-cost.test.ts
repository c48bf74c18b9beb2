import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ownedGpuCost } from "./owned-gpu-cost";
import { checkFiniteOutputs, checkMetadata, issueParams, NUM_RUNS, run, validInputs } from "./test-support";

const hardwareOnly = { purchasePriceUsd: 30_000, powerKw: 0, otherUsdPerHour: 0 };

describe("owned-gpu-cost worked examples", () => {
  it("$30k GPU over 3 years at 70%, hardware only ≈ $1.63/h", () => {
    // capex = 30,000 / (3 × 8,760) = 30,000 / 26,280 = $1.141553/h; / 0.7 = $1.630789
    const out = run(ownedGpuCost, hardwareOnly);
    expect(out.capexPerHourUsd).toBeCloseTo(1.141553, 6);
    expect(out.powerPerHourUsd).toBe(0);
    expect(out.costPerUsefulHourUsd).toBeCloseTo(1.630789, 6);
  });

  it("the same GPU over 5 years ≈ $0.98/h", () => {
    // 30,000 / 43,800 = $0.684932/h; / 0.7 = $0.978474
    expect(run(ownedGpuCost, { ...hardwareOnly, lifetimeYears: 5 }).costPerUsefulHourUsd).toBeCloseTo(0.978474, 6);
  });

  it("defaults: an H100 at an eighth of a $300k 8×H100 node, with power: 1.275 kW at PUE 1.2 and $0.10/kWh", () => {
    // capex = 37,500 / 26,280 = $1.426941/h; power = 1.275 × 1.2 × 0.10 = $0.153/h
    // hourly = 1.426941 + 0.153 = 1.579941; / 0.7 = $2.257058
    const out = run(ownedGpuCost);
    expect(out.capexPerHourUsd).toBeCloseTo(1.426941, 6);
    expect(out.powerPerHourUsd).toBeCloseTo(0.153, 12);
    expect(out.hourlyCostUsd).toBeCloseTo(1.579941, 6);
    expect(out.costPerUsefulHourUsd).toBeCloseTo(2.257058, 6);
  });

  it("an 8×H100 node ($325k, 10.2 kW, PUE 1.3, 4 years, 80%) lands in the $1.2–2 per GPU-hour range", () => {
    // capex = 325,000 / 35,040 = $9.275114/h; power = 10.2 × 1.3 × 0.10 = $1.326/h
    // hourly = 10.601114; / 0.8 = $13.251393 per node-hour = $1.656424 per GPU-hour
    const out = run(ownedGpuCost, {
      purchasePriceUsd: 325_000,
      lifetimeYears: 4,
      utilization: 0.8,
      powerKw: 10.2,
      pue: 1.3,
    });
    expect(out.costPerUsefulHourUsd).toBeCloseTo(13.251393, 5);
    expect(out.costPerUsefulHourUsd / 8).toBeCloseTo(1.656424, 6);
  });
});

describe("owned-gpu-cost validation", () => {
  it("rejects an unknown parameter", () => {
    expect(issueParams(ownedGpuCost, { residualValue: "1000" })).toEqual(["residualValue"]);
  });
  it("rejects a non-number", () => {
    expect(issueParams(ownedGpuCost, { purchasePriceUsd: "$30k" })).toEqual(["purchasePriceUsd"]);
  });
  it("rejects out-of-range values", () => {
    expect(issueParams(ownedGpuCost, { pue: "0.9" })).toEqual(["pue"]);
    expect(issueParams(ownedGpuCost, { lifetimeYears: "0" })).toEqual(["lifetimeYears"]);
    expect(issueParams(ownedGpuCost, { utilization: "0" })).toEqual(["utilization"]);
  });
  // No cross-field rule in this calculator.
});

describe("owned-gpu-cost properties", () => {
  it("every numeric output is finite", () => checkFiniteOutputs(ownedGpuCost));
  it("cost per useful hour never rises with utilization", () => {
    fc.assert(
      fc.property(validInputs(ownedGpuCost), fc.double({ min: 0, max: 1, noNaN: true }), (input, delta) => {
        const higher = { ...input, utilization: Math.min(1, input.utilization + delta) };
        expect(ownedGpuCost.compute(higher).costPerUsefulHourUsd).toBeLessThanOrEqual(
          ownedGpuCost.compute(input).costPerUsefulHourUsd,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("owned-gpu-cost metadata", () => {
  it("documents every input and output", () => checkMetadata(ownedGpuCost));
});
