// The planner: from a workload to a fleet, its monthly cost and the cheapest API serving the same model.
// Composition only: memory is the gpu-memory calculator, speed is decode-throughput, money is
// self-host-cost, API bills are api-cost. No formula of those calculators is repeated here.
import { z } from "zod/mini";
import { apiCost } from "./api-cost";
import { defineCalculator, parseInput } from "./calculator";
import { decodeThroughput } from "./decode-throughput";
import { afterFieldChecks, checkActiveWithinTotal, inputMeta, numberInput } from "./fields";
import { memoryOnGpus } from "./gpu-memory";
import { PLANNER_PRICE_TIERS } from "./gpu-price-tiers";
import { attentionHeadsField, isValidTensorParallel, kvCacheFields, TENSOR_PARALLEL_SIZES } from "./kv-cache";
import { HOURS_PER_MONTH, selfHostCost } from "./self-host-cost";

/** Days in the 730-hour month self-host-cost uses, so API and GPU bills cover the same month. */
export const DAYS_PER_MONTH = HOURS_PER_MONTH / 24;

/** One hosted API's prices as api-cost inputs (what `model=<provider>/<id>` fills in api-cost). */
const apiOfferSchema = z.strictObject({
  id: z.string(),
  name: z.optional(z.string()),
  asOf: z.optional(z.string()),
  values: z.record(z.string(), z.union([z.number(), z.string()])),
});
export type ApiOffer = z.output<typeof apiOfferSchema>;

const apiOffersList = z.array(apiOfferSchema);

/** The last apiPrices text read, and its offers: the planner re-reads the same list on every edit of any other field. */
let lastOffers: { text: string; offers: ApiOffer[] | undefined } | undefined;

/** The offers an apiPrices value lists; undefined when it is not JSON of that shape. */
export function readApiOffers(text: string): ApiOffer[] | undefined {
  if (lastOffers?.text !== text) lastOffers = { text, offers: parseApiOffers(text) };
  // A copy, so a caller that sorts or edits the list cannot change what the next read returns.
  return lastOffers.offers?.map((o) => ({ ...o, values: { ...o.values } }));
}

function parseApiOffers(text: string): ApiOffer[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = apiOffersList.safeParse(data);
  return result.success ? result.data : undefined;
}

// Kept as text (checked here, read in compute) so saved scenarios and URLs store what the form sent.
const apiOffersField = z
  .optional(
    z.string().check(z.refine((text) => readApiOffers(text) !== undefined, "must be a JSON list of API offers")),
  )
  .register(
    z.globalRegistry,
    inputMeta({
      label: "API prices to compare",
      term: "token-pricing",
      unit: "JSON, filled from the price database",
      hidden: true,
      description:
        "The prices of the compareWith models (or of the APIs serving the chosen model), as api-cost inputs; filled in by the server from @pydantic/genai-prices.",
    }),
  );

// The model, GPU and efficiency fields the planner passes straight to decode-throughput (and gpu-memory) are
// that calculator's own fields: one definition of each range, default, unit and term.
const throughputFields = decodeThroughput.input.shape;

const input = z
  .strictObject({
    // Workload
    requestsPerDay: numberInput(
      { min: 1, max: 1_000_000_000, default: 1_000_000 },
      inputMeta({ label: "Requests per day", unit: "requests", step: 1 }),
    ),
    inputTokens: numberInput(
      { int: true, min: 0, max: 1_000_000, default: 2_000 },
      inputMeta({
        label: "Input tokens",
        term: "input-vs-output-tokens",
        unit: "tokens per request",
        step: 1,
        description: "The whole prompt, cached part included.",
      }),
    ),
    outputTokens: numberInput(
      { int: true, min: 1, max: 1_000_000, default: 500 },
      inputMeta({
        label: "Output tokens",
        term: "reasoning-tokens",
        unit: "tokens per request",
        step: 1,
        description: "Reasoning tokens included.",
      }),
    ),
    cachedShare: numberInput(
      { min: 0, max: 1, default: 0 },
      inputMeta({
        label: "Share of input from a prefix cache",
        term: "prompt-caching",
        unit: "fraction (0-1)",
        step: 0.05,
        description:
          "Input tokens served from a prompt (prefix) cache: no prefill on your GPUs, the cache-hit price at the APIs.",
      }),
    ),
    peakToAverage: numberInput(
      { min: 1, max: 100, default: 2 },
      inputMeta({
        label: "Peak-to-average traffic",
        term: "autoscaling",
        unit: "ratio",
        step: 0.1,
        description: "Busiest hour's request rate ÷ the day's average; the fleet is sized for the peak.",
      }),
    ),
    minTokensPerSecondPerUser: numberInput(
      { min: 0, max: 100_000, default: 20 },
      inputMeta({
        label: "Minimum output speed per user",
        term: "time-per-output-token",
        unit: "tokens per second",
        step: 1,
        description: "The batch grows only while every user still gets at least this speed.",
      }),
    ),
    maxTtftMs: numberInput(
      { min: 1, max: 1_000_000, default: 2_000 },
      inputMeta({
        label: "Time-to-first-token target",
        term: "ttft",
        unit: "ms",
        step: 10,
        description: "Flagged in limits when prefill alone exceeds it.",
      }),
    ),
    // Model (the model picker fills these from models.json)
    totalParamsB: numberInput(
      { min: 0.001, max: 10_000, default: 70.55 },
      inputMeta({ label: "Total parameters", term: "active-parameters", unit: "billion parameters", step: 0.01 }),
    ),
    activeParamsB: numberInput(
      { min: 0.001, max: 10_000, default: 70.55 },
      inputMeta({
        label: "Active parameters per token",
        term: "active-parameters",
        unit: "billion parameters",
        step: 0.01,
        description: "Equal to the total for dense models.",
      }),
    ),
    weightPrecision: throughputFields.weightPrecision,
    ...kvCacheFields({ layers: 80, kvHeads: 8, headDim: 128, kvPrecision: "bf16" }),
    attentionHeads: attentionHeadsField(64),
    expertsPerToken: throughputFields.expertsPerToken,
    hiddenSize: throughputFields.hiddenSize,
    // Hardware (the GPU picker fills these from gpus.json)
    gpuMemoryGB: throughputFields.gpuMemoryGB,
    memoryBandwidthGBs: throughputFields.memoryBandwidthGBs,
    denseTflops: throughputFields.denseTflops,
    interconnectGBs: throughputFields.interconnectGBs,
    memoryFraction: throughputFields.memoryFraction,
    gpusPerReplica: numberInput(
      { int: true, min: 1, max: 8 },
      inputMeta({
        label: "GPUs per replica",
        term: "gpu",
        unit: "GPUs (1, 2, 4 or 8)",
        step: 1,
        description: "Tensor-parallel size; it must divide the attention heads. Empty: the smallest that fits.",
      }),
    ),
    priceTier: z._default(z.enum(PLANNER_PRICE_TIERS), "specialist-cloud").register(
      z.globalRegistry,
      inputMeta({
        label: "GPU price tier",
        term: "gpu-hour",
        unit: "tier",
        description:
          "Which market the GPU-hour comes from; choosing a GPU fills in its dated price for this tier (owned: from the owned-gpu-cost calculator).",
      }),
    ),
    gpuHourlyUsd: numberInput(
      { min: 0, max: 1_000 },
      inputMeta({
        label: "GPU price",
        term: "gpu-hour",
        unit: "USD per GPU-hour",
        step: 0.01,
        description: "Overrides the tier's price.",
      }),
    ),
    mbu: throughputFields.mbu,
    mfu: throughputFields.mfu,
    // APIs
    compareWith: z
      .optional(z.string().check(z.regex(/^[^,\s]+(,[^,\s]+)*$/, "must be comma-separated <provider>/<model> ids")))
      .register(
        z.globalRegistry,
        inputMeta({
          label: "APIs to compare with",
          term: "token-pricing",
          unit: "comma-separated <provider>/<model> ids",
          description: "Price-database ids; choosing a model fills in the APIs that serve it.",
        }),
      ),
    apiPrices: apiOffersField,
  })
  .check(
    z.superRefine((v, ctx) => {
      checkActiveWithinTotal(v, ctx);
    }, afterFieldChecks),
  );

export type DeploymentInput = z.output<typeof input>;

/** The largest n in [1, max] with ok(n), for ok true up to some point and false after; 0 when ok(1) is false. */
function largestWhere(max: number, ok: (n: number) => boolean): number {
  if (max < 1 || !ok(1)) return 0;
  let lo = 1;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The memory question for `gpuCount` GPUs: weights plus `sequences` full-length requests (the gpu-memory calculator). */
export function memoryFor(i: DeploymentInput, gpuCount: number, sequences: number) {
  return memoryOnGpus(i, { contextTokens: i.inputTokens + i.outputTokens, sequences, gpuCount });
}

/** Decode at `batchSize` on `gpuCount` GPUs (the decode-throughput calculator), at the average context while decoding. */
export function decodeFor(i: DeploymentInput, gpuCount: number, batchSize: number, promptTokens: number) {
  return decodeThroughput.compute({
    activeParamsB: i.activeParamsB,
    totalParamsB: i.totalParamsB,
    weightPrecision: i.weightPrecision,
    memoryBandwidthGBs: i.memoryBandwidthGBs,
    denseTflops: i.denseTflops,
    gpuCount,
    batchSize,
    contextTokens: Math.round(i.inputTokens + i.outputTokens / 2),
    attention: i.attention,
    layers: i.layers,
    kvHeads: i.kvHeads,
    headDim: i.headDim,
    mlaLatentDim: i.mlaLatentDim,
    mlaRopeDim: i.mlaRopeDim,
    kvPrecision: i.kvPrecision,
    attentionHeads: i.attentionHeads,
    gpuMemoryGB: i.gpuMemoryGB,
    memoryFraction: i.memoryFraction,
    expertsPerToken: i.expertsPerToken,
    hiddenSize: i.hiddenSize,
    interconnectGBs: i.interconnectGBs,
    mbu: i.mbu,
    mfu: i.mfu,
    promptTokens,
    outputTokens: i.outputTokens,
  });
}

export type ApiQuote = { id: string; name: string; asOf?: string; costPerRequestUsd: number; monthlyCostUsd: number };

/**
 * What each compared API charges for this workload: the api-cost calculator on the offer's prices with the
 * planner's requests, tokens and cache hits, over the same 730-hour month. Offers api-cost refuses (a request
 * over the context window) are returned apart with the reason.
 */
export function apiQuotes(i: DeploymentInput): { quotes: ApiQuote[]; problems: string[] } {
  const offers = (i.apiPrices === undefined ? undefined : readApiOffers(i.apiPrices)) ?? [];
  const ids = i.compareWith ? i.compareWith.split(",") : offers.map((o) => o.id);
  const quotes: ApiQuote[] = [];
  const problems: string[] = [];
  for (const id of ids) {
    const offer = offers.find((o) => o.id === id);
    if (!offer) {
      problems.push(`no prices loaded for ${id} (recalculate the page to load them)`);
      continue;
    }
    const parsed = parseInput(apiCost, {
      ...offer.values,
      inputTokens: i.inputTokens,
      outputTokens: i.outputTokens,
      cachedInputTokens: Math.round(i.inputTokens * i.cachedShare),
      cacheWriteTokens: 0,
      cacheWrite1hTokens: 0,
      reasoningTokens: 0,
      batchDiscount: 0,
      requestsPerDay: i.requestsPerDay,
      daysPerMonth: DAYS_PER_MONTH,
    });
    if (!parsed.ok) {
      problems.push(`${id}: ${parsed.issues.map((x) => x.message).join("; ")}`);
      continue;
    }
    const out = apiCost.compute(parsed.value);
    quotes.push({
      id,
      name: offer.name ?? id,
      ...(offer.asOf ? { asOf: offer.asOf } : {}),
      costPerRequestUsd: out.costPerRequestUsd,
      monthlyCostUsd: out.costPerMonthUsd,
    });
  }
  return { quotes, problems };
}

type ReplicaRun = {
  maxConcurrentSequences: number;
  batchSize: number;
  tokensPerSecondPerUser: number;
  decodeTokensPerSecondPerReplica: number;
  prefillTokensPerSecondPerReplica: number;
  ttftMs: number;
  requestsPerSecondPerReplica: number;
  limits: string[];
};
type ReplicaPlan = { gpus: number; validSize: boolean; memory: ReturnType<typeof memoryFor>; run: ReplicaRun | null };

const perGpu = (p: ReplicaPlan) => (p.run ? p.run.requestsPerSecondPerReplica / p.gpus : -1);

/** One replica of `gpus` GPUs: whether it fits, its batch, speeds and requests per second (null when it cannot run). */
export function replicaPlan(i: DeploymentInput, gpus: number): ReplicaPlan {
  const validSize = isValidTensorParallel(gpus, i);
  const memory = memoryFor(i, gpus, 1);
  if (!memory.fits || !validSize) return { gpus, validSize, memory, run: null };
  const limits: string[] = [];
  // The largest batch that fits in memory (full-length requests) and keeps every user at the target speed.
  const maxConcurrentSequences = memory.maxConcurrentSequences;
  const uncachedInput = Math.round(i.inputTokens * (1 - i.cachedShare));
  const prompt = Math.max(1, uncachedInput);
  const speedAt = (b: number) => decodeFor(i, gpus, b, prompt).tokensPerSecondPerUser ?? 0;
  const fast = largestWhere(maxConcurrentSequences, (b) => speedAt(b) >= i.minTokensPerSecondPerUser);
  const batchSize = Math.max(1, fast);
  if (fast === 0)
    limits.push(`latency target: even one request decodes slower than ${i.minTokensPerSecondPerUser} tokens/s`);
  else if (fast < maxConcurrentSequences)
    limits.push(`latency target: batch held to ${fast} of the ${maxConcurrentSequences} requests that fit`);
  else limits.push(`memory: batch capped at the ${maxConcurrentSequences} requests that fit`);
  const decode = decodeFor(i, gpus, batchSize, prompt);
  // Prefill throughput: the batch's prompts prefilled together (compute-bound once long enough).
  const prefill = decodeFor(i, gpus, batchSize, batchSize * prompt);
  const decodeTokensPerSecondPerReplica = decode.aggregateTokensPerSecond!;
  const prefillTokensPerSecondPerReplica = (batchSize * prompt) / (prefill.prefillMs! / 1000);
  if (decode.bound === "memory") limits.push("bandwidth: decode is memory-bound");
  else if (decode.bound === "compute") limits.push("compute: decode is compute-bound");
  else limits.push("interconnect: expert-parallel all-to-all dominates each decode step");
  if (decode.communicationTimeMs === null && i.activeParamsB < i.totalParamsB && gpus > 1) {
    limits.push("interconnect: expert-parallel communication not modelled (give expertsPerToken and hiddenSize)");
  }
  // A replica spends each busy second prefilling or decoding (self-host-cost's split).
  const secondsPerRequest =
    uncachedInput / prefillTokensPerSecondPerReplica + i.outputTokens / decodeTokensPerSecondPerReplica;
  return {
    gpus,
    validSize,
    memory,
    run: {
      maxConcurrentSequences,
      batchSize,
      tokensPerSecondPerUser: decode.tokensPerSecondPerUser!,
      decodeTokensPerSecondPerReplica,
      prefillTokensPerSecondPerReplica,
      ttftMs: decode.prefillMs! + decode.stepTimeMs!,
      requestsPerSecondPerReplica: 1 / secondsPerRequest,
      limits,
    },
  };
}

const cannotRun = {
  maxConcurrentSequences: null,
  batchSize: null,
  tokensPerSecondPerUser: null,
  decodeTokensPerSecondPerReplica: null,
  prefillTokensPerSecondPerReplica: null,
  ttftMs: null,
  requestsPerSecondPerReplica: null,
  replicas: null,
  gpus: null,
  utilization: null,
  monthlyCostUsd: null,
  costPerMillionInputTokensUsd: null,
  costPerMillionOutputTokensUsd: null,
  costPerRequestUsd: null,
  breakEvenRequestsPerDay: null,
};

export const deployment = defineCalculator({
  id: "deployment",
  title: "Deployment planner",
  description:
    "From requests per day to a fleet: whether the model fits, how many GPUs per replica and how many replicas, what a month costs per input and output token, and whether the cheapest API serving the same model is cheaper.",
  term: "inference-cost",
  href: "/plan",
  // A first visit starts from a worked plan (the API's own example) instead of empty pickers and dashes.
  defaultQuery: { model: "llama-3-1-70b", gpu: "h100-sxm" },
  input,
  compute: (i) => {
    const limits: string[] = [];
    const minGpusPerReplica = memoryFor(i, 1, 1).gpusNeeded;
    // Empty gpusPerReplica: of the valid sizes that fit, the one serving the most requests per GPU.
    const candidates = TENSOR_PARALLEL_SIZES.filter(
      (g) => minGpusPerReplica !== null && g >= minGpusPerReplica && isValidTensorParallel(g, i),
    );
    const plans = (i.gpusPerReplica !== undefined ? [i.gpusPerReplica] : candidates).map((g) => replicaPlan(i, g));
    const best = plans.reduce<ReplicaPlan | undefined>(
      (a, b) => (a === undefined || perGpu(b) > perGpu(a) ? b : a),
      undefined,
    );
    const plan = best ?? replicaPlan(i, minGpusPerReplica ?? 8);
    const gpusPerReplica = plan.gpus;
    const weightBytesPerGpu = plan.memory.weightBytes / gpusPerReplica;
    const { quotes, problems } = apiQuotes(i);
    const cheapest = quotes.reduce<ApiQuote | null>(
      (a, q) => (a === null || q.monthlyCostUsd < a.monthlyCostUsd ? q : a),
      null,
    );
    for (const p of problems) limits.push(`API: ${p}`);
    const api = {
      apiCheapest: cheapest
        ? `${cheapest.name} (${cheapest.id})${cheapest.asOf ? `, prices as of ${cheapest.asOf}` : ""}`
        : null,
      apiCheapestMonthlyCostUsd: cheapest ? cheapest.monthlyCostUsd : null,
    };
    if (!plan.run) {
      if (!plan.validSize) {
        limits.push(
          `tensor parallel: ${gpusPerReplica} GPUs cannot split ${i.attentionHeads} attention heads (use 1, 2, 4 or 8 dividing them)`,
        );
      }
      if (!plan.memory.fits) {
        const need = minGpusPerReplica === null ? "more than one 8-GPU node" : `${minGpusPerReplica} GPUs`;
        limits.push(`memory: the weights and one request need ${need}, not ${gpusPerReplica}`);
      }
      return {
        fits: false,
        minGpusPerReplica,
        gpusPerReplica,
        weightBytesPerGpu,
        ...cannotRun,
        ...api,
        limits: limits.join("; "),
      };
    }
    const r = plan.run;
    limits.push(...r.limits);
    if (r.ttftMs > i.maxTtftMs) limits.push(`TTFT: ${Math.round(r.ttftMs)} ms exceeds the ${i.maxTtftMs} ms target`);
    const averageRequestsPerSecond = i.requestsPerDay / 86_400;
    const replicas = Math.max(
      1,
      Math.ceil((averageRequestsPerSecond * i.peakToAverage) / r.requestsPerSecondPerReplica),
    );
    const utilization = averageRequestsPerSecond / (replicas * r.requestsPerSecondPerReplica);
    const run = {
      fits: true,
      minGpusPerReplica,
      gpusPerReplica,
      weightBytesPerGpu,
      maxConcurrentSequences: r.maxConcurrentSequences,
      batchSize: r.batchSize,
      tokensPerSecondPerUser: r.tokensPerSecondPerUser,
      decodeTokensPerSecondPerReplica: r.decodeTokensPerSecondPerReplica,
      prefillTokensPerSecondPerReplica: r.prefillTokensPerSecondPerReplica,
      ttftMs: r.ttftMs,
      requestsPerSecondPerReplica: r.requestsPerSecondPerReplica,
      replicas,
      gpus: replicas * gpusPerReplica,
      utilization,
    };
    const { decodeTokensPerSecondPerReplica, prefillTokensPerSecondPerReplica, requestsPerSecondPerReplica } = r;

    const price = i.gpuHourlyUsd;
    if (price === undefined) {
      limits.push(`price: no ${i.priceTier} price for this GPU; give gpuHourlyUsd`);
      return {
        ...run,
        monthlyCostUsd: null,
        costPerMillionInputTokensUsd: null,
        costPerMillionOutputTokensUsd: null,
        costPerRequestUsd: null,
        ...api,
        breakEvenRequestsPerDay: null,
        limits: limits.join("; "),
      };
    }
    const cost = selfHostCost.compute({
      gpuHourlyUsd: price,
      gpuCount: gpusPerReplica,
      throughputTokensPerSecond: decodeTokensPerSecondPerReplica,
      prefillTokensPerSecond: prefillTokensPerSecondPerReplica,
      utilization,
      apiPricePerM: undefined,
    });
    const monthlyCostUsd = replicas * cost.monthlyCostUsd;
    // Break-even: one replica costs C a month and serves up to R requests a day at peak; the API costs a per
    // request-per-day a month. Self-hosting first wins at C / a, and only if that is within R (every added
    // replica repeats the same comparison, so beyond R it never wins).
    const perReplicaRequestsPerDay = (requestsPerSecondPerReplica * 86_400) / i.peakToAverage;
    const breakEven = cheapest ? cost.monthlyCostUsd / (cheapest.costPerRequestUsd * DAYS_PER_MONTH) : null;
    const breakEvenRequestsPerDay = breakEven !== null && breakEven <= perReplicaRequestsPerDay ? breakEven : null;
    if (cheapest && breakEvenRequestsPerDay === null)
      limits.push(`break-even: never, the cheapest API costs less per request than a full replica`);
    return {
      ...run,
      monthlyCostUsd,
      costPerMillionInputTokensUsd: cost.costPerMillionInputTokensUsd,
      costPerMillionOutputTokensUsd: cost.costPerMillionTokensUsd,
      costPerRequestUsd: monthlyCostUsd / (i.requestsPerDay * DAYS_PER_MONTH),
      ...api,
      breakEvenRequestsPerDay,
      limits: limits.join("; "),
    };
  },
  outputs: {
    fits: {
      label: "Fits",
      unit: "yes/no",
      description: "The weights and at least one full-length request fit on one replica.",
    },
    gpusPerReplica: {
      label: "GPUs per replica",
      unit: "GPUs",
      description:
        "The one given, or else the valid tensor-parallel size that fits and serves the most requests per GPU.",
    },
    minGpusPerReplica: {
      label: "Fewest GPUs per replica",
      unit: "GPUs",
      description:
        "Smallest tensor-parallel size (1, 2, 4, 8) holding the weights and one request; empty when one node is not enough.",
    },
    weightBytesPerGpu: { label: "Weights per GPU", unit: "bytes" },
    maxConcurrentSequences: {
      label: "Requests that fit at once",
      unit: "sequences",
      description: "Full-length requests whose KV cache fits next to the weights.",
    },
    batchSize: {
      label: "Batch size",
      unit: "requests decoding together",
      description: "The largest that fits in memory and meets the speed target.",
    },
    tokensPerSecondPerUser: { label: "Speed per user", unit: "tokens per second" },
    decodeTokensPerSecondPerReplica: { label: "Decode throughput per replica", unit: "output tokens per second" },
    prefillTokensPerSecondPerReplica: { label: "Prefill throughput per replica", unit: "input tokens per second" },
    ttftMs: {
      label: "Time to first token",
      unit: "ms",
      description: "Prefill of one prompt's uncached tokens plus one decode step; no queueing.",
    },
    requestsPerSecondPerReplica: { label: "Requests per replica", unit: "requests per second" },
    replicas: { label: "Replicas", unit: "replicas", description: "Enough for the peak hour." },
    gpus: { label: "GPUs", unit: "GPUs" },
    utilization: {
      label: "Average utilization",
      unit: "fraction (0-1)",
      description: "Average traffic ÷ what the replicas can serve.",
    },
    monthlyCostUsd: { label: "Monthly GPU cost", unit: "USD per month (730 h)", term: "inference-cost" },
    costPerMillionInputTokensUsd: {
      label: "Cost per million input tokens",
      unit: "USD per 1M tokens",
      description: "Per prefilled (uncached) input token, at the average utilization.",
    },
    costPerMillionOutputTokensUsd: {
      label: "Cost per million output tokens",
      unit: "USD per 1M tokens",
      description: "At the average utilization.",
    },
    costPerRequestUsd: { label: "Cost per request", unit: "USD" },
    apiCheapest: { label: "Cheapest API for this model", unit: "provider and model" },
    apiCheapestMonthlyCostUsd: {
      label: "That API's monthly bill",
      unit: "USD per month (730 h)",
      description: "The same requests and tokens, cache hits at its cache price.",
    },
    breakEvenRequestsPerDay: {
      label: "Break-even traffic",
      unit: "requests per day",
      description:
        "Where self-hosting first costs less than the cheapest API; empty when it never does on this hardware.",
    },
    limits: {
      label: "What binds",
      unit: "list",
      description: "Memory, bandwidth, compute, latency target, interconnect, price or API problems.",
    },
  },
  headline: "monthlyCostUsd",
  formula: [
    "minGpusPerReplica = gpu-memory(gpuCount = 1, sequences = 1, contextTokens = inputTokens + outputTokens).gpusNeeded",
    "gpusPerReplica = as given; else the size among 1, 2, 4, 8 (≥ minGpusPerReplica, dividing the heads) with the most requestsPerSecondPerReplica ÷ gpusPerReplica",
    "fits = gpu-memory(gpuCount = gpusPerReplica, sequences = 1).fits, and gpusPerReplica divides the heads",
    "maxConcurrentSequences = that gpu-memory run's maxConcurrentSequences",
    "batchSize = largest B ≤ maxConcurrentSequences with decode-throughput(B, contextTokens = inputTokens + outputTokens ÷ 2).tokensPerSecondPerUser ≥ minTokensPerSecondPerUser",
    "uncachedInput = inputTokens × (1 − cachedShare); prefillTokensPerSecondPerReplica = B × uncachedInput ÷ decode-throughput(promptTokens = B × uncachedInput).prefillMs",
    "ttftMs = decode-throughput(promptTokens = uncachedInput).prefillMs + stepTimeMs",
    "requestsPerSecondPerReplica = 1 ÷ (uncachedInput ÷ prefillTokensPerSecondPerReplica + outputTokens ÷ decodeTokensPerSecondPerReplica)",
    "replicas = max(1, ceil(requestsPerDay ÷ 86,400 × peakToAverage ÷ requestsPerSecondPerReplica)); gpus = replicas × gpusPerReplica",
    "utilization = requestsPerDay ÷ 86,400 ÷ (replicas × requestsPerSecondPerReplica)",
    "cost = self-host-cost(gpuHourlyUsd, gpusPerReplica, decode and prefill throughputs, utilization); monthlyCostUsd = replicas × cost.monthlyCostUsd",
    "costPerRequestUsd = monthlyCostUsd ÷ (requestsPerDay × 730 ÷ 24)",
    "each API = api-cost(its prices, inputTokens, outputTokens, cachedInputTokens = inputTokens × cachedShare, requestsPerDay, daysPerMonth = 730 ÷ 24); apiCheapest = the lowest costPerMonthUsd",
    "breakEvenRequestsPerDay = cost.monthlyCostUsd ÷ (apiCheapest.costPerRequestUsd × 730 ÷ 24), if that is ≤ requestsPerSecondPerReplica × 86,400 ÷ peakToAverage; else empty (never)",
  ],
  assumptions: [
    "Defaults: Llama 3.1 70B in BF16 on H100 SXM GPUs (80 GB, 3,350 GB/s, 989 dense BF16 TFLOPS), 1,000,000 requests a day of 2,000 input and 500 output tokens, no cache hits. The peak-to-average ratio of 2, the 20 tokens/s speed target and the 2-second TTFT target are illustrative, not sourced: set your own.",
    "Choosing a model fills in its architecture, its native weight precision (FP8 for DeepSeek-V3) and the price-database APIs that serve it; choosing a GPU fills in its specs and its dated price in the chosen tier. Without a price the plan still says whether and how fast it runs, but gives no cost.",
    "Memory, speed and cost come from the gpu-memory, decode-throughput and self-host-cost calculators and share their assumptions: roofline speeds (an upper bound), MBU 0.8 and MFU 0.4 by default, no tensor-parallel all-reduce, expert-parallel all-to-all only when the model's top-k and hidden size are known.",
    "Every request is the same size; each holds its full context in the KV cache for the whole decode (memory), and decodes at the average context of input + half the output (speed). Sliding-window layers are not counted, so memory is an upper bound for models that have them.",
    "A replica serves a request in input ÷ prefill rate + output ÷ decode rate seconds of its time (prefill and decode share the GPUs), with no queueing; replicas are sized for the peak, so the average utilization is at most 1 ÷ peakToAverage.",
    "API bills come from the api-cost calculator with the price database's prices, cache hits priced at each API's cache-read price and no batch discount; both bills cover the same 730-hour month.",
    "The break-even compares one replica's monthly cost with the API bill for the traffic it can carry at peak; just past each added replica the API is briefly cheaper again, so read it as the traffic from which self-hosting can win.",
  ],
});

/**
 * The self-hosted fleet's monthly cost from 0 to `maxRequestsPerDay` requests a day: one replica at first, one
 * more at every multiple of what a replica carries at peak (`requestsPerDayPerReplica`), drawn as steps.
 */
export function replicaSteps(
  maxRequestsPerDay: number,
  requestsPerDayPerReplica: number,
  replicaMonthlyUsd: number,
): [number, number][] {
  const points: [number, number][] = [[0, replicaMonthlyUsd]];
  for (let n = 1; n * requestsPerDayPerReplica < maxRequestsPerDay; n++) {
    const x = n * requestsPerDayPerReplica;
    points.push([x, n * replicaMonthlyUsd], [x, (n + 1) * replicaMonthlyUsd]);
  }
  const last = Math.max(1, Math.ceil(maxRequestsPerDay / requestsPerDayPerReplica));
  points.push([maxRequestsPerDay, last * replicaMonthlyUsd]);
  return points;
}
