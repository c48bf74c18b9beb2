// Measures that mean the same thing across calculators, so scenarios of different calculators line up
// when compared: what a month costs, what a million tokens cost, what one request costs. Each calculator
// says which of its outputs (or inputs) is which; a calculator without a measure leaves it out.
import type { Outputs } from "@/lib/economics/calculator";

export const COMMON_MEASURES = [
  { key: "monthlyUsd", label: "Cost per month", unit: "USD per month" },
  { key: "perMillionInputUsd", label: "Cost per million input tokens", unit: "USD per 1M tokens" },
  { key: "perMillionOutputUsd", label: "Cost per million output tokens", unit: "USD per 1M tokens" },
  { key: "perMillionAllUsd", label: "Cost per million tokens, input and output together", unit: "USD per 1M tokens" },
  { key: "perRequestUsd", label: "Cost per request", unit: "USD" },
] as const;

export type MeasureKey = (typeof COMMON_MEASURES)[number]["key"];
type Measure = (inputs: Record<string, string>, outputs: Outputs) => number | null;

const out =
  (name: string): Measure =>
  (_, o) =>
    typeof o[name] === "number" ? o[name] : null;
const inp =
  (name: string): Measure =>
  (i) =>
    i[name] !== undefined && i[name] !== "" && Number.isFinite(Number(i[name])) ? Number(i[name]) : null;

/** Per calculator: which of its figures is each common measure. */
export const calculatorMeasures: Record<string, Partial<Record<MeasureKey, Measure>>> = {
  deployment: {
    monthlyUsd: out("monthlyCostUsd"),
    perMillionInputUsd: out("costPerMillionInputTokensUsd"),
    perMillionOutputUsd: out("costPerMillionOutputTokensUsd"),
    // A request's cost over its input and output tokens.
    perMillionAllUsd: (i, o) => {
      const perRequest = out("costPerRequestUsd")(i, o);
      const tokens = Number(i.inputTokens) + Number(i.outputTokens);
      return perRequest === null || !(tokens > 0) ? null : (perRequest / tokens) * 1e6;
    },
    perRequestUsd: out("costPerRequestUsd"),
  },
  "api-cost": {
    monthlyUsd: out("costPerMonthUsd"),
    perMillionInputUsd: inp("inputPricePerM"),
    perMillionOutputUsd: inp("outputPricePerM"),
    perMillionAllUsd: out("effectivePricePerMUsd"),
    perRequestUsd: out("costPerRequestUsd"),
  },
  "self-host-cost": {
    monthlyUsd: out("monthlyCostUsd"),
    perMillionInputUsd: out("costPerMillionInputTokensUsd"),
    perMillionOutputUsd: out("costPerMillionTokensUsd"),
  },
  "blended-price": {
    perMillionInputUsd: inp("inputPricePerM"),
    perMillionOutputUsd: inp("outputPricePerM"),
    perMillionAllUsd: out("blendedPricePerMUsd"),
  },
  // A turn of an agent session is one request.
  "agent-session": { perRequestUsd: out("costPerTurnUsd") },
};

/** A scenario's common measures (null where its calculator has none or gives no figure). */
export function measuresOf(
  calculatorId: string,
  inputs: Record<string, string>,
  outputs: Outputs | null,
): Record<MeasureKey, number | null> {
  const m = calculatorMeasures[calculatorId] ?? {};
  return Object.fromEntries(
    COMMON_MEASURES.map(({ key }) => [key, outputs && m[key] ? m[key](inputs, outputs) : null]),
  ) as Record<MeasureKey, number | null>;
}
