// Pickers fill a calculator's fields from the reference data; the user can still edit every field.
// Pure: the page passes the datasets in. Client components import only the types.
import type { Datasets } from "@/lib/content/datasets";

type Values = Record<string, number | string>;

export type PickerOption = {
  id: string;
  name: string;
  asOf?: string;
  /** A dated past price with no current twin in the price database: listed apart from current models. */
  historical?: true;
  values: Values;
  /** Values that depend on another field's current value (a GPU's peak TFLOPS on the weight precision). */
  variants?: { field: string; values: Record<string, Values> };
};

/** What choosing an option fills in, given the form's current values. The widget and the API both use it. */
export function optionValues(option: PickerOption, current: Record<string, string | undefined>): Values {
  const variant = option.variants ? option.variants.values[current[option.variants.field] ?? ""] : undefined;
  return { ...option.values, ...variant };
}
export type Picker = { param: "model" | "gpu" | "arch"; label: string; options: PickerOption[] };

function gpuPicker(data: Datasets, fill: (g: Datasets["gpus"][number]) => Record<string, number>): Picker {
  return { param: "gpu", label: "GPU", options: data.gpus.map((g) => ({ id: g.id, name: g.name, values: fill(g) })) };
}

function archPicker(data: Datasets, fill: (m: Datasets["models"][number]) => Record<string, number | string> | null): Picker {
  const options = data.models.flatMap((m) => {
    const values = fill(m);
    return values ? [{ id: m.id, name: m.name, values }] : [];
  });
  return { param: "arch", label: "Model architecture", options };
}

const kvShape = (m: Datasets["models"][number]): Record<string, number | string> =>
  m.attention === "mla"
    ? { attention: "mla", layers: m.layers, mlaLatentDim: m.mlaLatentDim ?? 512, mlaRopeDim: m.mlaRopeDim ?? 64 }
    : { attention: "gqa", layers: m.layers, kvHeads: m.kvHeads ?? 1, headDim: m.headDim ?? 128 };

/**
 * A GPU in decode-throughput: bandwidth and dense BF16 peak, and its FP8 peak when the weights are 8-bit
 * or smaller (the compute then runs at FP8 on GPUs that have it).
 */
function gpuComputeOption(g: Datasets["gpus"][number]): PickerOption {
  const fp8 = g.fp8DenseTflops ? { denseTflops: g.fp8DenseTflops } : undefined;
  return {
    id: g.id,
    name: g.name,
    values: { memoryBandwidthGBs: g.bandwidthGBs, denseTflops: g.bf16DenseTflops },
    ...(fp8 ? { variants: { field: "weightPrecision", values: { fp8, int8: fp8, int4: fp8, fp4: fp8 } } } : {}),
  };
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

export function pickersFor(id: string, data: Datasets): Picker[] {
  switch (id) {
    case "api-cost":
    case "agent-session":
    case "blended-price":
      return [
        {
          param: "model",
          label: "Model price list",
          // An agent session needs the provider's caching rule, which only a price-database twin brings.
          options: data.apiPrices.filter((p) => id !== "agent-session" || p.databaseId).map((p) => ({
            id: p.id,
            name: p.name.includes(p.provider) ? p.name : `${p.name} (${p.provider})`,
            asOf: p.asOf,
            ...(p.databaseId ? {} : { historical: true as const }),
            values: {
              inputPricePerM: p.inputPerM,
              outputPricePerM: p.outputPerM,
              ...(id === "api-cost" || id === "agent-session"
                ? {
                    ...apiCostModelBlanks,
                    cachedInputPricePerM: p.cachedInputPerM ?? p.inputPerM,
                    cacheWritePricePerM: p.cacheWritePerM ?? p.inputPerM,
                  }
                : {}),
            },
          })),
        },
      ];
    case "gpu-memory":
      return [
        archPicker(data, (m) => ({ paramsB: m.totalParamsB, ...kvShape(m) })),
        gpuPicker(data, (g) => ({ gpuMemoryGB: g.memoryGB })),
      ];
    case "decode-throughput":
      return [
        archPicker(data, (m) => ({ totalParamsB: m.totalParamsB, activeParamsB: m.activeParamsB, ...kvShape(m) })),
        { param: "gpu", label: "GPU", options: data.gpus.map(gpuComputeOption) },
      ];
    case "moe":
      return [
        archPicker(data, (m) =>
          m.experts && m.expertsPerToken
            ? { totalParamsB: m.totalParamsB, activeParamsB: m.activeParamsB, experts: m.experts, expertsPerToken: m.expertsPerToken }
            : null,
        ),
      ];
    case "self-host-cost":
      return [
        {
          param: "gpu",
          label: "GPU (midpoint of the rental range)",
          options: data.gpus.flatMap((g) =>
            g.rental
              ? [{ id: g.id, name: g.name, asOf: g.rental.asOf, values: { gpuHourlyUsd: Number(((g.rental.lowUsdPerHour + g.rental.highUsdPerHour) / 2).toFixed(2)) } }]
              : [],
          ),
        },
      ];
    default:
      return [];
  }
}
