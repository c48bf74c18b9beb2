import { describe, expect, it } from "vitest";
import { formatAsOf, priceFigure } from "@/lib/calculators/figures";
import { loadDatasets } from "@/lib/content/datasets";
import { renderIssueMail } from "./issue";

const data = loadDatasets();

describe("renderIssueMail", () => {
  it("writes <Price> with a price-database id as the figure the web page shows", async () => {
    const issue = {
      slug: "prices",
      file: "content/newsletter/prices.mdx",
      title: "Prices",
      summary: "One price.",
      date: "2026-11-27",
      body: `GPT-4o lists at <Price model="openai/gpt-4o" field="output" />.`,
    };
    const mail = (await renderIssueMail(issue, data, "https://ie.example"))("https://ie.example/u");
    const price = priceFigure(data, "openai/gpt-4o", "output");
    expect(price.text).toBe("$10.00 per million output tokens");
    expect(mail.text).toContain(`GPT-4o lists at ${price.text} (as of ${formatAsOf(price.asOf)}).`);
  });

  it("opens <Calculator> on its preset, as the Markdown and the page do, and links <TermLink>", async () => {
    const issue = {
      slug: "tags",
      file: "content/newsletter/tags.mdx",
      title: "Tags",
      summary: "Tags.",
      date: "2026-11-27",
      body: `See <TermLink slug="kv-cache">the KV cache</TermLink>.\n\n<Calculator id="gpu-memory" preset={{ contextTokens: 32768 }} />\n`,
    };
    const mail = (await renderIssueMail(issue, data, "https://ie.example"))("https://ie.example/u");
    expect(mail.html).toContain('<a href="https://ie.example/calculators/gpu-memory?contextTokens=32768">');
    expect(mail.html).toContain('<a href="https://ie.example/glossary/kv-cache">the KV cache</a>');
    expect(mail.text).toContain("See [the KV cache](https://ie.example/glossary/kv-cache).");
    expect(mail.text).toContain("(https://ie.example/calculators/gpu-memory?contextTokens=32768)");
    expect(mail.text).toContain("Unsubscribe: https://ie.example/u");
    expect(mail.text).not.toMatch(/<(Calculator|TermLink)\b/);
  });
});
