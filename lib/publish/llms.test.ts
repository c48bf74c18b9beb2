import { describe, expect, it } from "vitest";
import { buildLlmsTxt } from "./llms";

describe("buildLlmsTxt", () => {
  const text = buildLlmsTxt({
    siteUrl: "https://ie.example",
    terms: [{ slug: "kv-cache", title: "KV cache", summary: "Stored keys and values." }],
    calculators: [{ id: "gpu-memory", title: "GPU memory", description: "How much memory a model needs." }],
    issues: [{ slug: "issue-1", title: "Issue 1", summary: "Five numbers.", date: "2026-11-27" }],
  });

  it("follows the llms.txt layout: title, blockquote summary, then H2 sections of link lists", () => {
    const lines = text.split("\n");
    expect(lines[0]).toBe("# Inference Economics");
    expect(lines[2]).toMatch(/^> \S/);
    expect(lines.filter((l) => l.startsWith("#"))).toEqual([
      "# Inference Economics",
      "## Glossary",
      "## Calculators",
      "## Newsletter",
    ]);
  });

  it("links each term's Markdown version and each calculator's page and API, all absolute", () => {
    expect(text).toContain("- [KV cache](https://ie.example/glossary/kv-cache.md): Stored keys and values.\n");
    expect(text).toContain(
      "- [GPU memory](https://ie.example/calculators/gpu-memory): How much memory a model needs. JSON API: https://ie.example/api/v1/calculators/gpu-memory\n",
    );
    expect(text).toContain("- [Issue 1](https://ie.example/newsletter/issue-1) (2026-11-27): Five numbers.\n");
    expect(text).not.toMatch(/\]\(\//);
  });
});
