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
});
