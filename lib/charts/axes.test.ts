import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactNumber, compactUsd, formatMonthYear, formatPriceUsd, linearAxis, logAxis } from "./axes";
import { timeAxis } from "./time-axis";

const id = (v: number) => String(v);

describe("compact tick labels", () => {
  it("prints dollars without trailing zeros", () => {
    expect([0, 0.01, 0.1, 1, 10, 100, 1500, 2_500_000, 0.0005].map(compactUsd)).toEqual([
      "$0",
      "$0.01",
      "$0.1",
      "$1",
      "$10",
      "$100",
      "$1.5K",
      "$2.5M",
      "$0.0005",
    ]);
  });
  it("hides floating-point noise", () => {
    expect(compactUsd(0.1 + 0.2)).toBe("$0.3");
  });
  it("prints counts compactly", () => {
    expect([0, 500e6, 1.5e9, 2e12].map(compactNumber)).toEqual(["0", "500M", "1.5B", "2T"]);
  });
  it("prints prices in full, without padding small ones", () => {
    expect([37.5, 4.375, 1460.4, 0.06, 0.0005, 0.12345, 0].map(formatPriceUsd)).toEqual([
      "$37.50",
      "$4.38",
      "$1,460",
      "$0.06",
      "$0.0005",
      "$0.123",
      "$0",
    ]);
  });
  it("dates a timestamp by month in UTC", () => {
    expect(formatMonthYear(Date.UTC(2025, 7, 1))).toBe("Aug 2025");
  });
});

describe("logAxis", () => {
  it("reads the price history's range ($0.06 to $60) at powers of ten, with room around the extremes", () => {
    // 0.06 / 1.4 = 0.043 and 60 × 1.4 = 84, rounded out to 0.01 and 100: four decades, one tick each.
    const axis = logAxis({ values: [60, 1.9, 0.06], label: "USD", format: id, tickFormat: compactUsd });
    expect(axis.domain).toEqual([0.01, 100]);
    expect(axis.ticks.map((t) => t.label)).toEqual(["$0.01", "$0.1", "$1", "$10", "$100"]);
    expect(axis.position(0.06)).toBeGreaterThan(0);
    expect(axis.position(60)).toBeLessThan(100);
    // log10(1/0.01) / log10(100/0.01) = 2/4: $1 sits halfway.
    expect(axis.position(1)).toBeCloseTo(50, 10);
  });
  it("uses 1-2-5 ticks on two decades or fewer", () => {
    // 2 / 1.4 = 1.43 and 30 × 1.4 = 42 round out to 1 and 100.
    const axis = logAxis({ values: [2, 30], label: "USD", format: id, tickFormat: compactUsd });
    expect(axis.ticks.map((t) => t.label)).toEqual(["$1", "$2", "$5", "$10", "$20", "$50", "$100"]);
  });
  it("thins to every other power of ten beyond six decades", () => {
    const axis = logAxis({ values: [1e-4, 1e4], label: "x", format: id });
    expect(axis.ticks.length).toBeLessThanOrEqual(6);
    expect(axis.ticks.every((t) => Number.isInteger(Math.round(Math.log10(t.at) * 1e6) / 1e6))).toBe(true);
  });
  it("keeps every value strictly inside the axis, with a few ticks at round values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-4, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (values) => {
          const axis = logAxis({ values, label: "x", format: id });
          for (const v of values) {
            expect(axis.position(v)).toBeGreaterThan(0);
            expect(axis.position(v)).toBeLessThan(100);
          }
          expect(axis.ticks.length).toBeGreaterThanOrEqual(1);
          expect(axis.ticks.length).toBeLessThanOrEqual(9);
          for (const t of axis.ticks) {
            expect(t.at).toBeGreaterThanOrEqual(axis.domain[0] * (1 - 1e-9));
            expect(t.at).toBeLessThanOrEqual(axis.domain[1] * (1 + 1e-9));
            // Round: at most three significant digits (d3's linear ticks on spans under a decade).
            expect(Math.abs(Number(t.at.toPrecision(3)) - t.at)).toBeLessThan(t.at * 1e-9);
          }
        },
      ),
    );
  });
});

describe("linearAxis", () => {
  it("starts costs at zero and rounds the top out to a nice tick", () => {
    // 0 to 1,840 rounds out to 0 to 2,000 (ticks every 500); 0 is a data value, so the axis line moves
    // 4% of the span (80) below it.
    const axis = linearAxis({ values: [0, 1840], label: "USD per month", format: id, tickFormat: compactUsd });
    expect(axis.domain).toEqual([-80, 2000]);
    expect(axis.position(0)).toBeGreaterThan(0);
    expect(axis.ticks.map((t) => t.label)).toEqual(["$0", "$500", "$1K", "$1.5K", "$2K"]);
    expect(axis.position(1840)).toBeLessThan(100);
  });
  it("keeps every value strictly inside the axis", () => {
    // Values as charts meet them: 0, or at least a millionth in size.
    const value = fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((v) => (Math.abs(v) < 1e-6 ? 0 : v));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 20 }), fc.boolean(), (values, zero) => {
        const axis = linearAxis({ values, label: "x", format: id, zero });
        for (const v of values) {
          expect(axis.position(v)).toBeGreaterThan(0);
          expect(axis.position(v)).toBeLessThan(100);
        }
        expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
      }),
    );
  });
  it("pads an end the data all but reaches (a case the property found)", () => {
    const axis = linearAxis({ values: [999_999_999.9999999, -0.000001, 0], label: "x", format: id, zero: false });
    expect(axis.position(999_999_999.9999999)).toBeLessThan(100);
    expect(axis.position(-0.000001)).toBeGreaterThan(0);
  });
  it("pads both sides when not anchored at zero", () => {
    const axis = linearAxis({ values: [10, 20], label: "x", format: id, zero: false });
    expect(axis.position(10)).toBeGreaterThan(0);
    expect(axis.position(20)).toBeLessThan(100);
  });
  it("gives a single value a usable range", () => {
    // A lone 0 becomes 0 to 1, already round, then padded by 4% at both ends.
    const axis = linearAxis({ values: [0], label: "x", format: id });
    expect(axis.domain).toEqual([-0.04, 1.04]);
  });
});

describe("timeAxis", () => {
  it("runs from the year before the oldest point to the year after the newest", () => {
    const values = [Date.UTC(2021, 10), Date.UTC(2025, 7)];
    const axis = timeAxis({ values, label: "Date", format: formatMonthYear });
    expect(axis.domain).toEqual([Date.UTC(2021, 0), Date.UTC(2026, 0)]);
    expect(axis.ticks.map((t) => t.label)).toEqual(["2021", "2022", "2023", "2024", "2025", "2026"]);
    expect(axis.position(values[1]!)).toBeLessThan(100);
  });
});
