import { z } from "zod/mini";
import { defineCalculator } from "./calculator";
import { afterFieldChecks, checkActiveWithinTotal, inputMeta, numberInput } from "./fields";
import { memoryOnGpus } from "./gpu-memory";
import { attentionHeadsField, KV_FORMULA, kvBytesPerToken, kvCacheFields } from "./kv-cache";
import { DEFAULT_INTERCONNECT_GBS, expertParallelSeconds, uniformRoutingShare } from "./moe";
import { bytesPerParam, precisionSchema } from "./precision";

const fraction = (def: number, label: string, term: string, description: string) =>
  numberInput(
    { min: 0.01, max: 1, default: def },
    inputMeta({ label, term, unit: "fraction (0-1]", step: 0.05, description }),
  );

const input = z
  .strictObject({
    activeParamsB: numberInput(
      { min: 0.001, max: 10_000, default: 8.03 },
      inputMeta({
        label: "Active parameters per token",
        term: "active-parameters",
        unit: "billion parameters",
        step: 0.01,
        description: "Equal to the total for dense models.",
      }),
    ),
    totalParamsB: numberInput(
      { min: 0.001, max: 10_000, default: 8.03 },
      inputMeta({ label: "Total parameters", term: "active-parameters", unit: "billion parameters", step: 0.01 }),
    ),
    weightPrecision: z
      ._default(precisionSchema, "bf16")
      .register(
        z.globalRegistry,
        inputMeta({ label: "Weight precision", term: "quantization", unit: "number format" }),
      ),
    memoryBandwidthGBs: numberInput(
      { min: 1, max: 1_000_000, default: 3_350 },
      inputMeta({
        label: "Memory bandwidth per GPU",
        term: "memory-bandwidth",
        unit: "GB/s",
        step: 1,
        description: "Peak HBM bandwidth from the datasheet.",
      }),
    ),
    denseTflops: numberInput(
      { min: 0.001, max: 1_000_000, default: 989 },
      inputMeta({
        label: "Dense compute per GPU",
        term: "compute",
        unit: "TFLOPS",
        step: 1,
        description:
          "Dense tensor-core peak at the compute precision; vendor headline figures are often 2× (with sparsity).",
      }),
    ),
    gpuCount: numberInput(
      { int: true, min: 1, max: 100_000, default: 1 },
      inputMeta({ label: "GPUs (tensor parallel)", term: "gpu", unit: "GPUs", step: 1 }),
    ),
    batchSize: numberInput(
      { int: true, min: 1, max: 100_000, default: 16 },
      inputMeta({ label: "Batch size", term: "continuous-batching", unit: "sequences decoding together", step: 1 }),
    ),
    contextTokens: numberInput(
      { int: true, min: 0, max: 10_000_000, default: 4_096 },
      inputMeta({
        label: "Context per sequence",
        term: "context-window",
        unit: "tokens",
        step: 1,
        description: "Tokens already in each sequence's KV cache while decoding.",
      }),
    ),
    ...kvCacheFields({ layers: 32, kvHeads: 8, headDim: 128, kvPrecision: "bf16" }),
    attentionHeads: attentionHeadsField(32),
    gpuMemoryGB: numberInput(
      { min: 1, max: 10_000, default: 80 },
      inputMeta({
        label: "Memory per GPU",
        term: "hbm",
        unit: "GB",
        step: 1,
        description: "Checks that the weights and the batch's KV cache fit.",
      }),
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
    expertsPerToken: numberInput(
      { int: true, min: 1, max: 100_000 },
      inputMeta({
        label: "Experts per token (top-k)",
        term: "mixture-of-experts",
        unit: "experts",
        step: 1,
        description:
          "Mixture-of-experts only: with hiddenSize, adds the expert-parallel all-to-all when experts span GPUs.",
      }),
    ),
    hiddenSize: numberInput(
      { int: true, min: 1, max: 1_000_000 },
      inputMeta({
        label: "Hidden size",
        term: "mixture-of-experts",
        unit: "elements",
        step: 1,
        description:
          "hidden_size from the model config (7,168 for DeepSeek-V3): the size of each token sent to an expert.",
      }),
    ),
    interconnectGBs: numberInput(
      { min: 0.001, max: 1_000_000, default: DEFAULT_INTERCONNECT_GBS },
      inputMeta({
        label: "GPU-to-GPU bandwidth",
        term: "mixture-of-experts",
        unit: "GB/s per GPU, one direction",
        step: 1,
        description:
          "For expert-parallel all-to-all: NVLink inside a node, InfiniBand across nodes. Default 50 GB/s, the effective InfiniBand figure of DeepSeek's ISCA'25 paper.",
      }),
    ),
    mbu: fraction(
      0.8,
      "Memory bandwidth utilization (MBU)",
      "mbu",
      "Achieved share of peak bandwidth; real decode reaches 0.5–0.8.",
    ),
    mfu: fraction(
      0.4,
      "Model FLOPs utilization (MFU)",
      "mfu",
      "Achieved share of peak compute; prefill typically reaches 0.25–0.5.",
    ),
    promptTokens: numberInput(
      { int: true, min: 0, max: 10_000_000, default: 3_584 },
      inputMeta({ label: "Prompt tokens", term: "prefill", unit: "tokens", step: 1 }),
    ),
    outputTokens: numberInput(
      { int: true, min: 1, max: 10_000_000, default: 512 },
      inputMeta({ label: "Output tokens", term: "reasoning-tokens", unit: "tokens", step: 1 }),
    ),
  })
  .check(
    z.superRefine((v, ctx) => {
      checkActiveWithinTotal(v, ctx);
    }, afterFieldChecks),
  );

export const decodeThroughput = defineCalculator({
  id: "decode-throughput",
  title: "Decode speed and throughput (roofline)",
  description:
    "An upper bound on tokens per second per user and across the batch, from memory bandwidth and compute, with prefill and end-to-end latency.",
  term: "inference",
  input,
  compute: (i) => {
    const bytesPerWeight = bytesPerParam(i.weightPrecision);
    const activeParams = i.activeParamsB * 1e9;
    const totalParams = i.totalParamsB * 1e9;
    const bandwidth = i.memoryBandwidthGBs * 1e9;
    const flops = i.denseTflops * 1e12;
    const ridgePointFlopsPerByte = flops / bandwidth;
    // The batch must fit first: weights plus every sequence's KV cache, on the gpu-memory calculator's rule.
    const memory = memoryOnGpus(i, { contextTokens: i.contextTokens, sequences: i.batchSize, gpuCount: i.gpuCount });
    const fit = { fits: memory.fits, minGpusToFit: memory.gpusNeeded };
    if (!memory.fits) {
      return {
        ...fit,
        stepTimeMs: null,
        memoryTimeMs: null,
        computeTimeMs: null,
        communicationTimeMs: null,
        bound: "does not fit",
        tokensPerSecondPerUser: null,
        aggregateTokensPerSecond: null,
        prefillMs: null,
        endToEndSeconds: null,
        ridgePointFlopsPerByte,
      };
    }
    // Weights read per step: under uniform routing the batch touches 1 − (1 − active/total)^B of the weights
    // (active at batch 1, all of them for dense models).
    const paramsRead = totalParams * uniformRoutingShare(i.activeParamsB / i.totalParamsB, i.batchSize);
    const kvBytesRead = kvBytesPerToken(i) * i.contextTokens * i.batchSize;
    const memoryTime = (paramsRead * bytesPerWeight + kvBytesRead) / (i.gpuCount * bandwidth * i.mbu);
    const computeTime = (2 * activeParams * i.batchSize) / (i.gpuCount * flops * i.mfu);
    const isMoe = i.activeParamsB < i.totalParamsB;
    const communicationTime =
      isMoe && i.expertsPerToken !== undefined && i.hiddenSize !== undefined
        ? expertParallelSeconds({
            layers: i.layers,
            batchSize: i.batchSize,
            gpuCount: i.gpuCount,
            expertsPerToken: i.expertsPerToken,
            hiddenSize: i.hiddenSize,
            interconnectGBs: i.interconnectGBs,
          })
        : null;
    const stepTime = Math.max(memoryTime, computeTime) + (communicationTime ?? 0);
    const bound =
      communicationTime !== null && communicationTime > Math.max(memoryTime, computeTime)
        ? "interconnect"
        : computeTime > memoryTime
          ? "compute"
          : "memory";
    const prefill = Math.max(
      (2 * activeParams * i.promptTokens) / (i.gpuCount * flops * i.mfu),
      (totalParams * bytesPerWeight) / (i.gpuCount * bandwidth),
    );
    return {
      ...fit,
      stepTimeMs: stepTime * 1e3,
      memoryTimeMs: memoryTime * 1e3,
      computeTimeMs: computeTime * 1e3,
      communicationTimeMs: communicationTime === null ? null : communicationTime * 1e3,
      bound,
      tokensPerSecondPerUser: 1 / stepTime,
      aggregateTokensPerSecond: i.batchSize / stepTime,
      prefillMs: prefill * 1e3,
      endToEndSeconds: prefill + stepTime * i.outputTokens,
      ridgePointFlopsPerByte,
    };
  },
  outputs: {
    fits: {
      label: "Fits in memory",
      unit: "yes/no",
      description: "Weights plus the batch's KV cache within the usable memory; when not, no speed is given.",
    },
    minGpusToFit: {
      label: "GPUs that would fit it",
      unit: "GPUs",
      description:
        "Smallest tensor-parallel size (1, 2, 4 or 8) that holds the weights and this batch; empty when one node is not enough.",
    },
    stepTimeMs: {
      label: "Time per output token",
      unit: "ms",
      description: "One decode step, in which every sequence in the batch advances one token.",
    },
    memoryTimeMs: { label: "Memory time per step", unit: "ms" },
    computeTimeMs: { label: "Compute time per step", unit: "ms" },
    communicationTimeMs: {
      label: "Expert-parallel communication per step",
      unit: "ms",
      description:
        "All-to-all dispatch and combine over the interconnect when a MoE model's experts span GPUs; empty when not modelled.",
    },
    bound: { label: "Limited by", unit: "memory, compute or interconnect" },
    tokensPerSecondPerUser: { label: "Speed per user", unit: "tokens per second" },
    aggregateTokensPerSecond: { label: "Aggregate decode throughput", unit: "tokens per second" },
    prefillMs: { label: "Prefill time", unit: "ms" },
    endToEndSeconds: {
      label: "End-to-end latency",
      unit: "s",
      description: "Prefill plus one step per output token, without queueing or network.",
    },
    ridgePointFlopsPerByte: {
      label: "Hardware ridge point",
      unit: "FLOP per byte",
      description: "Arithmetic intensity above which work becomes compute-bound.",
    },
  },
  headline: "aggregateTokensPerSecond",
  formula: [
    ...KV_FORMULA,
    "weightsRead = totalParamsB × 1e9 × (1 − (1 − activeParamsB ÷ totalParamsB) ^ batchSize)",
    "memoryTimeMs = (weightsRead × bytes(weightPrecision) + kvBytesPerToken × contextTokens × batchSize) ÷ (gpuCount × memoryBandwidthGBs × 1e9 × mbu) × 1,000",
    "computeTimeMs = 2 × activeParamsB × 1e9 × batchSize ÷ (gpuCount × denseTflops × 1e12 × mfu) × 1,000",
    "fits and minGpusToFit: the gpu-memory calculator with sequences = batchSize; when it does not fit, no time or speed is given",
    "communicationTimeMs (MoE, gpuCount > 1) = layers × ceil(batchSize ÷ gpuCount) × expertsPerToken × (gpuCount − 1) ÷ gpuCount × hiddenSize × (1 + 2 bytes) ÷ (interconnectGBs × 1e9) × 1,000",
    "stepTimeMs = max(memoryTimeMs, computeTimeMs) + communicationTimeMs; bound = whichever is largest",
    "tokensPerSecondPerUser = 1,000 ÷ stepTimeMs",
    "aggregateTokensPerSecond = batchSize × tokensPerSecondPerUser",
    "prefillMs = max(2 × activeParamsB × 1e9 × promptTokens ÷ (gpuCount × denseTflops × 1e12 × mfu), totalParamsB × 1e9 × bytes(weightPrecision) ÷ (gpuCount × memoryBandwidthGBs × 1e9)) × 1,000",
    "endToEndSeconds = prefillMs ÷ 1,000 + stepTimeMs ÷ 1,000 × outputTokens",
    "ridgePointFlopsPerByte = denseTflops × 1e12 ÷ (memoryBandwidthGBs × 1e9)",
  ],
  assumptions: [
    "Defaults: Llama 3.1 8B in BF16 (8.03B parameters, 32 layers, 8 KV heads, head_dim 128) on one H100 SXM (3,350 GB/s, 989 dense BF16 TFLOPS), batch 16 at 4,096 tokens of context, with a 3,584-token prompt and 512 output tokens.",
    "Default efficiencies: MBU 0.8, the top of the 0.6–0.8 range real decode reaches, and MFU 0.4, inside the 0.25–0.5 range implied by measured prefill times.",
    "A roofline bound: each decode step takes the longer of reading the weights and KV cache and doing 2 FLOPs per active parameter per token; real systems are slower, up to about twice end to end.",
    "Tensor-parallel all-reduce, queueing and network time are ignored. For mixture-of-experts models spread over several GPUs, the expert-parallel all-to-all is added when expertsPerToken and hiddenSize are given: each token goes to its experts in FP8 and comes back in BF16, every layer, not overlapped with compute. DeepSeek's ISCA'25 paper puts this floor at about 14.8 ms per token (~67 tokens/s per user) for DeepSeek-V3 over 50 GB/s InfiniBand; its estimate also counts the shared expert and two micro-batches, so this formula gives about 40% of that (5.9 ms) for the same case.",
    "Every sequence is taken to hold contextTokens of context for the whole decode; attention FLOPs over the context are left out (about 2% at short context, more at 100k+).",
    "For mixture-of-experts models the weights read per step assume uniform routing: the active weights at batch 1, nearly all weights at large batches.",
    "The batch is checked against GPU memory with the GPU memory calculator (weights plus contextTokens of KV cache per sequence at the usable fraction); a batch that does not fit gets no speed, only the number of GPUs that would hold it.",
    "End-to-end latency is prefill plus one step per output token (time to first token = prefill + the first step).",
  ],
});
