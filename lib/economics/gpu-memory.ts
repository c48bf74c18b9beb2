import { z } from "zod/mini";
import { defineCalculator } from "./calculator";
import { inputMeta, numberInput } from "./fields";
import { attentionHeadsField, KV_FORMULA, kvBytesPerToken, kvCacheFields, smallestTensorParallel } from "./kv-cache";
import { bytesPerParam, precisionSchema } from "./precision";

const input = z.strictObject({
  paramsB: numberInput(
    { min: 0.001, max: 10_000, default: 70.55 },
    inputMeta({
      label: "Total parameters",
      term: "active-parameters",
      unit: "billion parameters",
      step: 0.01,
      description: "All parameters, every expert included for mixture-of-experts models.",
    }),
  ),
  weightPrecision: z
    ._default(precisionSchema, "bf16")
    .register(z.globalRegistry, inputMeta({ label: "Weight precision", term: "quantization", unit: "number format" })),
  ...kvCacheFields({ layers: 80, kvHeads: 8, headDim: 128, kvPrecision: "bf16" }),
  attentionHeads: attentionHeadsField(64),
  contextTokens: numberInput(
    { int: true, min: 1, max: 10_000_000, default: 8_192 },
    inputMeta({
      label: "Context per sequence",
      term: "context-window",
      unit: "tokens",
      step: 1,
      description: "Prompt plus generated tokens per sequence.",
    }),
  ),
  sequences: numberInput(
    { int: true, min: 1, max: 1_000_000, default: 8 },
    inputMeta({ label: "Concurrent sequences", term: "continuous-batching", unit: "sequences", step: 1 }),
  ),
  gpuMemoryGB: numberInput(
    { min: 1, max: 10_000, default: 80 },
    inputMeta({
      label: "Memory per GPU",
      term: "hbm",
      unit: "GB",
      step: 1,
      description: "Vendor figure in decimal GB (1 GB = 10^9 bytes).",
    }),
  ),
  gpuCount: numberInput(
    { int: true, min: 1, max: 100_000, default: 2 },
    inputMeta({ label: "GPUs", term: "gpu", unit: "GPUs", step: 1 }),
  ),
  memoryFraction: numberInput(
    { min: 0.01, max: 1, default: 0.9 },
    inputMeta({
      label: "Usable memory fraction",
      term: "pagedattention",
      unit: "fraction (0-1)",
      step: 0.01,
      description: "Share of each GPU's memory the server may use (vLLM's gpu_memory_utilization defaults to 0.9).",
    }),
  ),
  overheadGB: numberInput(
    { min: 0, max: 1_000_000, default: 0 },
    inputMeta({
      label: "Runtime overhead",
      unit: "GB",
      step: 0.1,
      description: "Activations, CUDA graphs and other runtime memory, in total across the GPUs.",
    }),
  ),
});

export const gpuMemory = defineCalculator({
  id: "gpu-memory",
  title: "GPU memory for weights and KV cache",
  description:
    "How much GPU memory a model's weights and KV cache need, how many GPUs that takes, and how many tokens and sequences fit on the GPUs you have.",
  term: "inference",
  input,
  compute: (i) => {
    const weightBytes = i.paramsB * 1e9 * bytesPerParam(i.weightPrecision);
    const kvPerToken = kvBytesPerToken(i);
    const kvCacheBytes = kvPerToken * i.contextTokens * i.sequences;
    const overheadBytes = i.overheadGB * 1e9;
    const totalBytes = weightBytes + kvCacheBytes + overheadBytes;
    // One usable fraction for everything: free memory, tokens that fit and GPUs needed.
    const usablePerGpu = i.gpuMemoryGB * 1e9 * i.memoryFraction;
    const usableBytes = i.gpuCount * usablePerGpu;
    const kvBudgetBytes = usableBytes - weightBytes - overheadBytes;
    const maxTokensInFlight = Math.max(0, Math.floor(kvBudgetBytes / kvPerToken));
    const memoryGpus = Math.ceil(totalBytes / usablePerGpu);
    return {
      weightBytes,
      kvBytesPerToken: kvPerToken,
      kvCacheBytes,
      totalBytes,
      usableBytes,
      freeBytes: usableBytes - totalBytes,
      fits: totalBytes <= usableBytes,
      memoryGpus,
      gpusNeeded: smallestTensorParallel(memoryGpus, i),
      maxTokensInFlight,
      maxConcurrentSequences: Math.floor(maxTokensInFlight / i.contextTokens),
    };
  },
  outputs: {
    weightBytes: { label: "Weights", unit: "bytes" },
    kvBytesPerToken: { label: "KV cache per token", unit: "bytes per token" },
    kvCacheBytes: { label: "KV cache for all sequences", unit: "bytes" },
    totalBytes: { label: "Total memory needed", unit: "bytes" },
    usableBytes: {
      label: "Usable memory",
      unit: "bytes",
      description: "Memory of the GPUs you have at the usable fraction.",
    },
    freeBytes: {
      label: "Usable memory left",
      unit: "bytes",
      description: "Usable memory minus weights, KV cache and overhead; negative when it does not fit.",
    },
    fits: { label: "Fits on these GPUs", unit: "yes/no" },
    memoryGpus: {
      label: "GPUs' worth of memory",
      unit: "GPUs",
      description:
        "Total memory needed ÷ usable memory per GPU, rounded up: not necessarily a size a model can be split into.",
    },
    gpusNeeded: {
      label: "GPUs needed (tensor parallel)",
      unit: "GPUs",
      description:
        "The smallest tensor-parallel size (1, 2, 4 or 8) that holds it and divides the attention heads; empty when even 8 GPUs of one node are not enough.",
    },
    maxTokensInFlight: {
      label: "KV tokens that fit",
      unit: "tokens",
      description: "Tokens of KV cache that fit on the GPUs you have, across all sequences.",
    },
    maxConcurrentSequences: {
      label: "Sequences that fit",
      unit: "sequences",
      description: "Full-length sequences that fit at once on the GPUs you have.",
    },
  },
  headline: "gpusNeeded",
  formula: [
    "weightBytes = paramsB × 1e9 × bytes(weightPrecision)",
    ...KV_FORMULA,
    "kvCacheBytes = kvBytesPerToken × contextTokens × sequences",
    "totalBytes = weightBytes + kvCacheBytes + overheadGB × 1e9",
    "usableBytes = gpuCount × gpuMemoryGB × 1e9 × memoryFraction; freeBytes = usableBytes − totalBytes; fits = freeBytes ≥ 0",
    "memoryGpus = ceil(totalBytes ÷ (gpuMemoryGB × 1e9 × memoryFraction))",
    "gpusNeeded = smallest of 1, 2, 4, 8 that is ≥ memoryGpus, divides attentionHeads, and divides or is a multiple of kvHeads (gqa)",
    "kvBudget = usableBytes − weightBytes − overheadGB × 1e9",
    "maxTokensInFlight = max(0, floor(kvBudget ÷ kvBytesPerToken))",
    "maxConcurrentSequences = floor(maxTokensInFlight ÷ contextTokens)",
  ],
  assumptions: [
    "Defaults: Llama 3.1 70B in BF16 (70.55B parameters, 80 layers, 8 KV heads, head_dim 128) with 8 sequences of 8,192 tokens on two 80 GB GPUs at a 0.9 memory fraction and no extra overhead; that does not fit (163 GB against 144 GB usable), and the result says it takes 4 GPUs (3 GPUs' worth of memory is not a valid split of 64 heads).",
    "Bytes per parameter: 4 (FP32), 2 (FP16/BF16), 1 (FP8/INT8), 0.5 (INT4/FP4); the scales of quantized formats (e.g. ~4.5 bits per parameter for llama.cpp Q4_0) are not counted.",
    "GB means 10^9 bytes, as on GPU datasheets; many blogs compute in GiB (1.0737 GB).",
    "gqa covers multi-head, grouped-query and multi-query attention; the MLA fields are ignored for gqa and the head fields for mla.",
    "Every layer keeps the full context; sliding-window and local-attention layers (Mistral 7B, Gemma 2, gpt-oss, Llama 4) store less, so the result is an upper bound for those models.",
    "Tensor parallelism splits each layer over 1, 2, 4 or 8 GPUs of one node: the size must divide the attention heads (64 for Llama 3.1 70B), and KV heads are replicated when there are fewer of them than GPUs. Beyond 8 GPUs a model needs pipeline parallelism across nodes, which this calculator does not size.",
    "Weights and KV cache are assumed to split evenly across GPUs; paged-KV block waste (under one 16-token block per sequence in vLLM) is ignored.",
  ],
});

type GpuMemoryInput = z.output<typeof input>;

/** A model's architecture and one GPU type, as calculators that size a deployment name them (total parameters). */
export type ModelOnGpu = Omit<GpuMemoryInput, "paramsB" | "contextTokens" | "sequences" | "gpuCount" | "overheadGB"> & {
  totalParamsB: number;
};

/**
 * This calculator's question asked for another calculator's model and GPU fields: do `sequences`
 * requests of `contextTokens` tokens each fit on `gpuCount` GPUs (no runtime overhead). The planner and
 * the decode-throughput calculator call it, so a model fits or not by one rule everywhere.
 */
export function memoryOnGpus(m: ModelOnGpu, load: { contextTokens: number; sequences: number; gpuCount: number }) {
  return gpuMemory.compute({
    paramsB: m.totalParamsB,
    weightPrecision: m.weightPrecision,
    attention: m.attention,
    layers: m.layers,
    kvHeads: m.kvHeads,
    headDim: m.headDim,
    mlaLatentDim: m.mlaLatentDim,
    mlaRopeDim: m.mlaRopeDim,
    kvPrecision: m.kvPrecision,
    attentionHeads: m.attentionHeads,
    contextTokens: Math.max(1, load.contextTokens),
    sequences: load.sequences,
    gpuMemoryGB: m.gpuMemoryGB,
    gpuCount: load.gpuCount,
    memoryFraction: m.memoryFraction,
    overheadGB: 0,
  });
}
