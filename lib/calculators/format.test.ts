import { describe, expect, it } from "vitest";
import { formatBytes, formatUsd, formatValue } from "./format";

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
});
