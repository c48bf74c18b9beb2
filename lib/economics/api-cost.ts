import { z } from "zod/mini";
import { defineCalculator } from "./calculator";
import { afterFieldChecks, inputMeta, numberInput } from "./fields";

const MAX_TOKENS = 10_000_000;
const MAX_PRICE = 10_000;

const tokens = (def: number, label: string, description: string, term?: string) =>
  numberInput(
    { int: true, min: 0, max: MAX_TOKENS, default: def },
    inputMeta({ label, unit: "tokens per request", step: 1, description, ...(term ? { term } : {}) }),
  );

const price = (label: string, term: string, description: string) =>
  numberInput(
    { min: 0, max: MAX_PRICE },
    inputMeta({ label, unit: "USD per 1M tokens", step: 0.01, term, description }),
  );

const tierPrice = (of: string) =>
  price(
    `${of} price above the tier threshold`,
    "long-context-pricing",
    `Applies to the whole request when its input exceeds tierAboveInputTokens; absent: the ${of.toLowerCase()} price.`,
  );

const input = z
  .strictObject({
    inputTokens: tokens(
      2_000,
      "Input tokens",
      "All prompt tokens of one request, cached and cache-write tokens included.",
      "input-vs-output-tokens",
    ),
    outputTokens: tokens(
      500,
      "Output tokens",
      "Generated tokens of one request, reasoning (thinking) tokens included.",
      "reasoning-tokens",
    ),
    reasoningTokens: tokens(
      0,
      "Reasoning tokens",
      "Part of the output tokens spent on reasoning; billed at the reasoning price, which is the output price unless the model has its own.",
      "reasoning-tokens",
    ),
    cachedInputTokens: tokens(
      0,
      "Cached input tokens (cache hits)",
      "Part of the input served from the prompt cache.",
      "prompt-caching",
    ),
    cacheWriteTokens: tokens(
      0,
      "Cache-write tokens (5-minute)",
      "Part of the input written to the cache with the default lifetime (explicit caching, e.g. Anthropic's 5 minutes). Use 0 where writes cost nothing extra.",
      "prompt-caching",
    ),
    cacheWrite1hTokens: tokens(
      0,
      "Cache-write tokens (1-hour)",
      "Part of the input written to the cache with a 1-hour lifetime.",
      "prompt-caching",
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
      inputMeta({
        label: "Cached-input (cache hit) price",
        term: "prompt-caching",
        unit: "USD per 1M tokens",
        step: 0.01,
      }),
    ),
    cacheWritePricePerM: numberInput(
      { min: 0, max: MAX_PRICE, default: 2.5 },
      inputMeta({
        label: "Cache-write price",
        term: "prompt-caching",
        unit: "USD per 1M tokens",
        step: 0.01,
        description:
          "Anthropic charges 1.25× the input price (5-minute cache) or 2× (1-hour); OpenAI and DeepSeek charge the normal input price.",
      }),
    ),
    cacheWrite1hPricePerM: price(
      "1-hour cache-write price",
      "prompt-caching",
      "Anthropic charges 2× the input price. Absent: the cache-write price.",
    ),
    reasoningPricePerM: price("Reasoning price", "reasoning-tokens", "Absent: the output price."),
    requestFeeUsd: numberInput(
      { min: 0, max: 100, default: 0 },
      inputMeta({
        label: "Fee per request",
        unit: "USD per request",
        term: "token-pricing",
        step: 0.001,
        description: "Flat fee some search-grounded models charge per request.",
      }),
    ),
    contextWindowTokens: numberInput(
      { int: true, min: 1, max: MAX_TOKENS },
      inputMeta({
        label: "Context window",
        unit: "tokens",
        term: "context-window",
        step: 1,
        description:
          "The most tokens (input and output) one request can hold; a larger request is refused, not priced. Empty: not checked.",
      }),
    ),
    tierAboveInputTokens: numberInput(
      { int: true, min: 0, max: MAX_TOKENS },
      inputMeta({
        label: "Long-context tier threshold",
        unit: "tokens",
        term: "long-context-pricing",
        step: 1,
        description:
          "A request whose input tokens (cached and cache-write tokens included) are strictly more than this is billed at the tier prices for all its tokens.",
      }),
    ),
    tierInputPricePerM: tierPrice("Input"),
    tierCachedInputPricePerM: tierPrice("Cached-input"),
    tierCacheWritePricePerM: tierPrice("Cache-write"),
    tierCacheWrite1hPricePerM: tierPrice("1-hour cache-write"),
    tierOutputPricePerM: tierPrice("Output"),
    tierReasoningPricePerM: tierPrice("Reasoning"),
    batchDiscount: numberInput(
      { min: 0, max: 1, default: 0 },
      inputMeta({
        label: "Batch discount",
        term: "batch-api",
        unit: "fraction (0-1)",
        step: 0.05,
        description:
          "0.5 for the OpenAI, Anthropic and Gemini batch APIs; applied to every token class. In the API, batch=1 with a model fills in its provider's discount.",
      }),
    ),
    requestsPerDay: numberInput(
      { min: 0, max: 1_000_000_000, default: 10_000 },
      inputMeta({ label: "Requests per day", unit: "requests", step: 1 }),
    ),
    daysPerMonth: numberInput(
      { min: 1, max: 31, default: 30 },
      inputMeta({
        label: "Days per month",
        unit: "days",
        step: 1,
        description: "30 by default; 30.44 is the calendar average.",
      }),
    ),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.cachedInputTokens + v.cacheWriteTokens + v.cacheWrite1hTokens > v.inputTokens) {
        ctx.addIssue({
          code: "custom",
          path: ["cachedInputTokens"],
          message: "Cached input tokens plus cache-write tokens cannot exceed the input tokens.",
        });
      }
      if (v.reasoningTokens > v.outputTokens) {
        ctx.addIssue({
          code: "custom",
          path: ["reasoningTokens"],
          message: "Reasoning tokens are part of the output tokens and cannot exceed them.",
        });
      }
      if (v.contextWindowTokens !== undefined && v.inputTokens + v.outputTokens > v.contextWindowTokens) {
        ctx.addIssue({
          code: "custom",
          path: ["inputTokens"],
          message: `A request of ${v.inputTokens + v.outputTokens} tokens does not fit the model's context window of ${v.contextWindowTokens} tokens.`,
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
    const p = requestPrices(i);
    const uncachedTokens = i.inputTokens - i.cachedInputTokens - i.cacheWriteTokens - i.cacheWrite1hTokens;
    const listCost =
      (uncachedTokens * p.input +
        i.cachedInputTokens * p.cachedInput +
        i.cacheWriteTokens * p.cacheWrite +
        i.cacheWrite1hTokens * p.cacheWrite1h +
        (i.outputTokens - i.reasoningTokens) * p.output +
        i.reasoningTokens * p.reasoning) /
        1e6 +
      i.requestFeeUsd;
    const costPerRequestUsd = listCost * (1 - i.batchDiscount);
    const costPerDayUsd = costPerRequestUsd * i.requestsPerDay;
    return {
      tier: p.tier,
      costPerRequestUsd,
      costPerDayUsd,
      costPerMonthUsd: costPerDayUsd * i.daysPerMonth,
      effectivePricePerMUsd: (costPerRequestUsd / (i.inputTokens + i.outputTokens)) * 1e6,
    };
  },
  outputs: {
    tier: {
      label: "Price tier",
      unit: "price tier",
      description: '"base", or the long-context tier (">200000 input tokens") whose prices the whole request pays.',
    },
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
    "every price below is its tier* price when inputTokens > tierAboveInputTokens (the whole request moves to the tier)",
    "uncachedInputTokens = inputTokens − cachedInputTokens − cacheWriteTokens − cacheWrite1hTokens",
    "costPerRequestUsd = ((uncachedInputTokens × inputPricePerM + cachedInputTokens × cachedInputPricePerM + cacheWriteTokens × cacheWritePricePerM + cacheWrite1hTokens × cacheWrite1hPricePerM + (outputTokens − reasoningTokens) × outputPricePerM + reasoningTokens × reasoningPricePerM) ÷ 1,000,000 + requestFeeUsd) × (1 − batchDiscount)",
    "costPerDayUsd = costPerRequestUsd × requestsPerDay",
    "costPerMonthUsd = costPerDayUsd × daysPerMonth",
    "effectivePricePerMUsd = costPerRequestUsd ÷ (inputTokens + outputTokens) × 1,000,000",
  ],
  assumptions: [
    "Defaults are GPT-4o list prices (Aug 2024): $2.50 input, $10 output, $1.25 cached input, no cache-write surcharge, with a 2,000-token prompt, a 500-token answer and 10,000 requests a day.",
    "Reasoning or thinking tokens are part of outputTokens; they cost the output price unless the model prices them separately.",
    "With model=<provider>/<model-id>, every price, the tier and the request fee come from the bundled @pydantic/genai-prices data in force today; explicit price inputs still win.",
    "The batch discount applies to every token class and the request fee, as Anthropic does for cache reads and writes; OpenAI's batch API discounts input and output.",
    "Every request is assumed identical; priority tiers, web searches, audio and image tokens and cache storage fees are not modelled.",
    "A month is daysPerMonth days (30 by default).",
    "Prices change often: check the provider's current price page and its date.",
  ],
});

type Prices = {
  tier: string;
  input: number;
  cachedInput: number;
  cacheWrite: number;
  cacheWrite1h: number;
  output: number;
  reasoning: number;
};

/** The per-1M prices one request pays: the long-context tier's for the whole request once its input is above the threshold. */
function requestPrices(i: z.output<typeof input>): Prices {
  const base = {
    input: i.inputPricePerM,
    cachedInput: i.cachedInputPricePerM,
    cacheWrite: i.cacheWritePricePerM,
    cacheWrite1h: i.cacheWrite1hPricePerM ?? i.cacheWritePricePerM,
    output: i.outputPricePerM,
    reasoning: i.reasoningPricePerM ?? i.outputPricePerM,
  };
  if (i.tierAboveInputTokens === undefined || i.inputTokens <= i.tierAboveInputTokens) return { tier: "base", ...base };
  const cacheWrite = i.tierCacheWritePricePerM ?? base.cacheWrite;
  const output = i.tierOutputPricePerM ?? base.output;
  return {
    tier: `>${i.tierAboveInputTokens} input tokens`,
    input: i.tierInputPricePerM ?? base.input,
    cachedInput: i.tierCachedInputPricePerM ?? base.cachedInput,
    cacheWrite,
    cacheWrite1h:
      i.tierCacheWrite1hPricePerM ?? (i.cacheWrite1hPricePerM === undefined ? cacheWrite : base.cacheWrite1h),
    output,
    reasoning: i.tierReasoningPricePerM ?? (i.reasoningPricePerM === undefined ? output : base.reasoning),
  };
}
