import { describe, expect, it } from "vitest";
// The points the calculators' charts draw, each function beside the calculator whose chart it serves.
import { evenSteps } from "@/lib/charts/axes";
import { deployment, replicaSteps } from "./deployment";
import { priceAfterYears } from "./price-decline";
import { apiMonthlyCostUsd } from "./self-host-cost";
import { run } from "./test-support";

describe("chart series", () => {
  it("prices a month of API traffic", () => {
    // 2.4e9 tokens at $0.60/M = 2,400 × 0.60 = $1,440
    expect(apiMonthlyCostUsd(2.4e9, 0.6)).toBeCloseTo(1440, 9);
  });

  it("declines at a constant annual factor", () => {
    // $37.50 falling 2.7065× a year for 2.4 years: 37.5 / 2.7065^2.4 ≈ 3.4375 (GPT-4 to GPT-5 blends)
    expect(priceAfterYears(37.5, 2.7065, 2.4)).toBeCloseTo(3.4375, 2);
    expect(priceAfterYears(10, 2, 1)).toBe(5);
  });

  it("spaces steps evenly, ends included", () => {
    expect(evenSteps(10, 3)).toEqual([0, 5, 10]);
  });
});

describe("replicaSteps", () => {
  it("adds one replica's cost at each multiple of a replica's traffic", () => {
    // 1,000 requests a day per replica at $3,650 a month, up to 2,500: 1 replica to 1,000, 2 to 2,000, then 3
    expect(replicaSteps(2_500, 1_000, 3_650)).toEqual([
      [0, 3_650],
      [1_000, 3_650],
      [1_000, 7_300],
      [2_000, 7_300],
      [2_000, 10_950],
      [2_500, 10_950],
    ]);
  });

  it("is the planner's monthly cost at every traffic level between the steps", () => {
    // Llama 3.1 70B on 2 × H100 at $2.50: a replica carries 0.207775 × 86,400 / 2 = 8,975.9 requests a day at peak
    const base = run(deployment, { gpusPerReplica: 2, gpuHourlyUsd: 2.5 });
    const perReplica = ((base.requestsPerSecondPerReplica as number) * 86_400) / 2;
    const steps = replicaSteps(50_000, perReplica, 2 * 2.5 * 730);
    for (const r of [1, 5_000, 8_000, 9_500, 20_000, 44_000, 49_999]) {
      const planned = run(deployment, { gpusPerReplica: 2, gpuHourlyUsd: 2.5, requestsPerDay: r }).monthlyCostUsd;
      // the step value at r: the last point at or before r
      const at = steps.filter(([x]) => x <= r).at(-1)![1];
      expect(planned).toBe(at);
    }
  });
});
