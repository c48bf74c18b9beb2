import { z } from "zod/mini";
import { defineCalculator } from "./calculator";
import { inputMeta, numberInput } from "./fields";

/** Hours in the month used for self-hosting (8,760 ÷ 12). */
export const HOURS_PER_MONTH = 730;

const input = z.strictObject({
  gpuHourlyUsd: numberInput(
    { min: 0, max: 1_000, default: 2 },
    inputMeta({ label: "GPU rental price", unit: "USD per GPU-hour", step: 0.01 }),
  ),
  gpuCount: numberInput(
    { int: true, min: 1, max: 100_000, default: 1 },
    inputMeta({ label: "GPUs per replica", unit: "GPUs", step: 1 }),
  ),
  throughputTokensPerSecond: numberInput(
    { min: 0.001, max: 100_000_000, default: 1_000 },
    inputMeta({
      label: "Replica throughput",
      unit: "tokens per second",
      step: 1,
      description: "Aggregate tokens per second of the whole replica (all users together) at the batch size you actually run.",
    }),
  ),
  utilization: numberInput(
    { min: 0.001, max: 1, default: 0.7 },
    inputMeta({
      label: "Utilization",
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
    const costPerMillionTokensUsd = monthlyCostUsd / (tokensPerMonth / 1e6);
    const api = i.apiPricePerM;
    const breakEvenTokensPerMonth = api === undefined ? null : (monthlyCostUsd * 1e6) / api;
    return {
      costPerMillionTokensUsd,
      monthlyCostUsd,
      tokensPerMonth,
      breakEvenUtilization: breakEvenTokensPerMonth === null ? null : breakEvenTokensPerMonth / capacityTokensPerMonth,
      breakEvenTokensPerMonth,
      selfHostCheaper: api === undefined ? null : costPerMillionTokensUsd < api,
    };
  },
  outputs: {
    costPerMillionTokensUsd: { label: "Cost per million tokens", unit: "USD per 1M tokens", term: "inference-cost" },
    monthlyCostUsd: { label: "Monthly GPU cost", unit: "USD per month (730 h)" },
    tokensPerMonth: { label: "Tokens served per month", unit: "tokens per month" },
    breakEvenUtilization: {
      label: "Break-even utilization",
      unit: "fraction (0-1)",
      description:
        "Utilization at which self-hosting costs the same per token as the API; above 1 it never breaks even on this hardware.",
    },
    breakEvenTokensPerMonth: {
      label: "Break-even volume",
      unit: "tokens per month",
      description: "Monthly volume whose API bill equals the fixed GPU cost.",
    },
    selfHostCheaper: { label: "Self-hosting is cheaper", unit: "yes/no" },
  },
  headline: "costPerMillionTokensUsd",
  formula: [
    "tokensPerMonth = throughputTokensPerSecond × 3,600 × 730 × utilization",
    "monthlyCostUsd = gpuCount × gpuHourlyUsd × 730",
    "costPerMillionTokensUsd = monthlyCostUsd ÷ (tokensPerMonth ÷ 1,000,000)",
    "breakEvenTokensPerMonth = monthlyCostUsd × 1,000,000 ÷ apiPricePerM",
    "breakEvenUtilization = breakEvenTokensPerMonth ÷ (throughputTokensPerSecond × 3,600 × 730)",
    "selfHostCheaper = costPerMillionTokensUsd < apiPricePerM",
  ],
  assumptions: [
    "Defaults: one GPU at $2 per hour serving 1,000 tokens per second (the domain model's worked example, $0.556 per million at full use), run at 70% utilization.",
    "A month is 730 hours, and the GPUs are paid for every hour whether busy or idle.",
    "One throughput covers all tokens; prefill (input) tokens are in reality several times cheaper to produce than decode (output) tokens, so state which tokens the throughput counts.",
    "Only GPU rental is counted: no engineering, storage, networking or redundancy.",
    "If breakEvenUtilization is above 1, the fleet cannot serve the break-even volume and self-hosting never breaks even on this hardware and throughput.",
    "The break-even outputs stay empty until an API price is given.",
  ],
});
