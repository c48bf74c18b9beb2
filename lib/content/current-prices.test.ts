// No term page shows a current API price as literal text: it reads it from the price database with <Price>,
// or says when the price was listed. The rule is in current-prices.ts.
import { describe, expect, it } from "vitest";
import { currentPrice } from "@/lib/calculators/model-prices";
import { listModels } from "@/lib/prices/catalog";
import { hardCodedCurrentPrices, modelNameIndex, sentencesOf } from "./current-prices";
import { loadDatasets } from "./datasets";
import { getGlossary } from "./load";

const index = modelNameIndex(listModels().flatMap((m) => [m.name, m.modelId]));
const flagged = (body: string) => hardCodedCurrentPrices(body, index).map((f) => f.sentence);

describe("the detector", () => {
  it("knows the database's models by the names prose uses", () => {
    for (const name of [
      "gpt 4o",
      "gpt 5",
      "claude 3 haiku",
      "claude opus 4.5",
      "gemini 2.5 pro",
      "deepseek v3",
      "llama 3.2 3b",
    ]) {
      expect(index.has(name), name).toBe(true);
    }
    for (const word of ["o1", "r1", "davinci", "mistral large", "4o"]) expect(index.has(word), word).toBe(false);
  });

  it("flags an undated price per million tokens next to a model name", () => {
    expect(flagged("GPT-4o costs $2.50 per million input tokens.")).toEqual([
      "GPT-4o costs $2.50 per million input tokens.",
    ]);
    expect(flagged("DeepSeek-V3's cache misses cost $0.27/M.")).toHaveLength(1);
    expect(flagged("Claude 3 Haiku reads cached tokens at $0.03 / MTok.")).toHaveLength(1);
    expect(flagged("| Gemini 2.5 Pro | $1.25 per 1M input |")).toHaveLength(1);
    expect(flagged("- **GPT-5:** $1.25 per million input, $10 output")).toHaveLength(1);
  });

  it("names the sentence and the model, not the paragraph", () => {
    const body =
      "Prices fall. In 2023 GPT-4 cost $30 per million input tokens. Today GPT-4o lists at $2.50 per million input tokens. Output costs more.";
    expect(hardCodedCurrentPrices(body, index)).toEqual([
      { sentence: "Today GPT-4o lists at $2.50 per million input tokens.", model: "gpt 4o" },
    ]);
  });

  it("lets dated statements, computed figures, code and other prices through", () => {
    expect(
      flagged(
        [
          "In Aug 2024 OpenAI listed GPT-4o at $2.50 per million input tokens.",
          "GPT-4's $0.03 per 1K input tokens (Mar 2023) is $30 per million.",
          'GPT-4o lists at <Price model="openai/gpt-4o" field="input" /> per million tokens.',
          "One GPU at $2 per GPU-hour serving 1,000 tokens/s costs about $0.56 per million tokens.",
          "GPT-4o is a multimodal model.",
          "`GPT-4o $2.50 per million` in code is left alone.",
          "[$2.50 per million](/models/openai/gpt-4o) names no model outside its link.",
          "```\nGPT-4o: $2.50 per million\n```",
        ].join("\n\n"),
      ),
    ).toEqual([]);
  });

  it("splits tables, lists and paragraphs into sentences", () => {
    expect(
      sentencesOf("A first. B second, $0.27.\n\n| a | b |\n|---|---|\n- item one\n- item two\n\n## Heading"),
    ).toEqual(["A first.", "B second, $0.27.", "| a | b |", "|---|---|", "- item one", "- item two", "## Heading"]);
  });
});

describe("term pages", () => {
  const { terms } = getGlossary();

  it('quote no current price as literal text (use <Price model="<provider>/<model>" />, or date the sentence)', () => {
    const found = terms.flatMap((t) => hardCodedCurrentPrices(t.body, index).map((f) => `${t.file}: ${f.sentence}`));
    expect(found).toEqual([]);
  });

  it("a planted hard-coded price in a real term fails, naming the file and the sentence", () => {
    const term = terms.find((t) => t.slug === "token-pricing")!;
    const planted = `${term.body}\n\nToday Claude Sonnet 4.5 lists at $3 per million input tokens.\n`;
    const found = hardCodedCurrentPrices(planted, index).map((f) => `${term.file}: ${f.sentence}`);
    expect(found).toEqual([`${term.file}: Today Claude Sonnet 4.5 lists at $3 per million input tokens.`]);
  });
});

describe("worked examples", () => {
  // Term pages show these prices live with <Price>, then work through them by hand. When a package update
  // changes one, this fails: update the arithmetic on the pages named here.
  const assumed: [model: string, field: "input" | "cachedInput" | "output", usdPerM: number, pages: string][] = [
    ["gpt-4o", "input", 2.5, "token.mdx, blended-price.mdx, multimodal-token-pricing.mdx"],
    ["claude-sonnet-4-5", "input", 3, "multimodal-token-pricing.mdx"],
    ["gpt-4o", "output", 10, "token.mdx, blended-price.mdx"],
    ["gpt-4o-mini", "input", 0.15, "batch-api.mdx"],
    ["gpt-4o-mini", "output", 0.6, "batch-api.mdx"],
    ["gpt-5", "input", 1.25, "prompt-caching.mdx, service-tiers.mdx, embeddings-and-rag-cost.mdx, cost-per-task.mdx"],
    ["gpt-5", "cachedInput", 0.125, "prompt-caching.mdx, embeddings-and-rag-cost.mdx"],
    ["gpt-5", "output", 10, "prompt-caching.mdx, service-tiers.mdx, embeddings-and-rag-cost.mdx, cost-per-task.mdx"],
    ["gpt-5-mini", "input", 0.25, "cost-per-task.mdx"],
    ["gpt-5-mini", "output", 2, "cost-per-task.mdx"],
  ];
  const data = loadDatasets();
  it.each(assumed)("%s %s is still $%s per million (arithmetic in %s)", (model, field, usdPerM) => {
    const price = currentPrice(
      data.apiPrices.find((p) => p.id === model)!,
      new Date(),
    );
    expect({ input: price.inputPerM, cachedInput: price.cachedInputPerM, output: price.outputPerM }[field]).toBe(
      usdPerM,
    );
  });
});
