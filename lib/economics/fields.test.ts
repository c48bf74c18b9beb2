import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { inputMeta, numberInput, parseDecimal } from "./fields";
import { NUM_RUNS } from "./test-support";

describe("parseDecimal", () => {
  it("refuses the spellings Number() reads that are not plain decimals (the reported payloads)", () => {
    for (const text of ["0x10", "0b1", "0o7", "+5", " 5", "5 ", "5.", "1e-400", "1e400", "-1e400", "Infinity", "NaN", "", ".", "-", "e5", "5e", "1_000", "1,5", "١"]) {
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
    for (const bad of ["0x1", "+1", "1.", "1e-400", true, null, [], new File(["1"], "one.txt")]) {
      expect(field.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it("keeps its default in the JSON schema the docs, the API and the widgets read", () => {
    expect(z.toJSONSchema(z.strictObject({ x: field }), { io: "input" })).toMatchObject({ properties: { x: { type: "number", default: 0.5, minimum: -1, maximum: 1 } } });
  });
});
