import { describe, expect, it } from "vitest";
import { readContentFiles } from "./content/files";
import { buildGlossary } from "./content/terms";
import { calculators } from "./economics";
import { listModels } from "./prices/catalog";
import { editDistance, normalize, search, type SearchEntry } from "./search";
import { buildSearchIndex } from "./search-index";

const { terms } = buildGlossary(readContentFiles("content/terms"));
const entries: SearchEntry[] = terms.map((t) => ({
  kind: "term",
  href: `/glossary/${t.slug}`,
  title: t.title,
  aliases: t.aliases,
  summary: t.summary,
}));
const first = (q: string) => search(entries, q)[0]?.href.replace("/glossary/", "");

describe("editDistance", () => {
  it("counts edits and adjacent swaps", () => {
    expect(editDistance("cache", "cache")).toBe(0);
    expect(editDistance("cahce", "cache")).toBe(1); // swap
    expect(editDistance("quantisation", "quantization")).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2); // stops above max
  });
});

describe("search over the real glossary", () => {
  it("finds terms by acronym and alias", () => {
    expect(first("ttft")).toBe("ttft");
    expect(first("TTFT")).toBe("ttft");
    expect(first("kv cache")).toBe("kv-cache");
    expect(first("MoE")).toBe("mixture-of-experts");
  });

  it("tolerates typos", () => {
    expect(first("quantisation")).toBe("quantization");
    expect(first("specualtive decoding")).toBe("speculative-decoding");
    expect(first("hyperscalr")).toBe("hyperscaler");
  });

  it("matches words of a summary when no title matches", () => {
    expect(search(entries, "wafer").map((e) => e.href)).toContain("/glossary/wafer-scale-engine");
  });

  it("returns nothing for nonsense and for an empty query", () => {
    expect(search(entries, "zzqxv")).toEqual([]);
    expect(search(entries, "   ")).toEqual([]);
  });

  it("normalizes accents and punctuation", () => {
    expect(normalize("Café—Prefill!")).toBe("cafe prefill");
  });
});

describe("search over the whole site's index", () => {
  const index = buildSearchIndex();
  const hrefs = (q: string) => search(index, q).map((e) => e.href);

  it("holds every term, calculator, model of the price database and newsletter issue once", () => {
    expect(index.filter((e) => e.kind === "term")).toHaveLength(terms.length);
    expect(index.filter((e) => e.kind === "calculator")).toHaveLength(calculators.length);
    expect(index.filter((e) => e.kind === "model")).toHaveLength(listModels().length);
    expect(new Set(index.map((e) => e.href)).size).toBe(index.length);
  });

  it("finds models by name and alias and opens their price page", () => {
    const llama = search(index, "llama 70b");
    expect(llama.length).toBeGreaterThan(0);
    for (const e of llama) expect(e.kind === "model" && /llama/i.test(e.title) && /70b/i.test(e.title)).toBe(true);
    const opus = search(index, "opus");
    expect(opus[0]?.kind).toBe("model");
    expect(opus[0]?.title).toMatch(/opus/i);
    expect(opus[0]?.href).toMatch(/^\/models\/[^/]+\//);
  });

  it("finds calculators by what they compute, terms still first for their own names", () => {
    expect(hrefs("memory")).toContain("/calculators/gpu-memory");
    expect(hrefs("calculator").every((h) => h.startsWith("/calculators/"))).toBe(true);
    expect(hrefs("ttft")[0]).toBe("/glossary/ttft");
    expect(hrefs("kv cache")[0]).toBe("/glossary/kv-cache");
  });
});
