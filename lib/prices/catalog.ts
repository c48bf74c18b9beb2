// Current API prices for every (provider, model) of the data bundled in @pydantic/genai-prices. Only the
// bundled data is read: updatePrices (a network fetch) is never called. Updating prices = bumping the
// package and PRICES_DATA below; catalog.test.ts fails until both agree.
// Not marked server-only because the newsletter script (plain tsx) quotes prices too, but never import
// it from a client component: it carries the package's whole data set (about 800 kB).
import { calcPrice, waitForUpdate, type ModelInfo, type ModelPrice, type Provider } from "@pydantic/genai-prices";

/**
 * The bundled data carries no date of its own, so its "as of" is the day the package version was
 * published on npm (from `npm view @pydantic/genai-prices time`).
 */
export const PRICES_DATA = { package: "@pydantic/genai-prices", version: "0.1.8", publishedOn: "2026-09-23" } as const;

/** USD per 1M tokens of each token class; absent where the data has no separate price for the class. */
export type ClassPrices = {
  input?: number;
  cacheRead?: number;
  cacheWrite?: number;
  cacheWrite1h?: number;
  output?: number;
  reasoning?: number;
};

export type ModelPrices = {
  base: ClassPrices;
  /**
   * Long-context tier: when a request's input tokens (cached and cache-write tokens included) are strictly
   * more than `aboveInputTokens`, every class is billed at `prices` for the whole request.
   */
  tier?: { aboveInputTokens: number; prices: ClassPrices };
  /** Flat fee per request (a few search-grounded models), USD. */
  requestUsd?: number;
  /** Start of the dated price rule in force, else the package data's date. */
  asOf: string;
};

export type PricedModel = {
  /** `<providerId>/<modelId>`: stable while the package keeps the ids. */
  id: string;
  providerId: string;
  providerName: string;
  modelId: string;
  name: string;
  contextWindow?: number;
  deprecated: boolean;
};

const CLASS_KEYS = {
  input: "input_mtok",
  cacheRead: "cache_read_mtok",
  cacheWrite: "cache_write_mtok",
  cacheWrite1h: "cache_write_1h_mtok",
  output: "output_mtok",
  reasoning: "output_reasoning_mtok",
} as const satisfies Record<keyof ClassPrices, string>;

const providers: Provider[] = (await waitForUpdate()) ?? [];

const entries = new Map<string, { model: PricedModel; info: ModelInfo; provider: Provider; only?: Provider }>();
for (const p of providers) {
  for (const m of p.models) {
    const id = `${p.id}/${m.id}`;
    entries.set(id, {
      info: m,
      provider: p,
      model: {
        id,
        providerId: p.id,
        providerName: p.name,
        modelId: m.id,
        name: m.name ?? m.id,
        ...(m.context_window ? { contextWindow: m.context_window } : {}),
        deprecated: m.deprecated === true,
      },
    });
  }
}

/** Every model of the bundled data, in the package's order. */
export function listModels(): PricedModel[] {
  return [...entries.values()].map((e) => e.model);
}

export function findModel(id: string): PricedModel | undefined {
  return entries.get(id)?.model;
}

/** The price rule of `info` in force at `at`, chosen the way the package chooses it (last matching rule wins). */
function ruleAt(info: ModelInfo, at: Date): { prices: ModelPrice; since?: string } {
  if (!Array.isArray(info.prices)) return { prices: info.prices };
  const seconds =
    at.getUTCHours() * 3600 + at.getUTCMinutes() * 60 + at.getUTCSeconds() + at.getUTCMilliseconds() / 1000;
  for (let i = info.prices.length - 1; i >= 0; i--) {
    const rule = info.prices[i]!;
    const c = rule.constraint;
    if (!c) return { prices: rule.prices };
    if (c.type === "start_date") {
      if (at >= new Date(c.start_date)) return { prices: rule.prices, since: c.start_date };
    } else {
      const start = secondsOfDay(c.start_time);
      const end = secondsOfDay(c.end_time);
      const inside = end < start ? seconds >= start || seconds < end : seconds >= start && seconds < end;
      if (inside) return { prices: rule.prices };
    }
  }
  return { prices: info.prices[0]!.prices };
}

/**
 * The dates on which the database changes a model's price (its start-date rules), oldest first; empty when
 * it has one price. Rules by time of day (off-peak hours) are not changes over time and are left out.
 */
export function priceChangeDates(id: string): string[] {
  const info = entries.get(id)?.info;
  if (!info || !Array.isArray(info.prices)) return [];
  return info.prices.flatMap((r) => (r.constraint?.type === "start_date" ? [r.constraint.start_date] : [])).sort();
}

/**
 * The moment whose prices prose and pickers quote as a model's list price: noon UTC of `at`'s day. A few
 * models are priced by the hour (DeepSeek: cheaper 16:30–00:30 UTC, dearer in Beijing business hours for V4);
 * a figure built at another hour would quote the exception as the price. catalog.test.ts checks that noon
 * always has the rate in force for most of the day.
 */
export function listPriceTime(at: Date): Date {
  const noon = new Date(at);
  noon.setUTCHours(12, 0, 0, 0);
  return noon;
}

/** "16:30:00Z" or "01:00:00+08:00" as seconds after UTC midnight. */
function secondsOfDay(time: string): number {
  const m = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|([+-])(\d{2}):(\d{2}))$/.exec(time);
  if (!m) throw new Error(`${PRICES_DATA.package}: unreadable time of day "${time}"`);
  const local = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  const offset = m[4] === "Z" ? 0 : (m[5] === "+" ? 1 : -1) * (Number(m[6]) * 3600 + Number(m[7]) * 60);
  return (local - offset + 86_400) % 86_400;
}

/**
 * The model's token prices in force at `at`. The package allows several tiers per price; the bundled data
 * has at most one, starting at the same threshold for every class of a model. Anything else throws
 * (naming the model) so a package update that changes this fails the tests instead of mispricing.
 */
export function pricesAt(id: string, at: Date): ModelPrices | undefined {
  const entry = entries.get(id);
  if (!entry) return undefined;
  const { prices, since } = ruleAt(entry.info, at);
  const base: ClassPrices = {};
  const above: ClassPrices = {};
  let threshold: number | undefined;
  for (const [cls, key] of Object.entries(CLASS_KEYS) as [keyof ClassPrices, string][]) {
    const price = prices[key];
    if (price === undefined) continue;
    if (typeof price === "number") {
      base[cls] = price;
      above[cls] = price;
      continue;
    }
    const [tier, ...more] = price.tiers;
    if (!tier || more.length > 0 || (threshold !== undefined && tier.start !== threshold)) {
      throw new Error(`${PRICES_DATA.package}: ${id} has tiers this site does not model (${JSON.stringify(price)})`);
    }
    threshold = tier.start;
    base[cls] = price.base;
    above[cls] = tier.price;
  }
  const requests = prices.requests_kcount;
  if (typeof requests === "object") throw new Error(`${PRICES_DATA.package}: ${id} has a tiered request fee`);
  return {
    base,
    ...(threshold !== undefined ? { tier: { aboveInputTokens: threshold, prices: above } } : {}),
    ...(requests !== undefined ? { requestUsd: requests / 1000 } : {}),
    asOf: since ?? PRICES_DATA.publishedOn,
  };
}

/** Token counts of one request (or an aggregate of requests), as calcPrice takes them. */
export type TokenUsage = {
  /** All input tokens, cached and cache-write tokens included. */
  input: number;
  cached: number;
  write5m: number;
  write1h: number;
  /** Output tokens, reasoning included. */
  output: number;
  reasoning: number;
};

/**
 * The package's own calcPrice for exactly this model at `at`, in USD; undefined for an unknown model or one
 * the data cannot price. calcPrice finds models by its match rules, and a few ids do not match their own
 * rules, so it is handed a provider holding only this model.
 */
export function packagePrice(id: string, u: TokenUsage, at: Date): number | undefined {
  const entry = entries.get(id);
  if (!entry) return undefined;
  entry.only ??= { ...entry.provider, models: [{ ...entry.info, match: { equals: entry.info.id } }] };
  const usage = {
    input_tokens: u.input,
    cache_read_tokens: u.cached,
    cache_write_tokens: u.write5m + u.write1h,
    cache_write_1h_tokens: u.write1h,
    output_tokens: u.output,
    output_reasoning_tokens: u.reasoning,
  };
  try {
    return calcPrice(usage, entry.info.id, { provider: entry.only, timestamp: at })?.total_price;
  } catch {
    return undefined;
  }
}

/**
 * The database id (`<provider>/<model-id>`) for a model as an export names it ("gpt-4o-2024-08-06",
 * "claude-sonnet-4-5-20250929"), by the package's match rules; `providerId` narrows the search.
 */
export function resolveModelName(name: string, providerId?: string): string | undefined {
  if (entries.has(name)) return name;
  if (providerId && entries.has(`${providerId}/${name}`)) return `${providerId}/${name}`;
  try {
    const found = calcPrice({ input_tokens: 0, output_tokens: 0 }, name, providerId ? { providerId } : {});
    const id = found ? `${found.provider.id}/${found.model.id}` : undefined;
    return id && entries.has(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
