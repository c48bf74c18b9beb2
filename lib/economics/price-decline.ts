import { z } from "zod/mini";
import { defineCalculator } from "./calculator";
import { inputMeta, numberInput } from "./fields";

const price = (def: number, label: string) =>
  numberInput(
    { min: 0.000001, max: 1_000_000, default: def },
    inputMeta({ label, unit: "USD per 1M tokens", term: "token-pricing", step: 0.01 }),
  );

const input = z.strictObject({
  startPricePerM: price(37.5, "Starting price"),
  endPricePerM: price(3.4375, "Ending price"),
  years: numberInput(
    { min: 0.1, max: 100, default: 2.4 },
    inputMeta({ label: "Time between the two prices", unit: "years", step: 0.1 }),
  ),
});

export const priceDecline = defineCalculator({
  id: "price-decline",
  title: "Annual token price decline",
  description: "How fast a token price fell per year between two dates, as a factor and as a percentage.",
  term: "token-pricing",
  input,
  compute: (i) => {
    const totalDeclineFactor = i.startPricePerM / i.endPricePerM;
    const annualDeclineFactor = Math.pow(totalDeclineFactor, 1 / i.years);
    return {
      totalDeclineFactor,
      annualDeclineFactor,
      annualDeclinePct: (1 - 1 / annualDeclineFactor) * 100,
    };
  },
  outputs: {
    totalDeclineFactor: { label: "Total decline", unit: "× cheaper" },
    annualDeclineFactor: { label: "Decline per year", unit: "× cheaper per year" },
    annualDeclinePct: {
      label: "Price drop per year",
      unit: "% per year",
      description: "Negative when the price rose.",
    },
  },
  headline: "annualDeclineFactor",
  formula: [
    "totalDeclineFactor = startPricePerM ÷ endPricePerM",
    "annualDeclineFactor = totalDeclineFactor ^ (1 ÷ years)",
    "annualDeclinePct = (1 − 1 ÷ annualDeclineFactor) × 100",
  ],
  assumptions: [
    "Defaults: OpenAI's flagship at a 3:1 blend, GPT-4 ($37.50, Mar 2023) to GPT-5 ($3.4375, Aug 2025), about 2.4 years: roughly 11× in total, 2.7× per year.",
    "The decline is assumed to be steady (geometric) between the two dates; real prices fall in steps.",
    "Compare prices on the same basis (same blend ratio, list prices) and, for capability trends, at constant capability: frontier list prices fall far more slowly than the price of a fixed capability level.",
  ],
});

/** Price after `years` at a constant annual decline factor (the calculator's annualDeclineFactor): its chart's curve. */
export function priceAfterYears(startPricePerM: number, annualDeclineFactor: number, years: number): number {
  return startPricePerM / annualDeclineFactor ** years;
}
