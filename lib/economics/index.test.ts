import { describe, expect, it } from "vitest";
import { calculators, getCalculator, runCalculator } from "./index";

describe("calculator registry", () => {
  it("lists the eleven calculators in order, the planner first", () => {
    expect(calculators.map((c) => c.id)).toEqual([
      "deployment",
      "api-cost",
      "agent-session",
      "blended-price",
      "self-host-cost",
      "owned-gpu-cost",
      "gpu-memory",
      "decode-throughput",
      "moe",
      "margin",
      "price-decline",
    ]);
  });
  it("finds a calculator by id", () => {
    expect(getCalculator("margin")?.title).toMatch(/margin/i);
    expect(getCalculator("nope")).toBeUndefined();
  });
  it("every calculator computes from its defaults", () => {
    for (const calc of calculators) {
      const result = runCalculator(calc, {});
      expect(result.ok, calc.id).toBe(true);
      if (result.ok) expect(result.outputs[calc.headline], calc.id).not.toBeUndefined();
    }
  });
  it("runCalculator parses strings and reports issues", () => {
    const blended = getCalculator("blended-price")!;
    const ok = runCalculator(blended, { inputPricePerM: "1.25", outputPricePerM: "10", inputOutputRatio: "" });
    expect(ok.ok && ok.outputs.blendedPricePerMUsd).toBeCloseTo(3.4375, 12);
    const bad = runCalculator(blended, { inputPricePerM: "x", extra: "1" });
    expect(bad.ok ? [] : bad.issues.map((i) => i.param).sort()).toEqual(["extra", "inputPricePerM"]);
  });
});
