// Reference datasets, part 1: the zod schema of each content/data/*.json file, its types, and the
// checks within one entry. Figures come from the domain model (§7.1–7.5); every price carries an "as of"
// date and a source URL. Pure (no file system); the formulas are lib/economics' own.
import { z } from "zod";
import { blendedPricePerM } from "@/lib/economics/blended-price";
import { GPU_PRICE_TIERS, type GpuPriceTierId } from "@/lib/economics/gpu-price-tiers";
import { kvBytesPerToken } from "@/lib/economics/kv-cache";
import { PRECISIONS, type Precision } from "@/lib/economics/precision";

// ---------------------------------------------------------------------------------------------------
// Field building blocks

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Message for a missing field or a value of the wrong JSON type. */
const typed = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : `must be ${what}`),
});

const text = z.string(typed("a string")).trim().min(1, { message: "must not be empty" });
const note = text.optional();
const slug = z.string(typed("a string")).regex(slugPattern, { message: "must be a lower-case slug such as h100-sxm" });
const positive = z.number(typed("a number")).positive({ message: "must be positive" });
const positiveInt = positive.int({ message: "must be a whole number" });

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** "YYYY-MM-DD", "YYYY-MM" or, where a source gives only the year, "YYYY". */
const asOfPattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
function isValidAsOf(value: string): boolean {
  const m = asOfPattern.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 2000) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  return m[3] === undefined || isRealDate(year, month, Number(m[3]));
}

const asOf = z
  .string(typed("a string"))
  .refine(isValidAsOf, { message: "must be a real date written YYYY-MM-DD, YYYY-MM or YYYY" });
const yearMonth = z
  .string(typed("a string"))
  .refine((v) => /^\d{4}-\d{2}$/.test(v) && isValidAsOf(v), { message: "must be a real month written YYYY-MM" });
const isoDay = z.string(typed("a string")).refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isValidAsOf(v), {
  message: "must be a real date written YYYY-MM-DD",
});

const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain, message: "must be a full https:// URL" });

/** Cross-field checks run only on entries whose fields are all valid, so one typo gives one message. */
const whenFieldsValid = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

export const dataSourceSchema = z.strictObject({ title: text, url: httpsUrl });

// ---------------------------------------------------------------------------------------------------
// gpus.json (§7.1 specs, §7.2 rental ranges)

export const rentalSchema = z
  .strictObject({
    lowUsdPerHour: positive,
    highUsdPerHour: positive,
    asOf,
    source: dataSourceSchema,
    note,
  })
  .superRefine((r, ctx) => {
    if (r.lowUsdPerHour > r.highUsdPerHour) {
      ctx.addIssue({ code: "custom", path: ["highUsdPerHour"], message: "must not be below lowUsdPerHour" });
    }
  }, whenFieldsValid);

export { GPU_PRICE_TIERS, type GpuPriceTierId };
const gpuPriceTierIds = GPU_PRICE_TIERS.map((t) => t.id) as [GpuPriceTierId, ...GpuPriceTierId[]];

/** One dated, sourced $/GPU-hour figure for a pricing tier. */
export const gpuTierPriceSchema = z.strictObject({
  tier: z.enum(gpuPriceTierIds, { message: `must be one of ${gpuPriceTierIds.join(", ")}` }),
  usdPerGpuHour: positive,
  asOf,
  source: dataSourceSchema,
  note,
});

/** Scale-up (NVLink, Infinity Fabric, ICI) and scale-out bandwidth, for expert-parallel all-to-all. */
export const interconnectSchema = z.strictObject({
  /** Scale-up bandwidth per GPU in GB/s, one direction (NVLink 4 on H100: 450). */
  scaleUpGBs: positive,
  /** GPUs that share the scale-up fabric (8 in an HGX node, 72 in a GB200 NVL72 rack). */
  scaleUpDomainGpus: positiveInt,
  /** Scale-out network per GPU in Gb/s (InfiniBand / RoCE NIC, e.g. 400). */
  scaleOutGbps: positive,
  source: dataSourceSchema,
  note,
});

export const gpuSchema = z.strictObject({
  id: slug,
  name: text,
  vendor: text,
  /** Decimal GB, as vendors quote it. */
  memoryGB: positive,
  memoryType: text,
  /** Peak HBM/GDDR bandwidth in GB/s (decimal). */
  bandwidthGBs: positive,
  /** Dense (no sparsity) tensor-core peaks in TFLOPS. */
  bf16DenseTflops: positive,
  fp8DenseTflops: positive.optional(),
  fp4DenseTflops: positive.optional(),
  /** Absent where the vendor publishes none (Google TPUs, AWS Trainium). */
  tdpWatts: positive.optional(),
  /** On-demand $/GPU-hour range across provider tiers. */
  rental: rentalSchema.optional(),
  /** $/GPU-hour by tier; at most one entry per tier. */
  prices: z
    .array(gpuTierPriceSchema)
    .refine((p) => new Set(p.map((x) => x.tier)).size === p.length, { message: "must not list a tier twice" })
    .optional(),
  interconnect: interconnectSchema.optional(),
  source: dataSourceSchema,
  note,
});

// ---------------------------------------------------------------------------------------------------
// models.json (§7.3)

const modelBase = {
  id: slug,
  name: text,
  totalParamsB: positive,
  activeParamsB: positive,
  layers: positiveInt,
  queryHeads: positiveInt,
  /** MoE only: routed experts per layer, and experts each token is routed to. */
  experts: positiveInt.optional(),
  expertsPerToken: positiveInt.optional(),
  /** The domain model's figure; checked against the formula in kvBytesPerTokenFormula(). */
  kvBytesPerTokenBf16: positiveInt,
  /** hidden_size from the model config: the size of a token sent to an expert (expert-parallel all-to-all). */
  hiddenSize: positiveInt.optional(),
  /** The precision the weights are released in (fp8 for DeepSeek-V3, fp4 (MXFP4) for gpt-oss); bf16 when absent. */
  nativePrecision: z.enum(PRECISIONS, { message: `must be one of ${PRECISIONS.join(", ")}` }).optional(),
  /** Layers that attend over a sliding window only: their KV cache stops growing at windowTokens. */
  slidingWindow: z.strictObject({ layers: positiveInt, windowTokens: positiveInt }).optional(),
  /** Price-database ids (`<provider>/<model>`) of hosted APIs serving these weights; checked against the database. */
  servedBy: z
    .array(z.string().regex(/^[a-z0-9_-]+\/\S+$/, { message: "must be <provider>/<model-id>" })) // provider ids such as huggingface_nebius
    .refine((ids) => new Set(ids).size === ids.length, { message: "must not list an id twice" })
    .optional(),
  note,
  source: dataSourceSchema,
};

/** Grouped-query attention; MHA (kvHeads = queryHeads) and MQA (kvHeads = 1) are its special cases. */
const gqaModelSchema = z.strictObject({
  ...modelBase,
  attention: z.literal("gqa"),
  kvHeads: positiveInt,
  headDim: positiveInt,
});

/** Multi-head latent attention (DeepSeek-V2/V3): caches one latent plus a RoPE key per layer. */
const mlaModelSchema = z.strictObject({
  ...modelBase,
  attention: z.literal("mla"),
  mlaLatentDim: positiveInt,
  mlaRopeDim: positiveInt,
});

type ModelShape = z.infer<typeof gqaModelSchema> | z.infer<typeof mlaModelSchema>;

/** KV-cache bytes per token of a dataset model (§4.2), by lib/economics' formula, at `precision` (BF16 by default). */
export function modelKvBytesPerToken(model: ModelShape, precision: Precision = "bf16"): number {
  return model.attention === "gqa"
    ? kvBytesPerToken({ ...model, mlaLatentDim: 0, mlaRopeDim: 0, kvPrecision: precision })
    : kvBytesPerToken({ ...model, kvHeads: 0, headDim: 0, kvPrecision: precision });
}

function describeKvFormula(m: ModelShape): string {
  return m.attention === "gqa"
    ? `2 × ${m.layers} × ${m.kvHeads} × ${m.headDim} × 2`
    : `${m.layers} × (${m.mlaLatentDim} + ${m.mlaRopeDim}) × 2`;
}

export const modelSchema = z
  .discriminatedUnion("attention", [gqaModelSchema, mlaModelSchema], {
    error: (issue) => {
      if ((issue.code as string) === "invalid_type") return "must be an object";
      const input = issue.input;
      const value = input && typeof input === "object" ? (input as { attention?: unknown }).attention : input;
      return value === undefined ? "is required" : 'must be "gqa" or "mla"';
    },
  })
  .superRefine((m, ctx) => {
    if (m.activeParamsB > m.totalParamsB) {
      ctx.addIssue({ code: "custom", path: ["activeParamsB"], message: "must not exceed totalParamsB" });
    }
    const isMoe = m.activeParamsB < m.totalParamsB;
    if (!isMoe && m.experts !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["experts"],
        message: "only for MoE models (activeParamsB < totalParamsB)",
      });
    }
    if (m.expertsPerToken !== undefined) {
      if (m.experts === undefined) {
        ctx.addIssue({ code: "custom", path: ["expertsPerToken"], message: "needs experts as well" });
      } else if (m.expertsPerToken > m.experts) {
        ctx.addIssue({ code: "custom", path: ["expertsPerToken"], message: "must not exceed experts" });
      }
    }
    if (m.attention === "gqa" && m.queryHeads % m.kvHeads !== 0) {
      ctx.addIssue({ code: "custom", path: ["kvHeads"], message: "must divide queryHeads" });
    }
    const expected = modelKvBytesPerToken(m);
    if (m.kvBytesPerTokenBf16 !== expected) {
      ctx.addIssue({
        code: "custom",
        path: ["kvBytesPerTokenBf16"],
        message: `is ${m.kvBytesPerTokenBf16} but the formula gives ${describeKvFormula(m)} = ${expected}`,
      });
    }
  }, whenFieldsValid);

// ---------------------------------------------------------------------------------------------------
// api-prices.json (§7.4), all prices in $ per 1M tokens

export const apiPriceSchema = z
  .strictObject({
    id: slug,
    name: text,
    provider: text,
    /** The same model in @pydantic/genai-prices (`<provider>/<model-id>`), whose current price wins over this one. */
    databaseId: z
      .string()
      .regex(/^[a-z0-9-]+\/\S+$/)
      .optional(),
    inputPerM: positive,
    outputPerM: positive,
    /** Cache read (hit) price. */
    cachedInputPerM: positive.optional(),
    /** Explicit cache write price (Anthropic 5-minute TTL: 1.25 × input). */
    cacheWritePerM: positive.optional(),
    batchInputPerM: positive.optional(),
    batchOutputPerM: positive.optional(),
    asOf,
    source: dataSourceSchema,
    note,
  })
  .superRefine((p, ctx) => {
    if (p.cachedInputPerM !== undefined && p.cachedInputPerM > p.inputPerM) {
      ctx.addIssue({ code: "custom", path: ["cachedInputPerM"], message: "must not exceed inputPerM" });
    }
    if ((p.batchInputPerM === undefined) !== (p.batchOutputPerM === undefined)) {
      const missing = p.batchInputPerM === undefined ? "batchInputPerM" : "batchOutputPerM";
      ctx.addIssue({ code: "custom", path: [missing], message: "is required when the other batch price is given" });
    }
    if (p.batchInputPerM !== undefined && p.batchInputPerM > p.inputPerM) {
      ctx.addIssue({ code: "custom", path: ["batchInputPerM"], message: "must not exceed inputPerM" });
    }
    if (p.batchOutputPerM !== undefined && p.batchOutputPerM > p.outputPerM) {
      ctx.addIssue({ code: "custom", path: ["batchOutputPerM"], message: "must not exceed outputPerM" });
    }
  }, whenFieldsValid);

// ---------------------------------------------------------------------------------------------------
// price-history.json (§7.5)

export const BLEND_TOLERANCE = 0.001;

export const pricePointSchema = z
  .strictObject({
    id: slug,
    model: text,
    provider: text,
    date: yearMonth,
    inputPerM: positive,
    outputPerM: positive,
    blended3to1PerM: positive,
    source: dataSourceSchema,
    note,
  })
  .superRefine((p, ctx) => {
    const expected = blendedPricePerM(p.inputPerM, p.outputPerM);
    if (Math.abs(p.blended3to1PerM - expected) > BLEND_TOLERANCE) {
      ctx.addIssue({
        code: "custom",
        path: ["blended3to1PerM"],
        message: `is ${p.blended3to1PerM} but (3 × ${p.inputPerM} + ${p.outputPerM}) / 4 = ${expected}`,
      });
    }
  }, whenFieldsValid);

// ---------------------------------------------------------------------------------------------------
// fx-rates.json: one day's reference rates, for showing USD costs in other currencies

/** The currencies costs can be shown in; USD is the data's own. */
export const CURRENCIES = ["USD", "EUR", "GBP", "JPY", "CNY", "INR"] as const;
export type Currency = (typeof CURRENCIES)[number];

export const fxRatesSchema = z.strictObject({
  /** The day the rates are for. */
  date: isoDay,
  /**
   * SDR per unit of each currency, as the IMF publishes them: a currency's rate against the US dollar is
   * sdrPerUnit.USD / sdrPerUnit[currency] units per dollar.
   */
  sdrPerUnit: z.strictObject(
    Object.fromEntries(CURRENCIES.map((c) => [c, positive])) as Record<Currency, typeof positive>,
  ),
  source: dataSourceSchema,
  note,
});

// ---------------------------------------------------------------------------------------------------
// meta.json

export const metaSchema = z.strictObject({ asOf: isoDay, note: text });

// ---------------------------------------------------------------------------------------------------
// Types

/** Named apart from lib/content/schema.ts's term `Source`, which also carries an accessed date. */
export type DataSource = z.infer<typeof dataSourceSchema>;
export type Rental = z.infer<typeof rentalSchema>;
export type Gpu = z.infer<typeof gpuSchema>;
export type ModelArch = z.infer<typeof modelSchema>;
export type ApiPrice = z.infer<typeof apiPriceSchema>;
export type PricePoint = z.infer<typeof pricePointSchema>;
export type DatasetsMeta = z.infer<typeof metaSchema>;
export type FxRates = z.infer<typeof fxRatesSchema>;

export type Datasets = {
  gpus: Gpu[];
  models: ModelArch[];
  apiPrices: ApiPrice[];
  priceHistory: PricePoint[];
  fxRates: FxRates;
  meta: DatasetsMeta;
};

/** Hardware ridge point F / BW in FLOP per byte (§3.3), from dense peaks. */
export function ridgePoint(gpu: Gpu, precision: "bf16" | "fp8" | "fp4" = "bf16"): number | undefined {
  const tflops =
    precision === "bf16" ? gpu.bf16DenseTflops : precision === "fp8" ? gpu.fp8DenseTflops : gpu.fp4DenseTflops;
  return tflops === undefined ? undefined : (tflops * 1e12) / (gpu.bandwidthGBs * 1e9);
}
