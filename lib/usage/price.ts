// Prices usage rows at the prices in force on each row's date (the package's calcPrice with the row's
// timestamp), and sums them by day, model and token kind, with what caching saved and what the same usage
// would cost on another model. Rows the database cannot price are listed with the reason, never dropped.
import { findModel, packagePrice, resolveModelName, type TokenUsage } from "@/lib/prices/catalog";
import type { UsageRow } from "./parse";

export type PricedRow = UsageRow & {
  /** The price-database model the row was priced as. */
  modelId?: string;
  costUsd?: number;
  /** The same tokens with no cache reads or writes (all as plain input). */
  noCacheCostUsd?: number;
  compareCostUsd?: number;
  /** Why the row has no price. */
  unpriced?: string;
};

type Totals = { costUsd: number; noCacheCostUsd: number; rows: number; input: number; output: number };
const emptyTotals = (): Totals => ({ costUsd: 0, noCacheCostUsd: 0, rows: 0, input: 0, output: 0 });

export type UsageSummary = {
  rows: number;
  pricedRows: number;
  costUsd: number;
  noCacheCostUsd: number;
  /** What caching saved against the same tokens billed as plain input, as a share of that; null with nothing priced. */
  cachingSavedUsd: number;
  cachingSavedShare: number | null;
  byDay: ({ day: string } & Totals)[];
  byModel: ({ model: string; modelId?: string } & Totals)[];
  /** Tokens of each kind over the priced rows. */
  tokens: {
    uncachedInput: number;
    cachedInput: number;
    cacheWrite5m: number;
    cacheWrite1h: number;
    output: number;
    reasoning: number;
  };
  unpriced: { line: number; model: string; reason: string }[];
  compare?: { modelId: string; name: string; costUsd: number; pricedRows: number; unpricedRows: number };
};

const usageOf = (r: UsageRow): TokenUsage => ({
  input: r.input,
  cached: r.cached,
  write5m: r.write5m,
  write1h: r.write1h,
  output: r.output,
  reasoning: r.reasoning,
});
const noCache = (u: TokenUsage): TokenUsage => ({ ...u, cached: 0, write5m: 0, write1h: 0 });

/** Prices every row; `compare` is a database id to price the same usage on. */
export function priceUsage(rows: UsageRow[], compare?: string): { rows: PricedRow[]; summary: UsageSummary } {
  const resolved = new Map<string, string | undefined>();
  const modelIdOf = (r: UsageRow) => {
    const key = `${r.provider ?? ""}\u0000${r.model}`;
    if (!resolved.has(key)) resolved.set(key, resolveModelName(r.model, r.provider));
    return resolved.get(key);
  };
  const priced: PricedRow[] = rows.map((r) => {
    if (!r.model) return { ...r, unpriced: "the export names no model (group it by model)" };
    const modelId = modelIdOf(r);
    if (!modelId) return { ...r, unpriced: `"${r.model}" is not in the price database` };
    const u = usageOf(r);
    const costUsd = packagePrice(modelId, u, r.timestamp);
    if (costUsd === undefined)
      return { ...r, modelId, unpriced: `no price for ${modelId} on ${r.timestamp.toISOString().slice(0, 10)}` };
    const compareCostUsd = compare ? packagePrice(compare, u, r.timestamp) : undefined;
    // Without cache tokens the no-cache price is the price itself: one calcPrice call fewer per row.
    const noCacheCostUsd =
      u.cached + u.write5m + u.write1h === 0 ? costUsd : (packagePrice(modelId, noCache(u), r.timestamp) ?? costUsd);
    return { ...r, modelId, costUsd, noCacheCostUsd, ...(compareCostUsd !== undefined ? { compareCostUsd } : {}) };
  });
  return { rows: priced, summary: summarise(priced, compare) };
}

function add(t: Totals, r: PricedRow) {
  t.costUsd += r.costUsd!;
  t.noCacheCostUsd += r.noCacheCostUsd!;
  t.rows++;
  t.input += r.input;
  t.output += r.output;
}

export function summarise(rows: PricedRow[], compare?: string): UsageSummary {
  const byDay = new Map<string, Totals>();
  const byModel = new Map<string, { modelId?: string } & Totals>();
  const tokens = { uncachedInput: 0, cachedInput: 0, cacheWrite5m: 0, cacheWrite1h: 0, output: 0, reasoning: 0 };
  const all = emptyTotals();
  const unpriced: UsageSummary["unpriced"] = [];
  let compareCost = 0;
  let compareRows = 0;
  for (const r of rows) {
    if (r.costUsd === undefined) {
      unpriced.push({ line: r.line, model: r.model, reason: r.unpriced ?? "not priced" });
      continue;
    }
    add(all, r);
    const day = r.timestamp.toISOString().slice(0, 10);
    if (!byDay.has(day)) byDay.set(day, emptyTotals());
    add(byDay.get(day)!, r);
    const key = r.modelId!;
    if (!byModel.has(key)) byModel.set(key, { modelId: r.modelId, ...emptyTotals() });
    add(byModel.get(key)!, r);
    tokens.uncachedInput += r.input - r.cached - r.write5m - r.write1h;
    tokens.cachedInput += r.cached;
    tokens.cacheWrite5m += r.write5m;
    tokens.cacheWrite1h += r.write1h;
    tokens.output += r.output;
    tokens.reasoning += r.reasoning;
    if (r.compareCostUsd !== undefined) {
      compareCost += r.compareCostUsd;
      compareRows++;
    }
  }
  const compareModel = compare ? findModel(compare) : undefined;
  return {
    rows: rows.length,
    pricedRows: all.rows,
    costUsd: all.costUsd,
    noCacheCostUsd: all.noCacheCostUsd,
    cachingSavedUsd: all.noCacheCostUsd - all.costUsd,
    cachingSavedShare: all.noCacheCostUsd > 0 ? (all.noCacheCostUsd - all.costUsd) / all.noCacheCostUsd : null,
    byDay: [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, t]) => ({ day, ...t })),
    byModel: [...byModel.entries()]
      .sort(([, a], [, b]) => b.costUsd - a.costUsd)
      .map(([model, t]) => ({ model, ...t })),
    tokens,
    unpriced,
    ...(compareModel
      ? {
          compare: {
            modelId: compareModel.id,
            name: `${compareModel.name} (${compareModel.providerName})`,
            costUsd: compareCost,
            pricedRows: compareRows,
            unpricedRows: all.rows - compareRows,
          },
        }
      : {}),
  };
}

const CSV_COLUMNS = [
  "line",
  "timestamp",
  "model",
  "database_model",
  "input_tokens",
  "cached_input_tokens",
  "cache_write_tokens",
  "cache_write_1h_tokens",
  "output_tokens",
  "reasoning_tokens",
  "requests",
  "cost_usd",
  "no_cache_cost_usd",
  "compare_cost_usd",
  "unpriced_reason",
] as const;

const csvField = (v: string | number | undefined) => {
  if (v === undefined) return "";
  const s = String(v);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The priced rows as CSV, one line per input row (unpriced rows too, with the reason); readable back by parse.ts. */
export function* pricedCsv(rows: PricedRow[]): Generator<string> {
  yield `${CSV_COLUMNS.join(",")}\n`;
  for (const r of rows) {
    yield `${[
      r.line,
      r.timestamp.toISOString(),
      r.model,
      r.modelId,
      r.input,
      r.cached,
      r.write5m,
      r.write1h,
      r.output,
      r.reasoning,
      r.requests,
      r.costUsd,
      r.noCacheCostUsd,
      r.compareCostUsd,
      r.unpriced,
    ]
      .map(csvField)
      .join(",")}\n`;
  }
}
