// Reference datasets: content/data/*.json (accelerators, model architectures, API prices, price history).
// Figures come from the domain model (§7.1–7.5); every price carries an "as of" date and a source URL.
//
// SERVER ONLY: loadDatasets() reads the files with node:fs, so never import this module from a client
// component ("use client"). Load the data in a server component and pass what the client needs as props.
// parseDatasets() and the helpers are pure (no file system), so the checks are unit-tested on strings.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { GPU_PRICE_TIERS, type GpuPriceTierId } from "@/lib/economics/gpu-price-tiers";
import { PRECISIONS } from "@/lib/economics/precision";
import { oncePerProcess } from "./files";

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
const isoDay = z
  .string(typed("a string"))
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isValidAsOf(v), { message: "must be a real date written YYYY-MM-DD" });

const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain, message: "must be a full https:// URL" });

/** Cross-field checks run only on entries whose fields are all valid, so one typo gives one message. */
const whenFieldsValid = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

export const sourceSchema = z.strictObject({ title: text, url: httpsUrl });

// ---------------------------------------------------------------------------------------------------
// gpus.json (§7.1 specs, §7.2 rental ranges)

export const rentalSchema = z
  .strictObject({
    lowUsdPerHour: positive,
    highUsdPerHour: positive,
    asOf,
    source: sourceSchema,
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
  source: sourceSchema,
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
  source: sourceSchema,
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
  source: sourceSchema,
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
  source: sourceSchema,
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

/** KV-cache bytes per token from the architecture (§4.2), at `bytesPerElement` (2 for BF16/FP16). */
export function kvBytesPerTokenFormula(model: ModelShape, bytesPerElement = 2): number {
  return model.attention === "gqa"
    ? 2 * model.layers * model.kvHeads * model.headDim * bytesPerElement
    : model.layers * (model.mlaLatentDim + model.mlaRopeDim) * bytesPerElement;
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
      ctx.addIssue({ code: "custom", path: ["experts"], message: "only for MoE models (activeParamsB < totalParamsB)" });
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
    const expected = kvBytesPerTokenFormula(m);
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
    databaseId: z.string().regex(/^[a-z0-9-]+\/\S+$/).optional(),
    inputPerM: positive,
    outputPerM: positive,
    /** Cache read (hit) price. */
    cachedInputPerM: positive.optional(),
    /** Explicit cache write price (Anthropic 5-minute TTL: 1.25 × input). */
    cacheWritePerM: positive.optional(),
    batchInputPerM: positive.optional(),
    batchOutputPerM: positive.optional(),
    asOf,
    source: sourceSchema,
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

/**
 * The first month each provider sold cached input and batch prices. A cache or batch price dated earlier is
 * a price nobody could pay, so the check below refuses it (a year-only date counts as its January).
 */
export const priceFeatureStarts: Record<string, Partial<Record<"caching" | "batch", { since: string; source: Source }>>> = {
  OpenAI: {
    caching: { since: "2024-10", source: { title: "OpenAI, Prompt Caching in the API (1 Oct 2024)", url: "https://openai.com/index/api-prompt-caching/" } },
    batch: {
      since: "2024-04",
      source: { title: "openai-node 4.34.0 (15 Apr 2024): add batch API", url: "https://github.com/openai/openai-node/blob/master/CHANGELOG.md" },
    },
  },
  Anthropic: {
    caching: { since: "2024-08", source: { title: "Anthropic, Prompt caching with Claude (14 Aug 2024)", url: "https://www.anthropic.com/news/prompt-caching" } },
    batch: { since: "2024-10", source: { title: "Anthropic, Introducing the Message Batches API (8 Oct 2024)", url: "https://www.anthropic.com/news/message-batches-api" } },
  },
  Google: {
    caching: {
      since: "2024-05",
      source: {
        title: "Google, Gemini 2.5 models now support implicit caching (context caching since May 2024)",
        url: "https://developers.googleblog.com/en/gemini-2-5-models-now-support-implicit-caching/",
      },
    },
    batch: {
      since: "2025-07",
      source: { title: "Google, Batch Mode in the Gemini API (7 Jul 2025)", url: "https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/" },
    },
  },
  DeepSeek: {
    caching: { since: "2024-08", source: { title: "DeepSeek, Context Caching is Available (2 Aug 2024)", url: "https://api-docs.deepseek.com/news/news0802" } },
  },
};

const featureFields = { caching: ["cachedInputPerM", "cacheWritePerM"], batch: ["batchInputPerM", "batchOutputPerM"] } as const;

function pricesBeforeTheirFeature(ds: Datasets): string[] {
  const out: string[] = [];
  ds.apiPrices.forEach((p, i) => {
    const month = p.asOf.length === 4 ? `${p.asOf}-01` : p.asOf.slice(0, 7);
    for (const [feature, fields] of Object.entries(featureFields) as [keyof typeof featureFields, readonly (keyof ApiPrice)[]][]) {
      const start = priceFeatureStarts[p.provider]?.[feature];
      if (!start || month >= start.since) continue;
      for (const field of fields) {
        if (p[field] !== undefined) {
          out.push(`${dataDirRelative}/api-prices.json: ${i}.${field}: dated ${p.asOf}, before ${p.provider} sold ${feature === "caching" ? "prompt caching" : "batch"} prices (${start.since})`);
        }
      }
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------
// price-history.json (§7.5)

/** Blended $/M at an input:output token ratio (§1.4): (ratio·in + out) / (ratio + 1). Default 3:1. */
export function blendedPrice(inputPerM: number, outputPerM: number, ratio = 3): number {
  if (!Number.isFinite(ratio) || ratio < 0) throw new RangeError("ratio must be a finite number ≥ 0");
  return (ratio * inputPerM + outputPerM) / (ratio + 1);
}

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
    source: sourceSchema,
    note,
  })
  .superRefine((p, ctx) => {
    const expected = blendedPrice(p.inputPerM, p.outputPerM);
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
  sdrPerUnit: z.strictObject(Object.fromEntries(CURRENCIES.map((c) => [c, positive])) as Record<Currency, typeof positive>),
  source: sourceSchema,
  note,
});

// ---------------------------------------------------------------------------------------------------
// meta.json

export const metaSchema = z.strictObject({ asOf: isoDay, note: text });

// ---------------------------------------------------------------------------------------------------
// Types

export type Source = z.infer<typeof sourceSchema>;
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

// ---------------------------------------------------------------------------------------------------
// Parsing

export const dataDirRelative = "content/data";

const files = {
  "gpus.json": { key: "gpus", schema: z.array(gpuSchema, { error: "must be a JSON array of GPUs" }) },
  "models.json": { key: "models", schema: z.array(modelSchema, { error: "must be a JSON array of models" }) },
  "api-prices.json": { key: "apiPrices", schema: z.array(apiPriceSchema, { error: "must be a JSON array of prices" }) },
  "price-history.json": {
    key: "priceHistory",
    schema: z.array(pricePointSchema, { error: "must be a JSON array of price points" }),
  },
  "fx-rates.json": { key: "fxRates", schema: fxRatesSchema },
  "meta.json": { key: "meta", schema: metaSchema },
} as const;

export const datasetFileNames = Object.keys(files) as (keyof typeof files)[];

export class DatasetError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `Invalid reference data (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n- ${problems.join("\n- ")}`,
    );
    this.name = "DatasetError";
  }
}

function formatIssues(file: string, issues: z.core.$ZodIssue[]): string[] {
  const out: string[] = [];
  const where = (p: PropertyKey[]) => (p.length ? p.map(String).join(".") : "(root)");
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push(`${file}: ${where([...issue.path, key])}: unknown field`);
    } else {
      out.push(`${file}: ${where(issue.path)}: ${issue.message}`);
    }
  }
  return out;
}

/** Duplicate ids, checked on the raw JSON so they are reported even when other fields are invalid. */
function duplicateIds(file: string, data: unknown): string[] {
  if (!Array.isArray(data)) return [];
  const firstAt = new Map<string, number>();
  const out: string[] = [];
  data.forEach((entry: unknown, i) => {
    const id = entry && typeof entry === "object" ? (entry as { id?: unknown }).id : undefined;
    if (typeof id !== "string") return;
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, i);
    else out.push(`${file}: ${i}.id: duplicate id "${id}" (also at ${first})`);
  });
  return out;
}

/** Every dated entry must not be later than meta.asOf (a date in the future is a typo). */
function datesAfterMeta(ds: Datasets): string[] {
  const limit = ds.meta.asOf;
  const out: string[] = [];
  const check = (file: string, where: string, date: string) => {
    if (date.localeCompare(limit.slice(0, date.length)) > 0) {
      out.push(`${dataDirRelative}/${file}: ${where}: ${date} is after meta.json asOf ${limit}`);
    }
  };
  ds.gpus.forEach((g, i) => {
    if (g.rental) check("gpus.json", `${i}.rental.asOf`, g.rental.asOf);
    g.prices?.forEach((p, j) => check("gpus.json", `${i}.prices.${j}.asOf`, p.asOf));
  });
  ds.apiPrices.forEach((p, i) => check("api-prices.json", `${i}.asOf`, p.asOf));
  ds.priceHistory.forEach((p, i) => check("price-history.json", `${i}.date`, p.date));
  check("fx-rates.json", "date", ds.fxRates.date);
  return out;
}

/**
 * Parses and validates the dataset files. `sources` maps a file name ("gpus.json", or
 * "content/data/gpus.json") to its JSON text. Returns the typed datasets, or throws one DatasetError
 * listing every problem as "content/data/<file>: <path>: <message>".
 */
export function parseDatasets(sources: Record<string, string>): Datasets {
  const problems: string[] = [];
  const byName = new Map<string, string>();
  for (const [name, textValue] of Object.entries(sources)) {
    const base = name.replace(/^.*\//, "");
    if (!(base in files)) {
      problems.push(`${dataDirRelative}/${base}: (file): not a known dataset (expected ${datasetFileNames.join(", ")})`);
    } else byName.set(base, textValue);
  }

  const parsed: Partial<Record<string, unknown>> = {};
  for (const name of datasetFileNames) {
    const file = `${dataDirRelative}/${name}`;
    const source = byName.get(name);
    if (source === undefined) {
      problems.push(`${file}: (file): missing`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch (error) {
      problems.push(`${file}: (root): not valid JSON (${(error as Error).message})`);
      continue;
    }
    const { key, schema } = files[name];
    const result = schema.safeParse(data);
    problems.push(...duplicateIds(file, data));
    if (result.success) parsed[key] = result.data;
    else problems.push(...formatIssues(file, result.error.issues));
  }

  if (problems.length > 0) throw new DatasetError(problems);
  const datasets = parsed as Datasets;
  const late = [...datesAfterMeta(datasets), ...pricesBeforeTheirFeature(datasets)];
  if (late.length > 0) throw new DatasetError(late);
  return datasets;
}

// ---------------------------------------------------------------------------------------------------
// Loading (server only)

/**
 * Reads content/data/*.json under process.cwd() and validates it (throws DatasetError). Memoized like
 * the other content loaders (oncePerProcess): once per production process, once per request in
 * development so an edited file shows on reload.
 */
export const loadDatasets = oncePerProcess((): Datasets => {
  const dir = path.join(process.cwd(), dataDirRelative);
  const sources: Record<string, string> = {};
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith(".json")) sources[name] = fs.readFileSync(path.join(dir, name), "utf8");
  }
  return parseDatasets(sources);
});
