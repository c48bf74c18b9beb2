// KV-cache size per token (domain model §4.2), shared by gpu-memory and decode-throughput.
import { z } from "zod/mini";
import { inputMeta, numberInput } from "./fields";
import { bytesPerParam, precisionSchema, type Precision } from "./precision";

/** gqa covers multi-head (kvHeads = query heads), grouped-query and multi-query (kvHeads = 1) attention. */
export const ATTENTION_TYPES = ["gqa", "mla"] as const;

export const attentionSchema = z.enum(ATTENTION_TYPES);

export type Attention = z.output<typeof attentionSchema>;

export type KvShape = {
  attention: Attention;
  layers: number;
  kvHeads: number;
  headDim: number;
  mlaLatentDim: number;
  mlaRopeDim: number;
  kvPrecision: Precision;
};

/**
 * Bytes of KV cache one token occupies across all layers.
 * GQA/MHA/MQA: 2 (K and V) × layers × kvHeads × headDim × bytes. MLA: layers × (latent + RoPE dims) × bytes.
 */
export function kvBytesPerToken(shape: KvShape): number {
  const bytes = bytesPerParam(shape.kvPrecision);
  if (shape.attention === "mla") return shape.layers * (shape.mlaLatentDim + shape.mlaRopeDim) * bytes;
  return 2 * shape.layers * shape.kvHeads * shape.headDim * bytes;
}

/** Formula lines for the KV-cache size, reused in the calculators' `formula`. */
export const KV_FORMULA = [
  "kvBytesPerToken (gqa) = 2 × layers × kvHeads × headDim × bytes(kvPrecision)",
  "kvBytesPerToken (mla) = layers × (mlaLatentDim + mlaRopeDim) × bytes(kvPrecision)",
];

/** The seven model-shape fields for the KV cache, with the given model's defaults. */
export function kvCacheFields(d: { layers: number; kvHeads: number; headDim: number; kvPrecision: Precision }) {
  return {
    attention: z._default(attentionSchema, "gqa").register(
      z.globalRegistry,
      inputMeta({
        label: "Attention type",
        term: "grouped-query-attention",
        unit: "gqa or mla",
        description:
          "gqa for multi-head, grouped-query or multi-query attention; mla for multi-head latent attention (DeepSeek-V2/V3, Kimi K2).",
      }),
    ),
    layers: numberInput(
      { int: true, min: 1, max: 1_000, default: d.layers },
      inputMeta({ label: "Transformer layers", term: "kv-cache", unit: "layers", step: 1 }),
    ),
    kvHeads: numberInput(
      { int: true, min: 1, max: 1_024, default: d.kvHeads },
      inputMeta({
        label: "KV heads",
        term: "grouped-query-attention",
        unit: "heads",
        step: 1,
        description:
          "Key/value heads per layer (equals the query heads for multi-head attention, 1 for multi-query). Used for gqa only.",
        appliesWhen: { attention: "gqa" },
      }),
    ),
    headDim: numberInput(
      { int: true, min: 1, max: 4_096, default: d.headDim },
      inputMeta({
        label: "Head dimension",
        term: "kv-cache",
        unit: "elements",
        step: 1,
        description: "head_dim from the model config; do not derive it from hidden size ÷ heads. Used for gqa only.",
        appliesWhen: { attention: "gqa" },
      }),
    ),
    mlaLatentDim: numberInput(
      { int: true, min: 1, max: 16_384, default: 512 },
      inputMeta({
        label: "MLA latent dimension",
        term: "multi-head-latent-attention",
        unit: "elements",
        step: 1,
        description: "Compressed KV latent size per layer (512 in DeepSeek-V2/V3). Used for mla only.",
        appliesWhen: { attention: "mla" },
      }),
    ),
    mlaRopeDim: numberInput(
      { int: true, min: 0, max: 4_096, default: 64 },
      inputMeta({
        label: "MLA RoPE key dimension",
        term: "multi-head-latent-attention",
        unit: "elements",
        step: 1,
        description: "Decoupled rotary key size per layer (64 in DeepSeek-V2/V3). Used for mla only.",
        appliesWhen: { attention: "mla" },
      }),
    ),
    kvPrecision: z._default(precisionSchema, d.kvPrecision).register(
      z.globalRegistry,
      inputMeta({
        label: "KV-cache precision",
        term: "kv-cache",
        unit: "number format",
        description: "Format of the cached keys and values; FP8 halves the cache compared with BF16.",
      }),
    ),
  };
}

/** Tensor-parallel sizes a serving engine runs within one node. */
export const TENSOR_PARALLEL_SIZES = [1, 2, 4, 8] as const;

/**
 * Whether `gpus` is a usable tensor-parallel size: one of 1, 2, 4, 8, dividing the attention (query)
 * heads, and for grouped-query attention either dividing the KV heads or a multiple of them (KV heads are
 * then replicated, as vLLM does). MLA has no separate KV heads to split.
 */
export function isValidTensorParallel(
  gpus: number,
  shape: { attention: Attention; attentionHeads: number; kvHeads: number },
): boolean {
  if (!(TENSOR_PARALLEL_SIZES as readonly number[]).includes(gpus)) return false;
  if (shape.attentionHeads % gpus !== 0) return false;
  return shape.attention === "mla" || shape.kvHeads % gpus === 0 || gpus % shape.kvHeads === 0;
}

/** The smallest valid tensor-parallel size of at least `minimumGpus`; null when none within a node (more than 8). */
export function smallestTensorParallel(
  minimumGpus: number,
  shape: { attention: Attention; attentionHeads: number; kvHeads: number },
): number | null {
  return TENSOR_PARALLEL_SIZES.find((g) => g >= minimumGpus && isValidTensorParallel(g, shape)) ?? null;
}

/** The attention (query) heads per layer, which a tensor-parallel size must divide. */
export function attentionHeadsField(def: number) {
  return numberInput(
    { int: true, min: 1, max: 1_024, default: def },
    inputMeta({
      label: "Attention heads",
      term: "grouped-query-attention",
      unit: "heads",
      step: 1,
      description: "Query heads per layer; a tensor-parallel size (1, 2, 4 or 8 GPUs) must divide them.",
    }),
  );
}
