// The /models table: filter, sort, paginate, and price a reader's workload on every model with the
// api-cost calculator (so long-context tiers and cache prices apply exactly as in the calculator).
import { z } from "zod";
import { apiCostValues } from "@/lib/calculators/model-prices";
import { apiCost } from "@/lib/economics";
import { parseInput } from "@/lib/economics/calculator";
import { parseDecimal } from "@/lib/economics/fields";
import { findModel, listModels, pricesAt } from "../prices/catalog";
import { CURRENCIES, type Currency } from "../prices/currency";
import { toRow, type ModelRow } from "../prices/model-rows";

export const PAGE_SIZE = 100;
const MAX_TOKENS = 10_000_000;

/** A monthly workload: tokens of one request, and how many requests a month. */
export type Workload = { in: number; out: number; cached: number; requests: number };

/** The three workloads every model page prices; stated on the page. */
export const STANDARD_WORKLOADS = [
  {
    id: "chat",
    label: "Chat",
    description: "1,500 input tokens, 400 output tokens",
    workload: { in: 1_500, out: 400, cached: 0, requests: 1 },
  },
  {
    id: "rag",
    label: "RAG with a long prompt",
    description: "30,000 input tokens of retrieved context, 500 output tokens",
    workload: { in: 30_000, out: 500, cached: 0, requests: 1 },
  },
  {
    id: "agent",
    label: "Agent with heavy cache reads",
    description: "60,000 input tokens of which 50,000 are cache hits, 1,000 output tokens",
    workload: { in: 60_000, out: 1_000, cached: 50_000, requests: 1 },
  },
] as const satisfies readonly { id: string; label: string; description: string; workload: Workload }[];

export type WorkloadCost = { perRequestUsd: number; perMonthUsd: number; tier: string };

/** Why a model gets no cost for a workload, in words for the page. */
export type Unpriced = { unpriced: string };

/**
 * Prices `workload` on models at `at` with the api-cost calculator: its schema checks the workload with
 * each model's context window (a request that does not fit is refused, not priced), then its compute runs
 * with the model's prices. A model gets no cost when it has no token price for a class the workload uses
 * (image, audio or subscription-only models), so it is never ranked as free.
 */
export function workloadPricer(workload: Workload, at: Date): (id: string) => WorkloadCost | Unpriced {
  const tokens = { inputTokens: workload.in, cachedInputTokens: workload.cached, outputTokens: workload.out };
  if (!parseInput(apiCost, tokens).ok) throw new Error(`api-cost refused the workload ${JSON.stringify(tokens)}`);
  return (id) => {
    const prices = pricesAt(id, at);
    if (
      !prices ||
      (workload.in > 0 && prices.base.input === undefined) ||
      (workload.out > 0 && prices.base.output === undefined)
    ) {
      return { unpriced: "no token price" };
    }
    const parsed = parseInput(apiCost, { ...tokens, contextWindowTokens: findModel(id)?.contextWindow });
    if (!parsed.ok) return { unpriced: "over its context window" };
    // Blank ("") values in apiCostValues mean absent, as parseInput reads them.
    const modelPrices = Object.fromEntries(Object.entries(apiCostValues(prices)).filter(([, v]) => v !== ""));
    const outputs = apiCost.compute({ ...parsed.value, ...modelPrices });
    return {
      perRequestUsd: outputs.costPerRequestUsd,
      perMonthUsd: outputs.costPerRequestUsd * workload.requests,
      tier: outputs.tier,
    };
  };
}

export const SORTS = {
  provider: "Provider",
  model: "Model",
  context: "Context window",
  input: "Input price",
  cached: "Cached-input price",
  write: "Cache-write price",
  output: "Output price",
  tier: "Tier threshold",
  cost: "Cost for the workload",
} as const;
export type SortKey = keyof typeof SORTS;

const sortValue: Record<SortKey, (r: ListedRow) => number | string | null> = {
  provider: (r) => r.providerName.toLowerCase(),
  model: (r) => r.name.toLowerCase(),
  context: (r) => r.contextWindow,
  input: (r) => r.inputPerM,
  cached: (r) => r.cacheReadPerM,
  write: (r) => r.cacheWrite5mPerM,
  output: (r) => r.outputPerM,
  tier: (r) => r.tierAboveInputTokens,
  cost: (r) => r.cost?.perRequestUsd ?? null,
};

const count = (max: number, what: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (parseDecimal(v) ?? v) : v),
    z
      .number({ error: "must be a number" })
      .int({ error: "must be a whole number" })
      .min(0, { error: "cannot be negative" })
      .max(max, { error: `at most ${max.toLocaleString("en-US")} ${what}` }),
  );

function querySchema(providers: ReadonlySet<string>) {
  return z
    .object({
      provider: z
        .string()
        .refine((p) => providers.has(p), { error: "unknown provider" })
        .optional(),
      q: z.string().max(100, { error: "at most 100 characters" }).optional(),
      sort: z.enum(Object.keys(SORTS) as [SortKey, ...SortKey[]], { error: "unknown sort column" }).optional(),
      dir: z.enum(["asc", "desc"], { error: "must be asc or desc" }).optional(),
      page: z
        .preprocess(
          (v) => (typeof v === "string" ? (parseDecimal(v) ?? v) : v),
          z
            .number({ error: "must be a number" })
            .int({ error: "must be a whole number" })
            .min(1, { error: "starts at 1" }),
        )
        .optional(),
      in: count(MAX_TOKENS, "tokens").optional(),
      out: count(MAX_TOKENS, "tokens").optional(),
      cached: count(MAX_TOKENS, "tokens").optional(),
      requests: count(1_000_000_000, "requests").optional(),
      currency: z.enum(CURRENCIES, { error: `must be one of ${CURRENCIES.join(", ")}` }).optional(),
    })
    .superRefine((v, ctx) => {
      if (v.cached !== undefined && v.cached > (v.in ?? 0))
        ctx.addIssue({ code: "custom", path: ["cached"], message: "cannot exceed the input tokens" });
      if ((v.in !== undefined || v.out !== undefined) && (v.in ?? 0) + (v.out ?? 0) === 0) {
        ctx.addIssue({
          code: "custom",
          path: [v.out === undefined ? "in" : "out"],
          message: "a request needs at least one input or output token",
        });
      }
    });
}

export type ListingQuery = {
  provider?: string;
  q?: string;
  sort: SortKey;
  dir: "asc" | "desc";
  page: number;
  workload?: Workload;
  /** What costs and prices are shown in; USD unless asked. */
  currency: Currency;
};

export const QUERY_PARAMS = [
  "provider",
  "q",
  "sort",
  "dir",
  "page",
  "in",
  "out",
  "cached",
  "requests",
  "currency",
] as const;
type Param = (typeof QUERY_PARAMS)[number];

/** Requests a month when a workload gives none. */
export const DEFAULT_REQUESTS = 10_000;

/**
 * The listing query of a URL's search params. A bad value is reported under its parameter's name and
 * left out (the rest of the query still applies). A workload is on once `in` or `out` is given.
 */
export function parseListingQuery(raw: Record<string, string | string[] | undefined>): {
  query: ListingQuery;
  errors: Partial<Record<Param, string>>;
} {
  const values: Record<string, string> = {};
  for (const p of QUERY_PARAMS) {
    const v = raw[p];
    const last = Array.isArray(v) ? v.at(-1) : v;
    if (last !== undefined && last.trim() !== "") values[p] = last.trim();
  }
  const schema = querySchema(new Set(listModels().map((m) => m.providerId)));
  const errors: Partial<Record<Param, string>> = {};
  let parsed = schema.safeParse(values);
  while (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const param = String(issue.path[0]) as Param;
    if (!(param in values)) throw new Error(`listing query: issue on an absent parameter ${param}`);
    errors[param] ??= issue.message;
    delete values[param];
    parsed = schema.safeParse(values);
  }
  const v = parsed.data;
  const workload: Workload | undefined =
    v.in !== undefined || v.out !== undefined
      ? { in: v.in ?? 0, out: v.out ?? 0, cached: v.cached ?? 0, requests: v.requests ?? DEFAULT_REQUESTS }
      : undefined;
  const sort = v.sort === "cost" && !workload ? undefined : v.sort;
  if (v.sort === "cost" && !workload) errors.sort = "needs a workload (input and output tokens)";
  return {
    query: {
      ...(v.provider ? { provider: v.provider } : {}),
      ...(v.q ? { q: v.q } : {}),
      sort: sort ?? (workload ? "cost" : "provider"),
      dir: v.dir ?? "asc",
      page: v.page ?? 1,
      ...(workload ? { workload } : {}),
      currency: v.currency ?? "USD",
    },
    errors,
  };
}

export type ListedRow = ModelRow & { cost?: WorkloadCost };

export type Listing = {
  /** Current models of the chosen page, after filter and sort. */
  rows: ListedRow[];
  /** Current models after the filter (all pages). */
  total: number;
  page: number;
  pages: number;
  /** Deprecated models after the filter and sort, on one list. */
  deprecated: ListedRow[];
  /** Models without a token price the workload needs, left out of the ranking. */
  unpriced: number;
};

/** Missing values sort last in either direction; ties keep the package's order. */
function compare(key: SortKey, dir: "asc" | "desc") {
  const value = sortValue[key];
  const sign = dir === "asc" ? 1 : -1;
  return (a: ListedRow, b: ListedRow) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (typeof x === "string" ? x.localeCompare(y as string) : x - (y as number));
  };
}

export function listModelsFor(query: ListingQuery, at: Date): Listing {
  const words = (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const matching = listModels().filter((m) => {
    if (query.provider && m.providerId !== query.provider) return false;
    const text = `${m.id} ${m.name} ${m.providerName}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const price = query.workload && workloadPricer(query.workload, at);
  const rows: ListedRow[] = matching.map((m) => {
    const row = toRow(m, at);
    const cost = price && price(m.id);
    return cost && "perRequestUsd" in cost ? { ...row, cost } : row;
  });
  rows.sort(compare(query.sort, query.dir));
  const current = rows.filter((r) => !r.deprecated);
  const pages = Math.max(1, Math.ceil(current.length / PAGE_SIZE));
  const page = Math.min(query.page, pages);
  return {
    rows: current.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: current.length,
    page,
    pages,
    deprecated: rows.filter((r) => r.deprecated),
    unpriced: query.workload ? rows.filter((r) => !r.cost).length : 0,
  };
}

/** The /models URL of a query, with `change` applied; defaults are left out so links stay short. */
export function listingHref(query: ListingQuery, change: Partial<ListingQuery> = {}): string {
  const q = { ...query, ...change };
  const params = new URLSearchParams();
  if (q.provider) params.set("provider", q.provider);
  if (q.q) params.set("q", q.q);
  if (q.workload) {
    params.set("in", String(q.workload.in));
    params.set("out", String(q.workload.out));
    params.set("cached", String(q.workload.cached));
    params.set("requests", String(q.workload.requests));
  }
  if (q.sort !== (q.workload ? "cost" : "provider")) params.set("sort", q.sort);
  if (q.dir !== "asc") params.set("dir", q.dir);
  if (q.page > 1) params.set("page", String(q.page));
  if (q.currency !== "USD") params.set("currency", q.currency);
  const s = params.toString();
  return s ? `/models?${s}` : "/models";
}
