// "Use this in…": which calculator's result feeds which next calculator, and how. One list, pure (the
// widget builds the links live from it, and the server renders the same links first). A hand-off carries
// the mapped values and the picker choices (model, GPU, price tier) in the target's query string, so a
// shared or saved result still says which model and GPU it used.
import type { Outputs } from "@/lib/economics/calculator";

/** What a hand-off reads: the source's parsed inputs, its outputs, and its picker choices (?model=, ?gpu=). */
export type HandoffSource = { inputs: Record<string, unknown>; outputs: Outputs; chosen: Record<string, string> };

type Mapped = { values: Record<string, number | string> } | { reason: string };

export type Handoff = {
  from: string;
  to: string;
  /** What the link carries, in a few words ("GPU count, throughputs, $/GPU-hour"). */
  carries: string;
  /** The target's inputs for this result, or why this result cannot be handed on. */
  map: (s: HandoffSource) => Mapped;
  /** The target's picker choices for this result; each is kept only if the target lists it. */
  choices?: (s: HandoffSource) => Record<string, string>;
  /** A caveat shown beside the link. */
  note?: string;
};

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** Six significant digits: short URLs, and well inside every calculator's precision. */
export const roundForUrl = (x: number) => Number(x.toPrecision(6));

/** The planner's default tier: a GPU handed on without a tier of its own is priced there. */
const DEFAULT_TIER = "specialist-cloud";

const gpuChoice = (gpu: string | undefined, tier?: string): Record<string, string> =>
  gpu ? { gpu: tier ? `${gpu}:${tier}` : gpu } : {};

export const handoffs: Handoff[] = [
  {
    from: "deployment",
    to: "self-host-cost",
    carries: "one replica's GPU count, $/GPU-hour, decode and prefill throughputs and utilization",
    map: ({ inputs, outputs }) => {
      if (outputs.fits !== true) return { reason: "the model does not fit these GPUs" };
      const price = num(inputs.gpuHourlyUsd);
      if (price === undefined) return { reason: "no GPU price for this tier" };
      const decode = num(outputs.decodeTokensPerSecondPerReplica);
      const prefill = num(outputs.prefillTokensPerSecondPerReplica);
      const utilization = num(outputs.utilization);
      const gpus = num(outputs.gpusPerReplica);
      if (decode === undefined || prefill === undefined || utilization === undefined || gpus === undefined)
        return { reason: "no throughput for this plan" };
      return {
        values: {
          gpuHourlyUsd: price,
          gpuCount: gpus,
          throughputTokensPerSecond: roundForUrl(decode),
          prefillTokensPerSecond: roundForUrl(prefill),
          utilization: roundForUrl(utilization),
        },
      };
    },
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- priceTier is a choice field: its value is a string
    choices: ({ chosen, inputs }) => gpuChoice(chosen.gpu, String(inputs.priceTier ?? DEFAULT_TIER)),
    note: "Self-host cost prices one replica; the planner's monthly cost is that times its replicas.",
  },
  {
    from: "decode-throughput",
    to: "self-host-cost",
    carries: "GPU count and aggregate decode throughput",
    map: ({ inputs, outputs }) => {
      const tps = num(outputs.aggregateTokensPerSecond);
      if (outputs.fits === false || tps === undefined) return { reason: "this batch does not fit in memory" };
      return { values: { gpuCount: Number(inputs.gpuCount), throughputTokensPerSecond: roundForUrl(tps) } };
    },
    choices: ({ chosen }) => gpuChoice(chosen.gpu, DEFAULT_TIER),
  },
  {
    from: "gpu-memory",
    to: "decode-throughput",
    carries: "GPU count (tensor-parallel size), model shape, context and batch",
    map: ({ inputs: i, outputs }) => {
      const gpus = num(outputs.gpusNeeded);
      if (gpus === undefined) return { reason: "even 8 GPUs of one node are not enough" };
      const shape: Record<string, number | string> =
        i.attention === "mla"
          ? { attention: "mla", mlaLatentDim: Number(i.mlaLatentDim), mlaRopeDim: Number(i.mlaRopeDim) }
          : { attention: "gqa", kvHeads: Number(i.kvHeads), headDim: Number(i.headDim) };
      return {
        values: {
          gpuCount: gpus,
          totalParamsB: Number(i.paramsB),
          activeParamsB: Number(i.paramsB),
          weightPrecision: String(i.weightPrecision),
          ...shape,
          layers: Number(i.layers),
          kvPrecision: String(i.kvPrecision),
          attentionHeads: Number(i.attentionHeads),
          contextTokens: Number(i.contextTokens),
          batchSize: Number(i.sequences),
          gpuMemoryGB: Number(i.gpuMemoryGB),
          memoryFraction: Number(i.memoryFraction),
        },
      };
    },
    choices: ({ chosen }) => gpuChoice(chosen.gpu),
    note: "Treats the model as dense: for a mixture-of-experts model, set its active parameters there.",
  },
  {
    from: "api-cost",
    to: "deployment",
    carries: "requests per day, tokens per request, cache share and this API to compare with",
    map: ({ inputs: i, chosen }) => {
      const requests = Number(i.requestsPerDay);
      const input = Number(i.inputTokens);
      const output = Number(i.outputTokens);
      if (requests < 1 || output < 1)
        return { reason: "the planner needs at least one request a day and one output token" };
      const model = chosen.model;
      return {
        values: {
          requestsPerDay: requests,
          inputTokens: input,
          outputTokens: output,
          cachedShare: input > 0 ? roundForUrl(Number(i.cachedInputTokens) / input) : 0,
          // Only a price-database model (<provider>/<id>) can be compared in the planner.
          ...(model && model.includes("/") ? { compareWith: model } : {}),
        },
      };
    },
  },
  {
    from: "api-cost",
    to: "self-host-cost",
    carries: "this API's effective price per million tokens",
    map: ({ outputs }) => {
      const price = num(outputs.effectivePricePerMUsd);
      if (price === undefined || price <= 0) return { reason: "no API price to compare" };
      return { values: { apiPricePerM: roundForUrl(price) } };
    },
    note: "The effective price spreads the bill over input and output tokens together.",
  },
];

export const handoffsFrom = (id: string) => handoffs.filter((h) => h.from === id);

/**
 * The target's query for a result: mapped values, then the picker choices the target lists (`accepts`,
 * by picker param). A mapped value always wins over what a choice would fill, since the server fills a
 * preset only into fields the query leaves out.
 */
export function handoffQuery(
  h: Handoff,
  s: HandoffSource,
  accepts: Record<string, string[]>,
): { query: URLSearchParams } | { reason: string } {
  const mapped = h.map(s);
  if ("reason" in mapped) return mapped;
  const choices = Object.entries(h.choices?.(s) ?? {}).filter(([param, value]) => accepts[param]?.includes(value));
  return {
    query: new URLSearchParams([
      ...choices,
      ...Object.entries(mapped.values).map(([k, v]): [string, string] => [k, String(v)]),
    ]),
  };
}

/** A hand-off as the widget receives it from the server: the target's title and the choices it lists. */
export type HandoffTarget = {
  to: string;
  title: string;
  carries: string;
  note?: string;
  accepts: Record<string, string[]>;
};

/** The "Use this in…" links of a result: each target's href, or why this result cannot go there. */
export function handoffLinks(from: string, s: HandoffSource, targets: HandoffTarget[]) {
  return targets.flatMap((t) => {
    const h = handoffs.find((x) => x.from === from && x.to === t.to);
    if (!h) return [];
    const q = handoffQuery(h, s, t.accepts);
    return [{ ...t, ...("reason" in q ? { reason: q.reason } : { href: `/calculators/${t.to}?${q.query}` }) }];
  });
}
