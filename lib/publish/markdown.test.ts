import { describe, expect, it } from "vitest";
import { computeFigure, formatAsOf, priceFigure } from "@/lib/calculators/figures";
import { loadDatasets } from "../content/datasets";
import { getGlossary } from "../content/load";
import type { Term } from "../content/terms";
import { MarkdownConversionError, markdownLink, mdxToMarkdown, termToMarkdown } from "./markdown";

const data = loadDatasets();
const site = "https://ie.example";
const ctx = { siteUrl: site, pageUrl: `${site}/glossary/alpha`, data, file: "content/terms/alpha.mdx" };
const model = data.apiPrices[0]!;

describe("mdxToMarkdown", () => {
  it("writes <Price> and <Compute> as the figures the page shows, with their as-of dates", () => {
    const price = priceFigure(data, model.id, "output");
    const inputs = { model: model.id, inputOutputRatio: 3 };
    const computed = computeFigure(data, "blended-price", inputs, "blendedPricePerMUsd");
    const out = mdxToMarkdown(
      `Output costs <Price model="${model.id}" field="output" />; blended, <Compute id="blended-price" inputs={{ model: "${model.id}", inputOutputRatio: 3 }} output="blendedPricePerMUsd" />.`,
      ctx,
    );
    expect(out).toBe(
      `Output costs ${price.text} (as of ${formatAsOf(price.asOf)}); blended, ${computed.text} (as of ${formatAsOf(computed.asOf!)}).`,
    );
  });

  it("takes a price-database id in <Price>", () => {
    const price = priceFigure(data, "anthropic/claude-opus-4-5", "input");
    expect(mdxToMarkdown(`Opus 4.5 lists at <Price model="anthropic/claude-opus-4-5" />.`, ctx)).toBe(
      `Opus 4.5 lists at ${price.text} (as of ${formatAsOf(price.asOf)}).`,
    );
    expect(() => mdxToMarkdown(`<Price model="anthropic/no-such-model" />`, ctx)).toThrow(
      /content\/terms\/alpha\.mdx.*anthropic\/no-such-model/,
    );
  });

  it("leaves out the as-of note for a figure that uses no dated price", () => {
    const inputs = { gpuHourlyUsd: 2, gpuCount: 1, throughputTokensPerSecond: 1000, utilization: 0.5 };
    const { text } = computeFigure(data, "self-host-cost", inputs, "costPerMillionTokensUsd");
    const out = mdxToMarkdown(
      `| Case | Cost |\n| --- | --- |\n| Half busy | <Compute id="self-host-cost" inputs={{ gpuHourlyUsd: 2, gpuCount: 1, throughputTokensPerSecond: 1000, utilization: 0.5 }} output="costPerMillionTokensUsd" /> |`,
      ctx,
    );
    expect(out).toBe(`| Case | Cost |\n| --- | --- |\n| Half busy | ${text} |`);
  });

  it("replaces <Calculator> with a link to the calculator page carrying its preset", () => {
    const out = mdxToMarkdown(
      `Try it:\n\n<Calculator id="gpu-memory" preset={{ contextTokens: 32768, kvPrecision: "fp8" }} />\n\n<Calculator id="margin" />\n`,
      ctx,
    );
    expect(out).toBe(
      "Try it:\n\n" +
        `[Open the GPU memory for weights and KV cache calculator](${site}/calculators/gpu-memory?contextTokens=32768&kvPrecision=fp8)\n\n` +
        `[Open the Gross margin and markup per million tokens calculator](${site}/calculators/margin)`,
    );
  });

  it("makes site-relative and #section links absolute and keeps external ones", () => {
    const out = mdxToMarkdown(
      "See [decode](/glossary/decode), [the table](#in-practice), [ref][r] and [vLLM](https://docs.vllm.ai/).\n\n[r]: /calculators/api-cost\n",
      ctx,
    );
    expect(out).toBe(
      `See [decode](${site}/glossary/decode), [the table](${site}/glossary/alpha#in-practice), [ref][r] and [vLLM](https://docs.vllm.ai/).\n\n[r]: ${site}/calculators/api-cost`,
    );
  });

  it("converts a figure inside link text and keeps the rest of the Markdown as written", () => {
    const body = `## Why it matters\n\n- **Bold** and \`<Price />\` in code stay.\n- [<Price model="${model.id}" />](/calculators/api-cost)\n\n\`\`\`\n<Compute id="x" />\n\`\`\``;
    const price = priceFigure(data, model.id);
    expect(mdxToMarkdown(body, ctx)).toBe(
      `## Why it matters\n\n- **Bold** and \`<Price />\` in code stay.\n- [${price.text} (as of ${formatAsOf(price.asOf)})](${site}/calculators/api-cost)\n\n\`\`\`\n<Compute id="x" />\n\`\`\``,
    );
  });

  it("drops {/* comments */}", () => {
    expect(mdxToMarkdown("One.\n\n{/* a note for authors */}\n\nTwo.", ctx)).toBe("One.\n\nTwo.");
  });

  it("fails naming the file, line and tag for anything it cannot convert", () => {
    expect(() => mdxToMarkdown('Text.\n\n<Chart id="x" />', ctx)).toThrow(
      /content\/terms\/alpha\.mdx: body line 3: <Chart>/,
    );
    expect(() => mdxToMarkdown("<Price model={someVariable} />", ctx)).toThrow(MarkdownConversionError);
    expect(() => mdxToMarkdown('<Compute id="blended-price" />', ctx)).toThrow(/output/);
    expect(() => mdxToMarkdown("Sum {1 + 1}.", ctx)).toThrow(/expressions/);
    expect(() => mdxToMarkdown('At <Price model="no-such-model" />.', ctx)).toThrow(
      /^content\/terms\/alpha\.mdx: body line 1: <Price model="no-such-model">: no such model/,
    );
  });
});

describe("markdownLink", () => {
  it("escapes brackets in the text and wraps targets with spaces or parentheses", () => {
    expect(markdownLink("A [draft] title", "https://x.example/a_(b)")).toBe(
      "[A \\[draft\\] title](<https://x.example/a_(b)>)",
    );
    expect(markdownLink("Plain", "https://x.example/a")).toBe("[Plain](https://x.example/a)");
  });
});

describe("termToMarkdown", () => {
  const term: Term = {
    slug: "alpha",
    file: "content/terms/alpha.mdx",
    title: "Alpha",
    summary: "The first term.",
    inShort: ["It comes first.", "It is an example."],
    category: "costs",
    aliases: ["first", "A"],
    related: ["beta"],
    sources: [{ title: "A paper [preprint]", url: "https://example.org/paper", accessed: "2026-11-20" }],
    updated: "2026-11-27",
    body: `\n## Definition\n\nLike [beta](/glossary/beta), at <Price model="${model.id}" />.\n`,
  };
  const terms = new Map([["beta", { slug: "beta", title: "Beta", summary: "The second term." }]]);
  const md = termToMarkdown(term, { siteUrl: site, data, terms });

  it("has the title, summary, In short, category, aliases, body, related terms, sources and date", () => {
    const price = priceFigure(data, model.id);
    expect(md).toBe(
      [
        "# Alpha",
        "> The first term.",
        "In short:\n\n- It comes first.\n- It is an example.",
        `- Category: [Costs](${site}/glossary/category/costs)\n- Also called: first, A\n- Web page: ${site}/glossary/alpha`,
        `## Definition\n\nLike [beta](${site}/glossary/beta), at ${price.text} (as of ${formatAsOf(price.asOf)}).`,
        `## Related terms\n\n- [Beta](${site}/glossary/beta): The second term.`,
        "## Sources\n\n1. [A paper \\[preprint\\]](https://example.org/paper) (accessed 2026-11-20)",
        "Last updated 2026-11-27.\n",
      ].join("\n\n"),
    );
  });

  it("converts every term in content/terms, leaving no component and no site-relative link", () => {
    const { terms: all, bySlug } = getGlossary();
    for (const t of all) {
      const out = termToMarkdown(t, { siteUrl: site, data, terms: bySlug });
      expect(out, t.file).not.toMatch(/<(Compute|Price|Calculator)\b/);
      expect(out, t.file).not.toMatch(/\]\(\/(?!\/)/);
      expect(out.startsWith(`# ${t.title}\n`), t.file).toBe(true);
    }
  });
});
