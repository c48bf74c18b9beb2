// Pickers fill a calculator's fields from the reference data; the user can still edit every field.
// Pure: the page passes the datasets in. Client components import only the types.
import type { Datasets } from "@/lib/content/datasets";
import type { CalculatorId } from "@/lib/economics";
import { parseInput } from "@/lib/economics/calculator";
import { GPU_PRICE_TIERS } from "@/lib/economics/gpu-price-tiers";
import { ownedGpuCost } from "@/lib/economics/owned-gpu-cost";

type Values = Record<string, number | string>;

export type PickerOption = {
  id: string;
  name: string;
  asOf?: string;
  /** A dated past price with no current twin in the price database: listed apart from current models. */
  historical?: true;
  values: Values;
  /**
   * Values that depend on another field's current value (a GPU's peak TFLOPS on the weight precision, its
   * hourly price on the price tier).
   */
  variants?: Variant | Variant[];
};

type Variant = { field: string; values: Record<string, Values> };

/** What choosing an option fills in, given the form's current values. The widget and the API both use it. */
export function optionValues(option: PickerOption, current: Record<string, string | undefined>): Values {
  const variants =
    option.variants === undefined ? [] : Array.isArray(option.variants) ? option.variants : [option.variants];
  return Object.assign({ ...option.values }, ...variants.map((v) => v.values[current[v.field] ?? ""] ?? {})) as Values;
}
export type Picker = { param: "model" | "gpu" | "arch"; label: string; options: PickerOption[] };

function gpuPicker(data: Datasets, fill: (g: Datasets["gpus"][number]) => Record<string, number>): Picker {
  return { param: "gpu", label: "GPU", options: data.gpus.map((g) => ({ id: g.id, name: g.name, values: fill(g) })) };
}

function archPicker(
  data: Datasets,
  fill: (m: Datasets["models"][number]) => Record<string, number | string> | null,
): Picker {
  const options = data.models.flatMap((m) => {
    const values = fill(m);
    return values ? [{ id: m.id, name: m.name, values }] : [];
  });
  return { param: "arch", label: "Model architecture", options };
}

/** The model's attention shape, the heads a tensor-parallel size must divide, and the precision its weights are released in. */
export const kvShape = (m: Datasets["models"][number]): Record<string, number | string> => ({
  ...(m.attention === "mla"
    ? { attention: "mla", layers: m.layers, mlaLatentDim: m.mlaLatentDim, mlaRopeDim: m.mlaRopeDim }
    : { attention: "gqa", layers: m.layers, kvHeads: m.kvHeads, headDim: m.headDim }),
  attentionHeads: m.queryHeads,
  weightPrecision: m.nativePrecision ?? "bf16",
});

/** Mixture-of-experts fields for the expert-parallel all-to-all, where the dataset has them. */
const moeShape = (m: Datasets["models"][number]): Record<string, number> => ({
  ...(m.expertsPerToken !== undefined ? { expertsPerToken: m.expertsPerToken } : {}),
  ...(m.hiddenSize !== undefined ? { hiddenSize: m.hiddenSize } : {}),
});

/**
 * A GPU in decode-throughput: bandwidth and dense BF16 peak, and its FP8 peak when the weights are 8-bit
 * or smaller (the compute then runs at FP8 on GPUs that have it).
 */
export function gpuComputeOption(g: Datasets["gpus"][number]): PickerOption {
  const fp8 = g.fp8DenseTflops ? { denseTflops: g.fp8DenseTflops } : undefined;
  return {
    id: g.id,
    name: g.name,
    values: {
      memoryBandwidthGBs: g.bandwidthGBs,
      denseTflops: g.bf16DenseTflops,
      gpuMemoryGB: g.memoryGB,
      // Inside one node the experts talk over the scale-up fabric (NVLink); absent: the calculator's default.
      ...(g.interconnect ? { interconnectGBs: g.interconnect.scaleUpGBs } : {}),
    },
    ...(fp8 ? { variants: { field: "weightPrecision", values: { fp8, int8: fp8, int4: fp8, fp4: fp8 } } } : {}),
  };
}

/**
 * A GPU's $/GPU-hour per price tier: the dataset's dated tier prices; without them, the two ends of its
 * on-demand range, named as such (never their midpoint, which mixes markets).
 */
export function gpuPriceOptions(g: Datasets["gpus"][number]): PickerOption[] {
  const label = (tier: string) => GPU_PRICE_TIERS.find((t) => t.id === tier)?.label ?? tier;
  if (g.prices && g.prices.length > 0) {
    return g.prices.map((p) => ({
      id: `${g.id}:${p.tier}`,
      name: `${g.name}, ${label(p.tier)} ($${p.usdPerGpuHour}/h)`,
      asOf: p.asOf,
      values: { gpuHourlyUsd: p.usdPerGpuHour },
    }));
  }
  if (!g.rental) return [];
  const { lowUsdPerHour: low, highUsdPerHour: high, asOf } = g.rental;
  return low === high
    ? [{ id: `${g.id}:list`, name: `${g.name}, list price ($${low}/h)`, asOf, values: { gpuHourlyUsd: low } }]
    : [
        {
          id: `${g.id}:low`,
          name: `${g.name}, cheapest on-demand seen ($${low}/h)`,
          asOf,
          values: { gpuHourlyUsd: low },
        },
        {
          id: `${g.id}:high`,
          name: `${g.name}, dearest on-demand seen ($${high}/h)`,
          asOf,
          values: { gpuHourlyUsd: high },
        },
      ];
}

/**
 * api-cost inputs only some models fill. Choosing a model sets them all (blank = absent), so a previous
 * model's long-context tier or request fee never lingers in the form.
 */
export const apiCostModelBlanks: Values = {
  contextWindowTokens: "",
  cacheWrite1hPricePerM: "",
  reasoningPricePerM: "",
  requestFeeUsd: 0,
  tierAboveInputTokens: "",
  tierInputPricePerM: "",
  tierCachedInputPricePerM: "",
  tierCacheWritePricePerM: "",
  tierCacheWrite1hPricePerM: "",
  tierOutputPricePerM: "",
  tierReasoningPricePerM: "",
};

/** An H100's cost per hour when owned: the owned-gpu-cost calculator at its defaults (which describe an H100). */
function ownedH100HourlyUsd(): number {
  const defaults = parseInput(ownedGpuCost, {});
  if (!defaults.ok) throw new Error("owned-gpu-cost defaults do not parse");
  return ownedGpuCost.compute(defaults.value).hourlyCostUsd;
}

/**
 * The planner's GPU: its specs, and its price for the chosen tier (blank where the dataset has none, so a
 * previous GPU's price never lingers). Owned: the owned-gpu-cost calculator's hourly cost at its defaults,
 * which describe an H100, so only for the H100 SXM.
 */
function plannerGpuOption(g: Datasets["gpus"][number], ownedH100HourlyUsd: number): PickerOption {
  const compute = gpuComputeOption(g);
  const tierPrice = (tier: string): Values => {
    if (tier === "owned") return { gpuHourlyUsd: g.id === "h100-sxm" ? Number(ownedH100HourlyUsd.toFixed(4)) : "" };
    const p = g.prices?.find((x) => x.tier === tier);
    return { gpuHourlyUsd: p ? p.usdPerGpuHour : "" };
  };
  const tiers = [...GPU_PRICE_TIERS.map((t) => t.id), "owned"];
  const priceVariant = { field: "priceTier", values: Object.fromEntries(tiers.map((t) => [t, tierPrice(t)])) };
  const variants =
    compute.variants === undefined ? [] : Array.isArray(compute.variants) ? compute.variants : [compute.variants];
  return { ...compute, values: { interconnectGBs: "", ...compute.values }, variants: [...variants, priceVariant] };
}

/** The planner's model: architecture, native precision, MoE shape (blank for dense models) and the APIs serving it. */
function plannerModelOption(m: Datasets["models"][number]): PickerOption {
  return {
    id: m.id,
    name: m.name,
    values: {
      totalParamsB: m.totalParamsB,
      activeParamsB: m.activeParamsB,
      expertsPerToken: "",
      hiddenSize: "",
      ...kvShape(m),
      ...moeShape(m),
      compareWith: (m.servedBy ?? []).join(","),
      apiPrices: "",
    },
  };
}

/** A price-list picker: the reference prices; api-cost and agent-session also take cache prices and clear tier fields. */
function priceListPicker(data: Datasets, options: { cachePrices: boolean; needsDatabaseTwin: boolean }): Picker {
  return {
    param: "model",
    label: "Model price list",
    options: data.apiPrices
      .filter((p) => !options.needsDatabaseTwin || p.databaseId)
      .map((p) => ({
        id: p.id,
        name: p.name.includes(p.provider) ? p.name : `${p.name} (${p.provider})`,
        asOf: p.asOf,
        ...(p.databaseId ? {} : { historical: true as const }),
        values: {
          inputPricePerM: p.inputPerM,
          outputPricePerM: p.outputPerM,
          ...(options.cachePrices
            ? {
                ...apiCostModelBlanks,
                cachedInputPricePerM: p.cachedInputPerM ?? p.inputPerM,
                cacheWritePricePerM: p.cacheWritePerM ?? p.inputPerM,
              }
            : {}),
        },
      })),
  };
}

/**
 * Each calculator's pickers, by id (typed: a misspelt id fails to compile). A calculator with no entry has
 * none; the server resolves them and passes them to the widget as props.
 */
const PICKERS: { [K in CalculatorId]?: (data: Datasets) => Picker[] } = {
  "api-cost": (data) => [priceListPicker(data, { cachePrices: true, needsDatabaseTwin: false })],
  // An agent session needs the provider's caching rule, which only a price-database twin brings.
  "agent-session": (data) => [priceListPicker(data, { cachePrices: true, needsDatabaseTwin: true })],
  "blended-price": (data) => [priceListPicker(data, { cachePrices: false, needsDatabaseTwin: false })],
  "gpu-memory": (data) => [
    archPicker(data, (m) => ({ paramsB: m.totalParamsB, ...kvShape(m) })),
    gpuPicker(data, (g) => ({ gpuMemoryGB: g.memoryGB })),
  ],
  "decode-throughput": (data) => [
    archPicker(data, (m) => ({
      totalParamsB: m.totalParamsB,
      activeParamsB: m.activeParamsB,
      ...kvShape(m),
      ...moeShape(m),
    })),
    { param: "gpu", label: "GPU", options: data.gpus.map(gpuComputeOption) },
  ],
  moe: (data) => [
    archPicker(data, (m) =>
      m.experts && m.expertsPerToken
        ? {
            totalParamsB: m.totalParamsB,
            activeParamsB: m.activeParamsB,
            experts: m.experts,
            expertsPerToken: m.expertsPerToken,
            weightPrecision: m.nativePrecision ?? "bf16",
          }
        : null,
    ),
  ],
  "self-host-cost": (data) => [
    { param: "gpu", label: "GPU and price tier", options: data.gpus.flatMap(gpuPriceOptions) },
  ],
  deployment: (data) => [
    { param: "model", label: "Model", options: data.models.map(plannerModelOption) },
    { param: "gpu", label: "GPU", options: data.gpus.map((g) => plannerGpuOption(g, ownedH100HourlyUsd())) },
  ],
};

export function pickersFor(id: string, data: Datasets): Picker[] {
  return PICKERS[id]?.(data) ?? [];
}
