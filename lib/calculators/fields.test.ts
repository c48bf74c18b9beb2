import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { calculators } from "@/lib/economics";
import { fieldApplies, fieldSpecs } from "./fields";

const slugs = new Set(
  fs.readdirSync(path.resolve(import.meta.dirname, "../../content/terms")).map((n) => n.replace(/\.mdx$/, "")),
);

describe("fieldSpecs", () => {
  it("derives each input's unit, default and range from the schema", () => {
    const gpuMemory = fieldSpecs(calculators.find((c) => c.id === "gpu-memory")!);
    const fraction = gpuMemory.find((f) => f.name === "memoryFraction")!;
    expect(fraction).toMatchObject({ kind: "number", default: 0.9, max: 1, optional: false });
    expect(gpuMemory.find((f) => f.name === "weightPrecision")).toMatchObject({ kind: "enum", default: "bf16" });
  });

  it("marks the MLA fields as applying under mla only and the head fields under gqa only", () => {
    for (const id of ["gpu-memory", "decode-throughput"]) {
      const specs = fieldSpecs(calculators.find((c) => c.id === id)!);
      const shown = (attention: string) => specs.filter((f) => fieldApplies(f, { attention })).map((f) => f.name);
      expect(shown("gqa"), id).toEqual(expect.arrayContaining(["kvHeads", "headDim", "layers"]));
      expect(shown("gqa"), id).not.toEqual(expect.arrayContaining(["mlaLatentDim"]));
      expect(
        shown("gqa").some((n) => n.startsWith("mla")),
        id,
      ).toBe(false);
      expect(shown("mla"), id).toEqual(expect.arrayContaining(["mlaLatentDim", "mlaRopeDim", "layers"]));
      expect(
        shown("mla").some((n) => n === "kvHeads" || n === "headDim"),
        id,
      ).toBe(false);
    }
  });

  it("links every input label it can to a glossary term that exists", () => {
    for (const c of calculators) {
      for (const f of fieldSpecs(c)) {
        if (f.term) expect(slugs.has(f.term), `${c.id}.${f.name} -> ${f.term}`).toBe(true);
      }
    }
    const unlinked = calculators.flatMap((c) =>
      fieldSpecs(c)
        .filter((f) => !f.term)
        .map((f) => `${c.id}.${f.name}`),
    );
    // Only inputs with no glossary concept of their own stay plain labels.
    expect(
      unlinked.every((n) => /(requestsPerDay|daysPerMonth|overheadGB|years)$/.test(n)),
      unlinked.join(", "),
    ).toBe(true);
  });

  it("takes an input's term link from the input's own definition, the same name linking alike in every calculator", () => {
    // One source per link: a field's term is its schema's, so two calculators sharing an input name agree
    // unless a definition says otherwise on purpose (none does today).
    const byName = new Map<string, Set<string>>();
    for (const c of calculators) {
      for (const f of fieldSpecs(c)) if (f.term) byName.set(f.name, (byName.get(f.name) ?? new Set()).add(f.term));
    }
    const split = [...byName]
      .filter(([, terms]) => terms.size > 1)
      .map(([name, terms]) => `${name}: ${[...terms].join(", ")}`);
    expect(split).toEqual([]);
    // Worked examples: the planner's shared fields link where gpu-memory's and api-cost's do.
    const term = (id: string, name: string) =>
      fieldSpecs(calculators.find((c) => c.id === id)!).find((f) => f.name === name)?.term;
    expect(term("deployment", "kvHeads")).toBe("grouped-query-attention");
    expect(term("gpu-memory", "kvHeads")).toBe("grouped-query-attention");
    expect(term("api-cost", "cachedInputTokens")).toBe("prompt-caching");
    expect(term("margin", "pricePerM")).toBe("token-pricing");
  });
});
