// One flat row per model of the price database, as the JSON API, the CSV download and the /models pages
// show it: the model's own per-1M prices in force at a moment (null where the data has no separate price).
import { loadDatasets } from "@/lib/content/datasets";
import {
  findModel,
  listModels,
  priceChangeDates,
  PRICES_DATA,
  pricesAt,
  type ClassPrices,
  type PricedModel,
} from "./catalog";

export type ModelRow = {
  id: string;
  provider: string;
  providerName: string;
  model: string;
  name: string;
  contextWindow: number | null;
  deprecated: boolean;
  inputPerM: number | null;
  cacheReadPerM: number | null;
  cacheWrite5mPerM: number | null;
  cacheWrite1hPerM: number | null;
  outputPerM: number | null;
  reasoningPerM: number | null;
  tierAboveInputTokens: number | null;
  tierInputPerM: number | null;
  tierCacheReadPerM: number | null;
  tierCacheWrite5mPerM: number | null;
  tierCacheWrite1hPerM: number | null;
  tierOutputPerM: number | null;
  tierReasoningPerM: number | null;
  requestFeeUsd: number | null;
  pricesAsOf: string;
};

/** The columns of the CSV, in order; the JSON rows carry the same keys. */
export const MODEL_COLUMNS = [
  "id",
  "provider",
  "providerName",
  "model",
  "name",
  "contextWindow",
  "deprecated",
  "inputPerM",
  "cacheReadPerM",
  "cacheWrite5mPerM",
  "cacheWrite1hPerM",
  "outputPerM",
  "reasoningPerM",
  "tierAboveInputTokens",
  "tierInputPerM",
  "tierCacheReadPerM",
  "tierCacheWrite5mPerM",
  "tierCacheWrite1hPerM",
  "tierOutputPerM",
  "tierReasoningPerM",
  "requestFeeUsd",
  "pricesAsOf",
] as const satisfies readonly (keyof ModelRow)[];

/** What a reader of the rows needs to know to use them; the API sends it with every answer. */
export const SOURCE = {
  package: PRICES_DATA.package,
  version: PRICES_DATA.version,
  publishedOn: PRICES_DATA.publishedOn,
  units: "USD per 1M tokens (requestFeeUsd: USD per request)",
  notes: [
    "A null cache or reasoning price has no separate price: cache reads and writes are billed as input, 1-hour writes as 5-minute writes, reasoning as output.",
    "Above tierAboveInputTokens input tokens (cached and cache-write tokens included) the whole request is billed at the tier prices.",
    "pricesAsOf is the start of the dated price rule in force, else the date the package version was published.",
  ],
} as const;

const own = (v: number | undefined) => v ?? null;

export function toRow(model: PricedModel, at: Date): ModelRow {
  const { base, tier, requestUsd, asOf } = pricesAt(model.id, at)!;
  const t: ClassPrices = tier?.prices ?? {};
  return {
    id: model.id,
    provider: model.providerId,
    providerName: model.providerName,
    model: model.modelId,
    name: model.name,
    contextWindow: model.contextWindow ?? null,
    deprecated: model.deprecated,
    inputPerM: own(base.input),
    cacheReadPerM: own(base.cacheRead),
    cacheWrite5mPerM: own(base.cacheWrite),
    cacheWrite1hPerM: own(base.cacheWrite1h),
    outputPerM: own(base.output),
    reasoningPerM: own(base.reasoning),
    tierAboveInputTokens: tier?.aboveInputTokens ?? null,
    tierInputPerM: own(t.input),
    tierCacheReadPerM: own(t.cacheRead),
    tierCacheWrite5mPerM: own(t.cacheWrite),
    tierCacheWrite1hPerM: own(t.cacheWrite1h),
    tierOutputPerM: own(t.output),
    tierReasoningPerM: own(t.reasoning),
    requestFeeUsd: own(requestUsd),
    pricesAsOf: asOf,
  };
}

export function modelRows(at: Date): ModelRow[] {
  return listModels().map((m) => toRow(m, at));
}

export function modelRow(id: string, at: Date): ModelRow | undefined {
  const model = findModel(id);
  return model && toRow(model, at);
}

/** The page of a model: each segment of the id URL-encoded, its slashes kept. */
export const modelPath = (id: string) => `/models/${id.split("/").map(encodeURIComponent).join("/")}`;

/**
 * The model id of a `/models/<provider>/<model…>` path's segments. Next.js 16 hands a page's catch-all
 * segments still percent-encoded ("v1%3A0") but generateMetadata and route handlers decoded ("v1:0"),
 * so each segment is decoded here; no model id contains "%", so decoding twice changes nothing.
 */
export function modelIdFromPath(provider: string, model: readonly string[]): string {
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return [provider, ...model].map(decode).join("/");
}

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(value: string | number | boolean | null): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: a header line, CRLF after every record. */
export function toCsv(rows: readonly ModelRow[]): string {
  const lines = [MODEL_COLUMNS.join(","), ...rows.map((r) => MODEL_COLUMNS.map((c) => csvField(r[c])).join(","))];
  return lines.map((l) => `${l}\r\n`).join("");
}

/** Lower-case letters and digits only: "Llama 3.1 70B Instruct" and "llama-3.1-70b-instruct" agree. */
const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

const keysOf = (m: PricedModel) =>
  new Set([normalise(m.modelId.split("/").at(-1)!), normalise(m.name)].filter((k) => k.length > 0));

let index: Map<string, PricedModel[]> | undefined;

/**
 * The same model at other providers: a model whose id (after any vendor prefix such as "meta-llama/") or
 * name normalises to the same letters and digits as this one's.
 */
export function sameModelElsewhere(id: string): PricedModel[] {
  const model = findModel(id);
  if (!model) return [];
  if (!index) {
    index = new Map();
    for (const m of listModels()) for (const k of keysOf(m)) index.set(k, [...(index.get(k) ?? []), m]);
  }
  const found = new Map<string, PricedModel>();
  for (const k of keysOf(model))
    for (const m of index.get(k) ?? []) if (m.providerId !== model.providerId) found.set(m.id, m);
  return [...found.values()];
}

/** One dated price of a model: from the database's own rules, or a historical point of api-prices.json. */
export type PricePoint = {
  /** "YYYY-MM-DD" or "YYYY-MM"; null for the database's first rule, whose start it does not record. */
  from: string | null;
  /** For the database's first rule: the date the next rule takes over, or null when it is still in force. */
  until?: string | null;
  inputPerM: number | null;
  outputPerM: number | null;
  cacheReadPerM: number | null;
  /** The long-context tier of the rule, when it has one: its threshold and per-1M input and output prices. */
  tier: { aboveInputTokens: number; inputPerM: number | null; outputPerM: number | null } | null;
  source: { title: string; url: string | null };
};

/** What we know of a model's price over time, oldest first: our dated points, then the database's rules. */
export function priceHistory(id: string): PricePoint[] {
  if (!findModel(id)) return [];
  const database = { title: `${SOURCE.package} ${SOURCE.version}`, url: null };
  const changes = priceChangeDates(id);
  const fromDatabase: PricePoint[] = [null, ...changes].map((from, i) => {
    // The first rule is in force until the first change: price it the day before.
    const at = from ? new Date(from) : new Date(new Date(changes[0] ?? SOURCE.publishedOn).getTime() - 86_400_000);
    const { base: p, tier } = pricesAt(id, at)!;
    return {
      from: i === 0 ? null : from,
      ...(i === 0 ? { until: changes[0] ?? null } : {}),
      inputPerM: p.input ?? null,
      outputPerM: p.output ?? null,
      cacheReadPerM: p.cacheRead ?? null,
      tier: tier
        ? {
            aboveInputTokens: tier.aboveInputTokens,
            inputPerM: tier.prices.input ?? null,
            outputPerM: tier.prices.output ?? null,
          }
        : null,
      source: database,
    };
  });
  const ours: PricePoint[] = loadDatasets()
    .apiPrices.filter((p) => p.databaseId === id)
    .map((p) => ({
      from: p.asOf,
      inputPerM: p.inputPerM,
      outputPerM: p.outputPerM,
      cacheReadPerM: p.cachedInputPerM ?? null,
      tier: null,
      source: p.source,
    }));
  return [...ours.sort((a, b) => a.from!.localeCompare(b.from!)), ...fromDatabase];
}
