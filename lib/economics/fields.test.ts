import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { inputMeta, numberInput, parseDecimal } from "./fields";
import { NOT_PLAIN_DECIMALS, NUM_RUNS } from "./test-support";

describe("parseDecimal", () => {
  it("refuses the spellings Number() reads that are not plain decimals (the reported payloads)", () => {
    for (const text of NOT_PLAIN_DECIMALS) {
      expect(parseDecimal(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it("reads decimals with an optional fraction and exponent; -0 reads as 0", () => {
    expect(parseDecimal("16")).toBe(16);
    expect(parseDecimal("-2.5")).toBe(-2.5);
    expect(parseDecimal(".5")).toBe(0.5);
    expect(parseDecimal("007")).toBe(7);
    expect(parseDecimal("1.5E+3")).toBe(1500);
    expect(parseDecimal("0e-400")).toBe(0);
    expect(parseDecimal("5e-324")).toBe(5e-324);
    expect(Object.is(parseDecimal("-0"), 0)).toBe(true);
    expect(Object.is(parseDecimal("-0.0e5"), 0)).toBe(true);
  });

  it("reads thousands separators and k/M/B suffixes as people write them, and refuses the ambiguous ones", () => {
    expect(parseDecimal("4,096")).toBe(4096);
    expect(parseDecimal("1,000,000.5")).toBe(1_000_000.5);
    expect(parseDecimal("-12,345")).toBe(-12345);
    expect(parseDecimal("128k")).toBe(128_000); // decimal: 128 × 1,000, not 131,072
    expect(parseDecimal("128K")).toBe(128_000);
    expect(parseDecimal("1.5M")).toBe(1_500_000);
    expect(parseDecimal(".5k")).toBe(500);
    expect(parseDecimal("0.1k")).toBe(100); // 0.1 × 1,000 without the binary-fraction residue
    expect(parseDecimal("70B")).toBe(70e9);
    for (const text of [
      "1,5",
      "1,50",
      "40,96",
      "4,0960",
      ",096",
      "4,096,",
      "4,,096",
      "1.5e3k",
      "1.5 M",
      "1.5m",
      "1.5kk",
      "k",
      "1.5G",
      "4,096k",
      "1,5M",
    ]) {
      expect(parseDecimal(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it("reads back every finite number as JavaScript prints it (stored scenarios are read that way)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseDecimal(String(value))).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("numberInput", () => {
  const field = numberInput({ min: -1, max: 1, default: 0.5 }, inputMeta({ label: "x", unit: "u" }));

  it("takes numbers and decimal strings, refuses other strings and non-numbers, and turns -0 into 0", () => {
    expect(field.safeParse("0.25").data).toBe(0.25);
    expect(field.safeParse(0.25).data).toBe(0.25);
    expect(field.safeParse(undefined).data).toBe(0.5);
    expect(Object.is(field.safeParse("-0").data, 0)).toBe(true);
    expect(Object.is(field.safeParse(-0).data, 0)).toBe(true);
    expect(field.safeParse("0.5k").success).toBe(false); // 500: out of range, not "not a number"
    expect(
      numberInput({ min: 1, max: 1e6, int: true }, inputMeta({ label: "n", unit: "tokens" })).safeParse("128k").data,
    ).toBe(128_000);
    for (const bad of ["0x1", "+1", "1.", "1e-400", true, null, [], new File(["1"], "one.txt")]) {
      expect(field.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it("keeps its default in the JSON schema the docs, the API and the widgets read", () => {
    expect(z.toJSONSchema(z.strictObject({ x: field }), { io: "input" })).toMatchObject({
      properties: { x: { type: "number", default: 0.5, minimum: -1, maximum: 1 } },
    });
  });
});
