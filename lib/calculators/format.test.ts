import { describe, expect, it } from "vitest";
import { formatBytes, formatUsd, formatValue, formatValueWithRate, moneyRate } from "./format";

describe("format", () => {
  it("keeps small prices readable and large sums whole", () => {
    expect(formatUsd(4.375)).toBe("$4.38");
    expect(formatUsd(0.5556)).toBe("$0.556");
    expect(formatUsd(0.0125)).toBe("$0.0125");
    expect(formatUsd(0.000325)).toBe("$0.000325");
    expect(formatUsd(71773.6)).toBe("$71,774");
    expect(formatUsd(0)).toBe("$0");
  });

  it("shows GB and GiB for large byte counts", () => {
    // 141e9 bytes = 141 GB; 141e9 / 2^30 = 131.3 GiB
    expect(formatBytes(141e9)).toBe("141 GB (131 GiB)");
    expect(formatBytes(131072)).toBe("131,072 bytes");
  });

  it("formats by unit", () => {
    expect(formatValue(0.845, "fraction (0-1)")).toBe("84.5%");
    expect(formatValue(545.47, "percent")).toBe("545%");
    expect(formatValue(84.51, "% of price")).toBe("84.5% of price");
    expect(formatValue(null, "USD")).toBe("—");
    expect(formatValue(true, "")).toBe("yes");
    expect(formatValue(23.3333, "ms")).toBe("23.3 ms");
    expect(formatValue(2170.4, "tokens/s")).toBe("2,170 tokens/s");
  });

  it("says 1 sequence, 1 GPU, 1 token per second, and leaves units that are not plural nouns alone", () => {
    expect(formatValue(1, "sequences")).toBe("1 sequence");
    expect(formatValue(2, "sequences")).toBe("2 sequences");
    expect(formatValue(1, "GPUs")).toBe("1 GPU");
    expect(formatValue(1, "tokens per second")).toBe("1 token per second");
    expect(formatValue(1.0004, "tokens")).toBe("1 token");
    expect(formatValue(1.5, "tokens")).toBe("1.5 tokens");
    expect(formatValue(1, "TFLOPS")).toBe("1 TFLOPS");
    expect(formatValue(1, "× cheaper")).toBe("1 × cheaper");
    expect(formatValue(1, "FLOP per byte")).toBe("1 FLOP per byte");
  });

  it("keeps the rate of a money unit where a result is listed", () => {
    expect(moneyRate("USD per 1M tokens")).toBe("per 1M tokens");
    expect(moneyRate("USD per month (730 h)")).toBe("per month (730 h)");
    expect(moneyRate("USD")).toBe("");
    expect(formatValueWithRate(4, "USD per 1M tokens")).toBe("$4.00 per 1M tokens");
    expect(formatValueWithRate(0.612, "USD per 1M tokens")).toBe("$0.612 per 1M tokens");
    expect(formatValueWithRate(2.5, "USD")).toBe("$2.50");
    expect(formatValueWithRate(null, "USD per 1M tokens")).toBe("—");
  });
});
