import { z } from "zod/mini";
import { defineCalculator } from "./calculator";
import { afterFieldChecks, checkActiveWithinTotal, inputMeta, numberInput } from "./fields";
import { bytesPerParam, precisionSchema } from "./precision";

/**
 * Expected share of experts (or of expert weights) touched by a batch under uniform, independent routing,
 * when each token picks a `fraction` of them: 1 − (1 − fraction)^batchSize. Computed as
 * −expm1(batchSize × log1p(−fraction)) to keep full precision for small fractions (fraction 1 gives 1).
 */
export function uniformRoutingShare(fraction: number, batchSize: number): number {
  return -Math.expm1(batchSize * Math.log1p(-fraction));
}

/** Bytes per element sent to an expert (FP8 dispatch) and back (BF16 combine), as DeepSeek-V3 does (ISCA'25). */
export const DISPATCH_BYTES = 1;
export const COMBINE_BYTES = 2;

/**
 * Effective scale-out bandwidth per GPU, in GB/s, used when the GPU dataset gives no interconnect: the
 * 50 GB/s of a 400 Gb/s InfiniBand NIC that DeepSeek's ISCA'25 paper (arxiv.org/abs/2505.09343) uses for
 * its expert-parallel estimate. Conservative inside an NVLink node.
 */
export const DEFAULT_INTERCONNECT_GBS = 50;

/**
 * Seconds per decode step spent in expert-parallel all-to-all when a MoE model's experts are spread over
 * `gpuCount` GPUs: each GPU sends its share of the batch's tokens (at least one token) to `expertsPerToken`
 * experts, of which (gpuCount − 1) / gpuCount live on other GPUs, and receives the results, once per layer.
 * Zero on one GPU. Not overlapped with compute (an upper bound on its cost to the step).
 */
export function expertParallelSeconds(p: {
  layers: number;
  batchSize: number;
  gpuCount: number;
  expertsPerToken: number;
  hiddenSize: number;
  interconnectGBs: number;
}): number {
  if (p.gpuCount <= 1) return 0;
  const tokensPerGpu = Math.ceil(p.batchSize / p.gpuCount);
  const remoteShare = (p.gpuCount - 1) / p.gpuCount;
  const bytesPerLayer =
    tokensPerGpu * p.expertsPerToken * remoteShare * p.hiddenSize * (DISPATCH_BYTES + COMBINE_BYTES);
  return (p.layers * bytesPerLayer) / (p.interconnectGBs * 1e9);
}

const input = z
  .strictObject({
    totalParamsB: numberInput(
      { min: 0.001, max: 10_000, default: 671 },
      inputMeta({
        label: "Total parameters",
        term: "active-parameters",
        unit: "billion parameters",
        step: 0.1,
        description: "All experts included.",
      }),
    ),
    activeParamsB: numberInput(
      { min: 0.001, max: 10_000, default: 37 },
      inputMeta({
        label: "Active parameters per token",
        term: "active-parameters",
        unit: "billion parameters",
        step: 0.1,
      }),
    ),
    experts: numberInput(
      { int: true, min: 1, max: 100_000, default: 256 },
      inputMeta({ label: "Routed experts per layer", term: "mixture-of-experts", unit: "experts", step: 1 }),
    ),
    expertsPerToken: numberInput(
      { int: true, min: 1, max: 100_000, default: 8 },
      inputMeta({ label: "Experts per token (top-k)", term: "mixture-of-experts", unit: "experts", step: 1 }),
    ),
    batchSize: numberInput(
      { int: true, min: 1, max: 1_000_000, default: 8 },
      inputMeta({ label: "Batch size", term: "continuous-batching", unit: "tokens decoded together", step: 1 }),
    ),
    weightPrecision: z
      ._default(precisionSchema, "fp8")
      .register(
        z.globalRegistry,
        inputMeta({ label: "Weight precision", term: "quantization", unit: "number format" }),
      ),
  })
  .check(
    z.superRefine((v, ctx) => {
      checkActiveWithinTotal(v, ctx);
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
    "Expert-parallel all-to-all communication is not part of this calculator; the decode-throughput calculator adds it to the step time when experts span GPUs.",
  ],
});
