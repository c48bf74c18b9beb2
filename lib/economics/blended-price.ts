import { z } from "zod/mini";
import { defineCalculator } from "./calculator";
import { inputMeta, numberInput } from "./fields";

/**
 * Blended $/M at an input:output token ratio (§1.4): (ratio·in + out) ÷ (ratio + 1). Default 3:1. The
 * calculator below and the price-history check (lib/content/datasets) both compute with it.
 */
export function blendedPricePerM(inputPerM: number, outputPerM: number, ratio = 3): number {
  if (!Number.isFinite(ratio) || ratio < 0) throw new RangeError("ratio must be a finite number ≥ 0");
  return (ratio * inputPerM + outputPerM) / (ratio + 1);
}

const input = z.strictObject({
  inputPricePerM: numberInput(
    { min: 0, max: 10_000, default: 2.5 },
    inputMeta({ label: "Input price", unit: "USD per 1M tokens", term: "token-pricing", step: 0.01 }),
  ),
  outputPricePerM: numberInput(
    { min: 0, max: 10_000, default: 10 },
    inputMeta({ label: "Output price", unit: "USD per 1M tokens", term: "token-pricing", step: 0.01 }),
  ),
  inputOutputRatio: numberInput(
    { min: 0, max: 1_000, default: 3 },
    inputMeta({
      label: "Input:output token ratio",
      term: "blended-price",
      unit: "input tokens per output token",
      step: 0.1,
      description:
        "3 is the Artificial Analysis and Epoch AI convention; 1 is a plain average; use your own input ÷ output tokens.",
    }),
  ),
});

export const blendedPrice = defineCalculator({
  id: "blended-price",
  title: "Blended token price",
  description:
    "One price per million tokens that weights the input and output prices by how many of each your traffic uses.",
  term: "token-pricing",
  input,
  compute: (i) => ({
    blendedPricePerMUsd: blendedPricePerM(i.inputPricePerM, i.outputPricePerM, i.inputOutputRatio),
  }),
  outputs: {
    blendedPricePerMUsd: { label: "Blended price", unit: "USD per 1M tokens", term: "token-pricing" },
  },
  headline: "blendedPricePerMUsd",
  formula: ["blendedPricePerMUsd = (inputOutputRatio × inputPricePerM + outputPricePerM) ÷ (inputOutputRatio + 1)"],
  assumptions: [
    "Defaults are GPT-4o list prices ($2.50 input, $10 output) at the 3:1 ratio used by Artificial Analysis and Epoch AI, which gives $4.375 per million.",
    "Cache discounts, batch discounts and reasoning tokens are not part of the blend; a fixed 3:1 mix can misstate real cost several times over for input-heavy (RAG, agents) or output-heavy (reasoning) traffic.",
  ],
});
