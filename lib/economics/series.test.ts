import { describe, expect, it } from "vitest";
import { apiMonthlyCostUsd, evenSteps, priceAfterYears } from "./series";

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
