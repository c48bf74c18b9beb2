import { z } from "zod/mini";
import { defineCalculator } from "./calculator";
import { afterFieldChecks, inputMeta, numberInput } from "./fields";
import { bytesPerParam, precisionSchema } from "./precision";

/**
 * Expected share of experts (or of expert weights) touched by a batch under uniform, independent routing,
 * when each token picks a `fraction` of them: 1 − (1 − fraction)^batchSize. Computed as
 * −expm1(batchSize × log1p(−fraction)) to keep full precision for small fractions (fraction 1 gives 1).
 */
export function uniformRoutingShare(fraction: number, batchSize: number): number {
  return -Math.expm1(batchSize * Math.log1p(-fraction));
}

const input = z
  .strictObject({
    totalParamsB: numberInput(
      { min: 0.001, max: 10_000, default: 671 },
      inputMeta({ label: "Total parameters", unit: "billion parameters", step: 0.1, description: "All experts included." }),
    ),
    activeParamsB: numberInput(
      { min: 0.001, max: 10_000, default: 37 },
      inputMeta({ label: "Active parameters per token", unit: "billion parameters", step: 0.1 }),
    ),
    experts: numberInput(
      { int: true, min: 1, max: 100_000, default: 256 },
      inputMeta({ label: "Routed experts per layer", unit: "experts", step: 1 }),
    ),
    expertsPerToken: numberInput(
      { int: true, min: 1, max: 100_000, default: 8 },
      inputMeta({ label: "Experts per token (top-k)", unit: "experts", step: 1 }),
    ),
    batchSize: numberInput(
      { int: true, min: 1, max: 1_000_000, default: 8 },
      inputMeta({ label: "Batch size", unit: "tokens decoded together", step: 1 }),
    ),
    weightPrecision: z
      ._default(precisionSchema, "fp8")
      .register(z.globalRegistry, inputMeta({ label: "Weight precision", unit: "number format" })),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.activeParamsB > v.totalParamsB) {
        ctx.addIssue({ code: "custom", path: ["activeParamsB"], message: "Active parameters cannot exceed total parameters." });
      }
      if (v.expertsPerToken > v.experts) {
        ctx.addIssue({
          code: "custom",
          path: ["expertsPerToken"],
          message: "Experts per token cannot exceed the number of experts.",
        });
      }
    }, afterFieldChecks),
  );

export const moe = defineCalculator({
  id: "moe",
  title: "Mixture-of-experts memory, compute and bandwidth",
  description:
    "Why a mixture-of-experts model needs memory for all its parameters, compute for its active ones, and reads most of its experts once the batch grows.",
  input,
  compute: (i) => ({
    weightBytes: i.totalParamsB * 1e9 * bytesPerParam(i.weightPrecision),
    flopsPerToken: 2 * i.activeParamsB * 1e9,
    expertsTouchedShare: uniformRoutingShare(i.expertsPerToken / i.experts, i.batchSize),
  }),
  outputs: {
    weightBytes: { label: "Weights to hold in memory", unit: "bytes" },
    flopsPerToken: { label: "Compute per token", unit: "FLOP per token" },
    expertsTouchedShare: {
      label: "Share of experts read per decode step",
      unit: "fraction (0-1)",
      description: "Expected share of each layer's experts that at least one token in the batch routes to.",
    },
  },
  headline: "expertsTouchedShare",
  formula: [
    "weightBytes = totalParamsB × 1e9 × bytes(weightPrecision)",
    "flopsPerToken = 2 × activeParamsB × 1e9",
    "expertsTouchedShare = 1 − (1 − expertsPerToken ÷ experts) ^ batchSize",
  ],
  assumptions: [
    "Defaults: DeepSeek-V3 (671B total, 37B active, 256 routed experts, top-8) in FP8 with 8 tokens decoded together.",
    "Routing is uniform and independent across tokens; real routing is skewed, which lowers the share somewhat.",
    "A forward pass costs 2 FLOPs per active parameter per token; attention over the context is left out.",
    "Shared experts and dense layers are always read; the touched share applies to the routed experts only.",
    "Expert-parallel all-to-all communication is not modelled.",
  ],
});
