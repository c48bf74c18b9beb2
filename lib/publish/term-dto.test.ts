import { describe, expect, it } from "vitest";
import type { Term } from "../content/terms";
import { termMarkdownUrl, toTermDto } from "./term-dto";

const term: Term = {
  slug: "kv-cache",
  file: "content/terms/kv-cache.mdx",
  body: "## Definition\n\nSecret draft notes.",
  title: "KV cache",
  summary: "Stored keys and values.",
  inShort: ["Keys and values are kept.", "They cost memory."],
  category: "costs",
  aliases: ["key-value cache"],
  related: ["decode", "hbm"],
  sources: [{ title: "Paper", url: "https://example.org/p", accessed: "2026-11-27" }],
  updated: "2026-11-27",
};

describe("toTermDto", () => {
  it("returns the public fields with an absolute URL, and neither the body nor the file path", () => {
    expect(toTermDto(term, "https://ie.example")).toEqual({
      title: "KV cache",
      slug: "kv-cache",
      summary: "Stored keys and values.",
      inShort: ["Keys and values are kept.", "They cost memory."],
      category: "costs",
      aliases: ["key-value cache"],
      related: ["decode", "hbm"],
      sources: [{ title: "Paper", url: "https://example.org/p", accessed: "2026-11-27" }],
      updated: "2026-11-27",
      url: "https://ie.example/glossary/kv-cache",
    });
    expect(termMarkdownUrl("https://ie.example", "kv-cache")).toBe("https://ie.example/glossary/kv-cache.md");
  });
});
