import { z } from "zod/mini";
import { defineCalculator } from "./calculator";
import { inputMeta, numberInput } from "./fields";

/** Hours in the month used for self-hosting (8,760 ÷ 12). */
export const HOURS_PER_MONTH = 730;

const input = z.strictObject({
  gpuHourlyUsd: numberInput(
    { min: 0, max: 1_000, default: 2 },
    inputMeta({ label: "GPU rental price", term: "gpu-hour", unit: "USD per GPU-hour", step: 0.01 }),
  ),
  gpuCount: numberInput(
    { int: true, min: 1, max: 100_000, default: 1 },
    inputMeta({ label: "GPUs per replica", term: "gpu", unit: "GPUs", step: 1 }),
  ),
  throughputTokensPerSecond: numberInput(
    { min: 0.001, max: 100_000_000, default: 1_000 },
    inputMeta({
      label: "Output (decode) throughput",
      term: "throughput-vs-latency",
      unit: "tokens per second",
      step: 1,
      description:
        "Aggregate output tokens per second of the whole replica (all users together) at the batch size you actually run.",
    }),
  ),
  prefillTokensPerSecond: numberInput(
    { min: 0.001, max: 1_000_000_000 },
    inputMeta({
      label: "Input (prefill) throughput",
      term: "prefill",
      unit: "tokens per second",
      step: 1,
      description:
        "Optional: prompt tokens per second the replica processes in prefill, usually several times its decode rate; fills in the cost per million input tokens.",
    }),
  ),
  utilization: numberInput(
    { min: 0.001, max: 1, default: 0.7 },
    inputMeta({
      label: "Utilization",
      term: "utilization",
      unit: "fraction (0-1]",
      step: 0.05,
      description: "Share of paid hours in which the replica runs at that throughput.",
    }),
  ),
  apiPricePerM: numberInput(
    { min: 0.0001, max: 10_000 },
    inputMeta({
      label: "API price to compare with",
      unit: "USD per 1M tokens",
      term: "token-pricing",
      step: 0.01,
      description: "Optional: a (blended) API price; fills in the break-even outputs.",
    }),
  ),
});

export const selfHostCost = defineCalculator({
  id: "self-host-cost",
  title: "Self-hosted cost per million tokens",
  description:
    "What a million tokens costs on rented GPUs at a given throughput and utilization, and when that beats an API price.",
  term: "inference-cost",
  input,
  compute: (i) => {
    const capacityTokensPerMonth = i.throughputTokensPerSecond * 3600 * HOURS_PER_MONTH;
    const tokensPerMonth = capacityTokensPerMonth * i.utilization;
    const monthlyCostUsd = i.gpuCount * i.gpuHourlyUsd * HOURS_PER_MONTH;
    // A replica spends its busy seconds either prefilling or decoding, so each kind of token costs the
    // replica's hourly price over the tokens of that kind it produces in an hour.
    const perMillionAt = (tokensPerSecond: number) =>
      (i.gpuCount * i.gpuHourlyUsd * 1e6) / (tokensPerSecond * 3600 * i.utilization);
    const costPerMillionTokensUsd = perMillionAt(i.throughputTokensPerSecond);
    const api = i.apiPricePerM;
    const neededTokensPerMonth = api === undefined ? null : (monthlyCostUsd * 1e6) / api;
    const reachable = neededTokensPerMonth !== null && neededTokensPerMonth <= capacityTokensPerMonth;
    return {
      costPerMillionTokensUsd,
      costPerMillionInputTokensUsd:
        i.prefillTokensPerSecond === undefined ? null : perMillionAt(i.prefillTokensPerSecond),
      monthlyCostUsd,
      tokensPerMonth,
      capacityTokensPerMonth,
      breakEvenUtilization: neededTokensPerMonth === null ? null : neededTokensPerMonth / capacityTokensPerMonth,
      breakEvenTokensPerMonth: reachable ? neededTokensPerMonth : null,
      breakEven: api === undefined ? null : reachable ? "reachable" : "never",
      selfHostCheaper: api === undefined ? null : costPerMillionTokensUsd < api,
    };
  },
  outputs: {
    costPerMillionTokensUsd: {
      label: "Cost per million output tokens",
      unit: "USD per 1M tokens",
      term: "inference-cost",
      description:
        "At the output (decode) throughput; for a single throughput, the cost per million of whatever tokens it counts.",
    },
    costPerMillionInputTokensUsd: {
      label: "Cost per million input tokens",
      unit: "USD per 1M tokens",
      description: "At the input (prefill) throughput; empty until one is given.",
    },
    monthlyCostUsd: { label: "Monthly GPU cost", unit: "USD per month (730 h)" },
    tokensPerMonth: { label: "Output tokens served per month", unit: "tokens per month" },
    capacityTokensPerMonth: {
      label: "Most output tokens a month",
      unit: "tokens per month",
      description: "At full utilization: what the replica can serve at most.",
    },
    breakEvenUtilization: {
      label: "Utilization needed to break even",
      unit: "fraction of capacity (above 1: never)",
      description:
        "The share of the replica's capacity that must be used for its cost per token to match the API price. Above 1 (100%) the replica cannot serve enough and self-hosting never breaks even.",
    },
    breakEvenTokensPerMonth: {
      label: "Break-even volume",
      unit: "tokens per month",
      description:
        "Monthly volume whose API bill equals the fixed GPU cost; empty when it is more than the replica can serve.",
    },
    breakEven: {
      label: "Break-even on this hardware",
      unit: "reachable or never",
      description: '"never" when the break-even volume is more than the replica can serve at full use.',
    },
    selfHostCheaper: { label: "Self-hosting is cheaper", unit: "yes/no" },
  },
  headline: "costPerMillionTokensUsd",
  formula: [
    "tokensPerMonth = throughputTokensPerSecond × 3,600 × 730 × utilization",
    "monthlyCostUsd = gpuCount × gpuHourlyUsd × 730",
    "costPerMillionTokensUsd = gpuCount × gpuHourlyUsd × 1,000,000 ÷ (throughputTokensPerSecond × 3,600 × utilization)",
    "costPerMillionInputTokensUsd = gpuCount × gpuHourlyUsd × 1,000,000 ÷ (prefillTokensPerSecond × 3,600 × utilization)",
    "capacityTokensPerMonth = throughputTokensPerSecond × 3,600 × 730",
    "breakEvenUtilization = (monthlyCostUsd × 1,000,000 ÷ apiPricePerM) ÷ capacityTokensPerMonth",
    "breakEvenTokensPerMonth = monthlyCostUsd × 1,000,000 ÷ apiPricePerM when that is ≤ capacityTokensPerMonth; otherwise empty and breakEven = never",
    "selfHostCheaper = costPerMillionTokensUsd < apiPricePerM",
  ],
  assumptions: [
    "Defaults: one GPU at $2 per hour serving 1,000 tokens per second (the domain model's worked example, $0.556 per million at full use), run at 70% utilization.",
    "A month is 730 hours, and the GPUs are paid for every hour whether busy or idle.",
    "Input and output tokens are priced apart: prefill (input) tokens are several times cheaper to produce than decode (output) tokens (DeepSeek's 8×H800 node: ~73.7k input vs ~14.8k output tokens/s, Mar 2025). The replica spends each busy second on one or the other, so a request costs gpuCount × gpuHourlyUsd × (input tokens ÷ prefill throughput + output tokens ÷ decode throughput) ÷ 3,600 ÷ utilization.",
    "Only GPU rental is counted: no engineering, storage, networking or redundancy.",
    "The break-even compares the API price with the cost per output token; if breakEvenUtilization is above 1, the fleet cannot serve the break-even volume, breakEvenTokensPerMonth stays empty and breakEven says never.",
    "The break-even outputs stay empty until an API price is given.",
  ],
});

/** Monthly API bill at a price per 1M tokens for a monthly volume (tokens): the other side of the break-even, as charted. */
export function apiMonthlyCostUsd(tokensPerMonth: number, pricePerM: number): number {
  return (tokensPerMonth * pricePerM) / 1e6;
}
