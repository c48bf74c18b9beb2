import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatMoney,
  formatNumber,
  formatUsd,
  formatValue,
  formatValueWithRate,
  moneyRate,
  numberFormat,
} from "./";

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

  it("builds one formatter per set of options and formats as a new one would", () => {
    expect(numberFormat({ maximumFractionDigits: 2 })).toBe(numberFormat({ maximumFractionDigits: 2 }));
    expect(numberFormat({ maximumFractionDigits: 2 })).not.toBe(numberFormat({ maximumFractionDigits: 1 }));
    // Every digit count formatUsd, formatMoney and formatNumber choose, checked against a formatter built for the call.
    const value = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.double({ min: -2, max: 2, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }),
    );
    fc.assert(
      fc.property(
        value,
        fc.constantFrom("USD", "EUR", "JPY"),
        fc.integer({ min: 0, max: 3 }),
        (v, currency, maxDigits) => {
          const abs = Math.abs(v);
          const moneyDigits =
            abs === 0 || abs >= 100 ? 0 : abs >= 1 ? 2 : Math.min(6, Math.max(2, 2 - Math.floor(Math.log10(abs))));
          const money = (c: string) =>
            new Intl.NumberFormat("en-US", {
              style: "currency",
              currency: c,
              minimumFractionDigits: abs >= 1000 ? 0 : moneyDigits,
              maximumFractionDigits: abs >= 1000 ? 0 : moneyDigits,
            }).format(v);
          expect(formatUsd(v)).toBe(money("USD"));
          expect(formatMoney(v, currency)).toBe(money(currency));
          const plain =
            abs >= 1e7
              ? new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 }).format(v)
              : new Intl.NumberFormat("en-US", {
                  maximumFractionDigits: abs >= 100 ? 0 : abs >= 10 ? 1 : maxDigits,
                }).format(v);
          expect(formatNumber(v, maxDigits)).toBe(plain);
        },
      ),
      { numRuns: 500 },
    );
  });
});
