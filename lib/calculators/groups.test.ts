import { describe, expect, it } from "vitest";
import { calculators } from "@/lib/economics";
import { CALCULATOR_GROUPS } from "./groups";

describe("calculator groups", () => {
  it("put every calculator in exactly one group", () => {
    const grouped = CALCULATOR_GROUPS.flatMap((g) => g.calculators);
    expect([...grouped].sort()).toEqual(calculators.map((c) => c.id).sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });
});
