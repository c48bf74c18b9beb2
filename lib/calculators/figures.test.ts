// <Price> takes a model of the price database (<provider>/<model-id>) as well as a reference-list id.
import { describe, expect, it } from "vitest";
import { loadDatasets } from "@/lib/content/datasets";
import { PRICES_DATA } from "@/lib/prices/catalog";
import { priceFigure } from "./figures";

const data = loadDatasets();
const today = new Date("2026-11-27T12:00:00Z");

describe("priceFigure", () => {
  it("prices a database model with the database's date", () => {
    // openai/gpt-4o in 0.1.8: $2.50 input, $1.25 cached, $10 output; blend (3 × 2.50 + 10) / 4 = 4.375
    expect(priceFigure(data, "openai/gpt-4o", "input", today)).toEqual({
      text: "$2.50 per million input tokens",
      asOf: PRICES_DATA.publishedOn,
    });
    expect(priceFigure(data, "openai/gpt-4o", "cachedInput", today).text).toBe("$1.25 per million cached input tokens");
    expect(priceFigure(data, "openai/gpt-4o", "blended", today).text).toBe("$4.38 per million blended 3:1 tokens");
    // DeepSeek's own API: $0.27 on a cache miss, $1.10 output
    expect(priceFigure(data, "deepseek/deepseek-chat", "output", today).text).toBe("$1.10 per million output tokens");
  });

  it("a database model's date is its dated rule where the price changed on a date", () => {
    // deepseek-v4-flash carries a price that starts on 2026-08-17 in the data
    expect(priceFigure(data, "deepseek/deepseek-v4-flash", "input", today).asOf).toBe("2026-08-17");
  });

  it("a reference entry without a twin keeps its own dated price", () => {
    expect(priceFigure(data, "gpt-3-davinci", "input", today)).toEqual({
      text: "$60.00 per million input tokens",
      asOf: "2021-11",
    });
  });

  it("names the model it cannot price", () => {
    expect(() => priceFigure(data, "openai/no-such-model", "input", today)).toThrow(
      '<Price model="openai/no-such-model">',
    );
    // in the data but without token prices (a subscription product)
    expect(() => priceFigure(data, "github-copilot/gpt-4o", "input", today)).toThrow(/no such model with token prices/);
    expect(() => priceFigure(data, "no-such-id", "input", today)).toThrow(/api-prices\.json/);
  });
});

describe("figures in prose quote the list price at any hour", () => {
  it("DeepSeek's off-peak discount never becomes the quoted price", () => {
    const night = new Date("2026-11-27T23:40:00Z");
    expect(priceFigure(data, "deepseek/deepseek-chat", "input", night).text).toBe("$0.270 per million input tokens");
    expect(priceFigure(data, "deepseek-r1", "output", night).text).toBe("$2.19 per million output tokens");
  });
});
