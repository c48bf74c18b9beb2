import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { calculators } from "@/lib/economics";
import { fieldSpecs, inputTerms } from "./fields";

const slugs = new Set(fs.readdirSync(path.resolve(import.meta.dirname, "../../content/terms")).map((n) => n.replace(/\.mdx$/, "")));

describe("fieldSpecs", () => {
  it("derives each input's unit, default and range from the schema", () => {
    const gpuMemory = fieldSpecs(calculators.find((c) => c.id === "gpu-memory")!);
    const fraction = gpuMemory.find((f) => f.name === "memoryFraction")!;
    expect(fraction).toMatchObject({ kind: "number", default: 0.9, max: 1, optional: false });
    expect(gpuMemory.find((f) => f.name === "weightPrecision")).toMatchObject({ kind: "enum", default: "bf16" });
  });

  it("links every input label it can to a glossary term that exists", () => {
    for (const slug of Object.values(inputTerms)) expect(slugs.has(slug), slug).toBe(true);
    for (const c of calculators) {
      for (const f of fieldSpecs(c)) {
        if (f.term) expect(slugs.has(f.term), `${c.id}.${f.name} -> ${f.term}`).toBe(true);
      }
    }
    const unlinked = calculators.flatMap((c) => fieldSpecs(c).filter((f) => !f.term).map((f) => `${c.id}.${f.name}`));
    // Only inputs with no glossary concept of their own stay plain labels.
    expect(unlinked.every((n) => /(requestsPerDay|daysPerMonth|overheadGB|years)$/.test(n)), unlinked.join(", ")).toBe(true);
  });
});
