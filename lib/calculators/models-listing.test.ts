// The /models listing: query validation, filters, sorting, paging, and workload prices equal to calcPrice.
import { describe, expect, it } from "vitest";
import { libraryPrice } from "@/lib/testing/library-price";
import { listModels } from "../prices/catalog";
import {
  listingHref,
  listModelsFor,
  PAGE_SIZE,
  parseListingQuery,
  STANDARD_WORKLOADS,
  workloadPricer,
  type ListingQuery,
} from "./models-listing";

const today = new Date("2026-11-27T12:00:00Z");
const list = (raw: Record<string, string>) => listModelsFor(parseListingQuery(raw).query, today);

describe("parseListingQuery", () => {
  it("names each bad parameter and keeps the good ones", () => {
    const { query, errors } = parseListingQuery({
      provider: "nope",
      q: "llama",
      sort: "price",
      dir: "up",
      page: "0",
      in: "lots",
      out: "-1",
      requests: "1.5",
    });
    expect(errors).toEqual({
      provider: "unknown provider",
      sort: "unknown sort column",
      dir: "must be asc or desc",
      page: "starts at 1",
      in: "must be a number",
      out: "cannot be negative",
      requests: "must be a whole number",
    });
    expect(query).toEqual({ q: "llama", sort: "provider", dir: "asc", page: 1, currency: "USD" });
  });

  it("refuses cache hits beyond the input, an empty request, and a cost sort without a workload", () => {
    expect(parseListingQuery({ in: "1000", out: "10", cached: "1001" }).errors).toEqual({
      cached: "cannot exceed the input tokens",
    });
    expect(parseListingQuery({ in: "0", out: "0" }).errors.out).toContain("at least one");
    expect(parseListingQuery({ sort: "cost" }).errors.sort).toContain("needs a workload");
  });

  it("turns a workload on with in or out, ranks by cost by default, and takes the last of repeated values", () => {
    const { query, errors } = parseListingQuery({ in: "1500", out: ["1", "400"], cached: "" });
    expect(errors).toEqual({});
    expect(query).toEqual({
      sort: "cost",
      dir: "asc",
      page: 1,
      workload: { in: 1500, out: 400, cached: 0, requests: 10_000 },
      currency: "USD",
    });
  });

  it("never throws on junk", () => {
    for (const v of ["", " ", "1e999", "0x10", "NaN", "-0", "__proto__", "1".repeat(400), "😀"]) {
      for (const p of ["provider", "q", "sort", "dir", "page", "in", "out", "cached", "requests"]) {
        expect(() => parseListingQuery({ [p]: v, in: "10" })).not.toThrow();
      }
    }
  });
});

describe("listModelsFor", () => {
  it("lists every model of the package once: current ones on pages, deprecated ones apart", () => {
    const first = list({});
    const all = [...first.deprecated];
    for (let page = 1; page <= first.pages; page++) all.push(...list({ page: String(page) }).rows);
    expect(all).toHaveLength(listModels().length);
    expect(new Set(all.map((r) => r.id)).size).toBe(listModels().length);
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(first.deprecated.every((r) => r.deprecated)).toBe(true);
    expect(list({ page: "999" }).page).toBe(first.pages);
  });

  it("filters by provider and by every word of the text", () => {
    const google = list({ provider: "google" });
    expect(google.total).toBeGreaterThan(0);
    expect([...google.rows, ...google.deprecated].every((r) => r.provider === "google")).toBe(true);
    const llama = list({ q: "llama 70b" });
    expect(llama.rows.map((r) => r.id)).toContain("groq/llama-3.1-70b-versatile");
    expect(llama.rows.every((r) => /llama/i.test(r.id + r.name) && /70b/i.test(r.id + r.name))).toBe(true);
  });

  it("sorts by a price column either way, missing prices last", () => {
    for (const dir of ["asc", "desc"] as const) {
      const rows = list({ sort: "output", dir, provider: "openai" }).rows;
      const priced = rows.filter((r) => r.outputPerM !== null).map((r) => r.outputPerM!);
      expect(priced).toEqual([...priced].sort((a, b) => (dir === "asc" ? a - b : b - a)));
      expect(rows.slice(priced.length).every((r) => r.outputPerM === null)).toBe(true);
    }
  });

  it("ranks a workload cheapest first, each cost equal to calcPrice × requests, models without token prices last", () => {
    const { rows, unpriced } = list({ in: "3000", out: "500", cached: "1000", requests: "20000" });
    const costs = rows.filter((r) => r.cost).map((r) => r.cost!.perMonthUsd);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(unpriced).toBeGreaterThan(0);
    for (const r of rows.slice(0, 10)) {
      expect(
        Math.abs(r.cost!.perMonthUsd - 20_000 * libraryPrice(r.id, { input: 3000, cached: 1000, output: 500 }, today)),
      ).toBeLessThan(1e-6);
    }
  });

  it("prices every model of the database as calcPrice does, long-context tiers included", () => {
    const usages = [
      ...STANDARD_WORKLOADS.map((s) => s.workload),
      { in: 250_000, out: 1_000, cached: 100_000, requests: 1 },
    ];
    let compared = 0;
    for (const w of usages) {
      const price = workloadPricer(w, today);
      for (const m of listModels()) {
        const cost = price(m.id);
        if ("unpriced" in cost) continue;
        const theirs = libraryPrice(m.id, { input: w.in, cached: w.cached, output: w.out }, today);
        expect(Math.abs(cost.perRequestUsd - theirs), `${m.id} ${JSON.stringify(w)}`).toBeLessThan(1e-9);
        compared++;
      }
    }
    // Four workloads over ~1,450 priced models, less those whose context window the 250k request overflows.
    expect(compared).toBeGreaterThan(5_000);
    // GPT-4o's window is 128k tokens: the 250k request is refused, not priced.
    expect(workloadPricer(usages.at(-1)!, today)("openai/gpt-4o")).toEqual({ unpriced: "over its context window" });
    // Gemini 2.5 Pro above 200k: every token at the tier. (150,000 × 2.50 + 100,000 × 0.25 + 1,000 × 15) / 1e6 = $0.415
    expect(
      workloadPricer({ in: 250_000, out: 1_000, cached: 100_000, requests: 1 }, today)("google/gemini-2.5-pro"),
    ).toEqual({
      perRequestUsd: expect.closeTo(0.415, 12),
      perMonthUsd: expect.closeTo(0.415, 12),
      tier: ">200000 input tokens",
    });
  });
});

describe("listingHref", () => {
  it("keeps every other parameter, leaves defaults out, and round-trips", () => {
    const query: ListingQuery = {
      provider: "google",
      q: "pro",
      sort: "output",
      dir: "desc",
      page: 1,
      workload: { in: 10, out: 5, cached: 0, requests: 7 },
      currency: "EUR",
    };
    const href = listingHref(query, { page: 3 });
    expect(href).toBe(
      "/models?provider=google&q=pro&in=10&out=5&cached=0&requests=7&sort=output&dir=desc&page=3&currency=EUR",
    );
    const back = parseListingQuery(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(back.query).toEqual({ ...query, page: 3 });
    expect(listingHref({ sort: "provider", dir: "asc", page: 1, currency: "USD" })).toBe("/models");
  });

  it("refuses a currency it cannot convert to, naming the parameter, and keeps the rest", () => {
    const { query, errors } = parseListingQuery({ currency: "XYZ", provider: "google" });
    expect(errors.currency).toBe("must be one of USD, EUR, GBP, JPY, CNY, INR");
    expect(query).toMatchObject({ provider: "google", currency: "USD" });
  });
});
