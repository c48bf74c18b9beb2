// Reference datasets, part 2: parsing the files, and the checks across entries and files (duplicate ids,
// dates after meta.asOf, cache and batch prices dated before the provider sold them). Pure (no file
// system), so the checks are unit-tested on strings; lib/content/datasets/load.ts reads the files.
import { z } from "zod";
import {
  apiPriceSchema,
  fxRatesSchema,
  gpuSchema,
  metaSchema,
  modelSchema,
  pricePointSchema,
  type ApiPrice,
  type Datasets,
  type DataSource,
} from "./schemas";

/**
 * The first month each provider sold cached input and batch prices. A cache or batch price dated earlier is
 * a price nobody could pay, so the check below refuses it (a year-only date counts as its January).
 */
export const priceFeatureStarts: Record<
  string,
  Partial<Record<"caching" | "batch", { since: string; source: DataSource }>>
> = {
  OpenAI: {
    caching: {
      since: "2024-10",
      source: {
        title: "OpenAI, Prompt Caching in the API (1 Oct 2024)",
        url: "https://openai.com/index/api-prompt-caching/",
      },
    },
    batch: {
      since: "2024-04",
      source: {
        title: "openai-node 4.34.0 (15 Apr 2024): add batch API",
        url: "https://github.com/openai/openai-node/blob/master/CHANGELOG.md",
      },
    },
  },
  Anthropic: {
    caching: {
      since: "2024-08",
      source: {
        title: "Anthropic, Prompt caching with Claude (14 Aug 2024)",
        url: "https://www.anthropic.com/news/prompt-caching",
      },
    },
    batch: {
      since: "2024-10",
      source: {
        title: "Anthropic, Introducing the Message Batches API (8 Oct 2024)",
        url: "https://www.anthropic.com/news/message-batches-api",
      },
    },
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
      source: {
        title: "Google, Batch Mode in the Gemini API (7 Jul 2025)",
        url: "https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/",
      },
    },
  },
  DeepSeek: {
    caching: {
      since: "2024-08",
      source: {
        title: "DeepSeek, Context Caching is Available (2 Aug 2024)",
        url: "https://api-docs.deepseek.com/news/news0802",
      },
    },
  },
};

const featureFields = {
  caching: ["cachedInputPerM", "cacheWritePerM"],
  batch: ["batchInputPerM", "batchOutputPerM"],
} as const;

function pricesBeforeTheirFeature(ds: Datasets): string[] {
  const out: string[] = [];
  ds.apiPrices.forEach((p, i) => {
    const month = p.asOf.length === 4 ? `${p.asOf}-01` : p.asOf.slice(0, 7);
    for (const [feature, fields] of Object.entries(featureFields) as [
      keyof typeof featureFields,
      readonly (keyof ApiPrice)[],
    ][]) {
      const start = priceFeatureStarts[p.provider]?.[feature];
      if (!start || month >= start.since) continue;
      for (const field of fields) {
        if (p[field] !== undefined) {
          out.push(
            `${dataDirRelative}/api-prices.json: ${i}.${field}: dated ${p.asOf}, before ${p.provider} sold ${feature === "caching" ? "prompt caching" : "batch"} prices (${start.since})`,
          );
        }
      }
    }
  });
  return out;
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
      problems.push(
        `${dataDirRelative}/${base}: (file): not a known dataset (expected ${datasetFileNames.join(", ")})`,
      );
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
