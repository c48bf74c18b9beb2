import { z } from "zod/mini";
import { defineCalculator } from "./calculator";
import { afterFieldChecks, inputMeta, numberInput } from "./fields";

const MAX_TOKENS = 10_000_000;
const MAX_PRICE = 10_000;

const tokens = (def: number, label: string, description: string) =>
  numberInput(
    { int: true, min: 0, max: MAX_TOKENS, default: def },
    inputMeta({ label, unit: "tokens per request", step: 1, description }),
  );

const input = z
  .strictObject({
    inputTokens: tokens(2_000, "Input tokens", "All prompt tokens of one request, cached and cache-write tokens included."),
    outputTokens: tokens(
      500,
      "Output tokens",
      "Generated tokens of one request, including reasoning (thinking) tokens, which are billed as output.",
    ),
    cachedInputTokens: tokens(0, "Cached input tokens (cache hits)", "Part of the input served from the prompt cache."),
    cacheWriteTokens: tokens(
      0,
      "Cache-write tokens",
      "Part of the input written to the cache (explicit caching, e.g. Anthropic). Use 0 where writes cost nothing extra.",
    ),
    inputPricePerM: numberInput(
      { min: 0, max: MAX_PRICE, default: 2.5 },
      inputMeta({ label: "Input price", unit: "USD per 1M tokens", term: "token-pricing", step: 0.01 }),
    ),
    outputPricePerM: numberInput(
      { min: 0, max: MAX_PRICE, default: 10 },
      inputMeta({ label: "Output price", unit: "USD per 1M tokens", term: "token-pricing", step: 0.01 }),
    ),
    cachedInputPricePerM: numberInput(
      { min: 0, max: MAX_PRICE, default: 1.25 },
      inputMeta({ label: "Cached-input (cache hit) price", unit: "USD per 1M tokens", step: 0.01 }),
    ),
    cacheWritePricePerM: numberInput(
      { min: 0, max: MAX_PRICE, default: 2.5 },
      inputMeta({
        label: "Cache-write price",
        unit: "USD per 1M tokens",
        step: 0.01,
        description:
          "Anthropic charges 1.25× the input price (5-minute cache) or 2× (1-hour); OpenAI and DeepSeek charge the normal input price.",
      }),
    ),
    batchDiscount: numberInput(
      { min: 0, max: 1, default: 0 },
      inputMeta({
        label: "Batch discount",
        unit: "fraction (0-1)",
        step: 0.05,
        description: "0.5 for the OpenAI, Anthropic and Gemini batch APIs; applied to every token class.",
      }),
    ),
    requestsPerDay: numberInput(
      { min: 0, max: 1_000_000_000, default: 10_000 },
      inputMeta({ label: "Requests per day", unit: "requests", step: 1 }),
    ),
    daysPerMonth: numberInput(
      { min: 1, max: 31, default: 30 },
      inputMeta({ label: "Days per month", unit: "days", step: 1, description: "30 by default; 30.44 is the calendar average." }),
    ),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.cachedInputTokens + v.cacheWriteTokens > v.inputTokens) {
        ctx.addIssue({
          code: "custom",
          path: ["cachedInputTokens"],
          message: "Cached input tokens plus cache-write tokens cannot exceed the input tokens.",
        });
      }
      if (v.inputTokens + v.outputTokens === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["outputTokens"],
          message: "A request needs at least one input or output token.",
        });
      }
    }, afterFieldChecks),
  );

export const apiCost = defineCalculator({
  id: "api-cost",
  title: "API cost per request, day and month",
  description:
    "What a workload costs on a pay-per-token API once cache hits, cache writes, output (reasoning included) and batch discounts are priced separately.",
  term: "token-pricing",
  input,
  compute: (i) => {
    const uncachedTokens = i.inputTokens - i.cachedInputTokens - i.cacheWriteTokens;
    const listCost =
      (uncachedTokens * i.inputPricePerM +
        i.cachedInputTokens * i.cachedInputPricePerM +
        i.cacheWriteTokens * i.cacheWritePricePerM +
        i.outputTokens * i.outputPricePerM) /
      1e6;
    const costPerRequestUsd = listCost * (1 - i.batchDiscount);
    const costPerDayUsd = costPerRequestUsd * i.requestsPerDay;
    return {
      costPerRequestUsd,
      costPerDayUsd,
      costPerMonthUsd: costPerDayUsd * i.daysPerMonth,
      effectivePricePerMUsd: (costPerRequestUsd / (i.inputTokens + i.outputTokens)) * 1e6,
    };
  },
  outputs: {
    costPerRequestUsd: { label: "Cost per request", unit: "USD" },
    costPerDayUsd: { label: "Cost per day", unit: "USD" },
    costPerMonthUsd: { label: "Cost per month", unit: "USD", term: "inference-cost" },
    effectivePricePerMUsd: {
      label: "Effective price",
      unit: "USD per 1M tokens",
      description: "Cost per request spread over all its tokens, input and output together.",
    },
  },
  headline: "costPerMonthUsd",
  formula: [
    "uncachedInputTokens = inputTokens − cachedInputTokens − cacheWriteTokens",
    "costPerRequestUsd = (uncachedInputTokens × inputPricePerM + cachedInputTokens × cachedInputPricePerM + cacheWriteTokens × cacheWritePricePerM + outputTokens × outputPricePerM) ÷ 1,000,000 × (1 − batchDiscount)",
    "costPerDayUsd = costPerRequestUsd × requestsPerDay",
    "costPerMonthUsd = costPerDayUsd × daysPerMonth",
    "effectivePricePerMUsd = costPerRequestUsd ÷ (inputTokens + outputTokens) × 1,000,000",
  ],
  assumptions: [
    "Defaults are GPT-4o list prices (Aug 2024): $2.50 input, $10 output, $1.25 cached input, no cache-write surcharge, with a 2,000-token prompt, a 500-token answer and 10,000 requests a day.",
    "Reasoning or thinking tokens are billed as output tokens, so include them in outputTokens.",
    "The batch discount applies to every token class, as Anthropic does for cache reads and writes; OpenAI's batch API discounts input and output.",
    "Every request is assumed identical; long-context surcharges, priority tiers, off-peak discounts and cache storage fees are not modelled.",
    "A month is daysPerMonth days (30 by default).",
    "Prices change often: check the provider's current price page and its date.",
  ],
});
