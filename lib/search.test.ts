import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContentFiles } from "./content/files";
import { buildGlossary } from "./content/terms";
import { editDistance, normalize, search, type SearchEntry } from "./search";

const { terms } = buildGlossary(readContentFiles("content/terms", path.resolve(import.meta.dirname, "..")));
const entries: SearchEntry[] = terms.map((t) => ({ slug: t.slug, title: t.title, aliases: t.aliases, summary: t.summary }));
const first = (q: string) => search(entries, q)[0]?.slug;

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
    expect(search(entries, "wafer").map((e) => e.slug)).toContain("wafer-scale-engine");
  });

  it("returns nothing for nonsense and for an empty query", () => {
    expect(search(entries, "zzqxv")).toEqual([]);
    expect(search(entries, "   ")).toEqual([]);
  });

  it("normalizes accents and punctuation", () => {
    expect(normalize("Café—Prefill!")).toBe("cafe prefill");
  });
});
