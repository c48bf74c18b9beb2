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
        unit: "gqa or mla",
        description:
          "gqa for multi-head, grouped-query or multi-query attention; mla for multi-head latent attention (DeepSeek-V2/V3, Kimi K2).",
      }),
    ),
    layers: numberInput(
      { int: true, min: 1, max: 1_000, default: d.layers },
      inputMeta({ label: "Transformer layers", unit: "layers", step: 1 }),
    ),
    kvHeads: numberInput(
      { int: true, min: 1, max: 1_024, default: d.kvHeads },
      inputMeta({
        label: "KV heads",
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
        unit: "number format",
        description: "Format of the cached keys and values; FP8 halves the cache compared with BF16.",
      }),
    ),
  };
}
