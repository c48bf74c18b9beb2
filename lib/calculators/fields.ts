// Describes a calculator's inputs for forms and the API, derived from its zod schema (one source).
import { z } from "zod";
import type { Calculator, InputMeta } from "@/lib/economics/calculator";

export type FieldSpec = InputMeta & {
  name: string;
  /** "list": one number, or a comma list of numbers (an agent session's per-turn values). */
  kind: "number" | "enum" | "list";
  options?: string[];
  default?: number | string;
  min?: number;
  max?: number;
  /** True when min is exclusive (the value must be greater than min). */
  minExclusive?: boolean;
  optional: boolean;
};

type JsonProp = {
  type?: string;
  items?: { minimum?: number; maximum?: number };
  enum?: string[];
  default?: number | string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
} & Partial<InputMeta>;

/**
 * The glossary term an input's label links to when its calculator names none: one map for all
 * calculators, since the same input name means the same thing everywhere. A test checks every slug exists.
 */
export const inputTerms: Record<string, string> = {
  inputTokens: "input-vs-output-tokens",
  outputTokens: "reasoning-tokens",
  cachedInputTokens: "prompt-caching",
  cacheWriteTokens: "prompt-caching",
  cachedInputPricePerM: "prompt-caching",
  cacheWritePricePerM: "prompt-caching",
  batchDiscount: "batch-api",
  inputOutputRatio: "blended-price",
  gpuHourlyUsd: "gpu-hour",
  gpuCount: "gpu",
  throughputTokensPerSecond: "throughput-vs-latency",
  utilization: "utilization",
  apiPricePerM: "token-pricing",
  purchasePriceUsd: "capex-vs-opex",
  lifetimeYears: "total-cost-of-ownership",
  powerKw: "energy-cost-per-token",
  pue: "energy-cost-per-token",
  electricityUsdPerKwh: "energy-cost-per-token",
  otherUsdPerHour: "total-cost-of-ownership",
  paramsB: "active-parameters",
  totalParamsB: "active-parameters",
  activeParamsB: "active-parameters",
  weightPrecision: "quantization",
  attention: "grouped-query-attention",
  layers: "kv-cache",
  kvHeads: "grouped-query-attention",
  headDim: "kv-cache",
  mlaLatentDim: "multi-head-latent-attention",
  mlaRopeDim: "multi-head-latent-attention",
  kvPrecision: "kv-cache",
  contextTokens: "context-window",
  sequences: "continuous-batching",
  batchSize: "continuous-batching",
  gpuMemoryGB: "hbm",
  memoryFraction: "pagedattention",
  memoryBandwidthGBs: "memory-bandwidth",
  denseTflops: "compute",
  mbu: "mbu",
  mfu: "mfu",
  promptTokens: "prefill",
  experts: "mixture-of-experts",
  attentionHeads: "grouped-query-attention",
  hiddenSize: "mixture-of-experts",
  interconnectGBs: "mixture-of-experts",
  prefillTokensPerSecond: "prefill",
  cachedShare: "prompt-caching",
  peakToAverage: "autoscaling",
  minTokensPerSecondPerUser: "time-per-output-token",
  maxTtftMs: "ttft",
  gpusPerReplica: "gpu",
  priceTier: "gpu-hour",
  compareWith: "token-pricing",
  apiPrices: "token-pricing",
  expertsPerToken: "mixture-of-experts",
  pricePerM: "gross-margin",
  costPerM: "inference-cost",
  startPricePerM: "commoditization",
  endPricePerM: "commoditization",
};

export function fieldSpecs(calculator: Pick<Calculator, "input">): FieldSpec[] {
  const json = z.toJSONSchema(calculator.input, { io: "input", unrepresentable: "any" }) as {
    properties: Record<string, JsonProp>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, p]) => ({
    name,
    label: p.label ?? name,
    unit: p.unit ?? "",
    term: p.term ?? inputTerms[name],
    description: p.description,
    step: p.step,
    ...(p.hidden ? { hidden: true } : {}),
    ...(p.appliesWhen ? { appliesWhen: p.appliesWhen } : {}),
    kind: p.enum ? "enum" : p.type === "array" ? "list" : "number",
    options: p.enum,
    default: p.default,
    min: p.exclusiveMinimum ?? p.minimum ?? p.items?.minimum,
    minExclusive: p.exclusiveMinimum !== undefined,
    max: p.maximum ?? p.exclusiveMaximum ?? p.items?.maximum,
    optional: p.default === undefined,
  }));
}

/** Whether a field matters for the current values (a field with no appliesWhen always does). */
export function fieldApplies(field: Pick<FieldSpec, "appliesWhen">, values: Record<string, string | undefined>): boolean {
  return Object.entries(field.appliesWhen ?? {}).every(([name, value]) => values[name] === value);
}

/** Default values as strings, the form's and the URL's currency. */
export function defaultValues(fields: FieldSpec[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.name, f.default === undefined ? "" : String(f.default)]));
}
