import { describe, expect, it } from "vitest";
import { loadDatasets } from "@/lib/content/datasets";
import { conversionNote, formatIn, unitsPerUsd } from "./currency";

describe("currency conversion", () => {
  it("crosses the IMF's SDR rates: 1 USD = 0.736008 / 0.84766 = 0.8683 EUR on 27 Mar 2026", () => {
    // Worked by hand from fx-rates.json: EUR 0.736008 / 0.84766 = 0.868282; JPY 0.736008 / 0.0046136 = 159.53;
    // INR 0.736008 / 0.00778031 = 94.5988; USD is 1 by construction.
    expect(loadDatasets().fxRates.date).toBe("2026-03-27");
    expect(unitsPerUsd("EUR")).toBeCloseTo(0.868282, 5);
    expect(unitsPerUsd("JPY")).toBeCloseTo(159.53, 2);
    expect(unitsPerUsd("INR")).toBeCloseTo(94.5988, 3);
    expect(unitsPerUsd("USD")).toBe(1);
  });

  it("writes a converted amount in the currency's symbol, rounded as dollars are", () => {
    expect(formatIn(10, "EUR")).toBe("€8.68");
    expect(formatIn(1000, "JPY")).toBe("¥159,530");
    // 0.002 × 0.736008 / 0.977639 = 0.0015057: three significant figures, as for dollars.
    expect(formatIn(0.002, "GBP")).toBe("£0.00151");
    expect(formatIn(2.5, "USD")).toBe("$2.50");
  });

  it("says the rate, its day and its source beside every converted figure, and nothing for USD", () => {
    const note = conversionNote("EUR")!;
    expect(note.text).toBe("Converted from USD at 1 USD = 0.8683 EUR, the IMF reference rate of 2026-03-27.");
    expect(note.source.url).toMatch(/^https:\/\//);
    expect(conversionNote("USD")).toBeNull();
  });
});
