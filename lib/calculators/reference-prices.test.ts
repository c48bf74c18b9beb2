// content/data/api-prices.json keeps dated points; where an entry names its twin in the price database
// (databaseId), the database's current price is the one the pickers, the API and <Price> use.
import { describe, expect, it } from "vitest";
import { loadDatasets } from "@/lib/content/datasets";
import { findModel, pricesAt } from "@/lib/prices/catalog";
import { priceFigure } from "./figures";
import { modelPickers } from "./model-prices";

const data = loadDatasets();
const today = new Date("2026-11-27T12:00:00Z");

/** "<id>.<field>: ours → database" for every price the two sources give differently. */
function disagreements(): string[] {
  const out: string[] = [];
  for (const entry of data.apiPrices) {
    if (!entry.databaseId) continue;
    const db = pricesAt(entry.databaseId, today)!.base;
    const pairs: [string, number | undefined, number | undefined][] = [
      ["inputPerM", entry.inputPerM, db.input],
      ["outputPerM", entry.outputPerM, db.output],
      ["cachedInputPerM", entry.cachedInputPerM, db.cacheRead],
      ["cacheWritePerM", entry.cacheWritePerM, db.cacheWrite],
    ];
    for (const [field, ours, theirs] of pairs) {
      if (ours !== undefined && ours !== theirs)
        out.push(`${entry.id}.${field}: ${ours} → ${theirs ?? "none"} (${entry.databaseId})`);
    }
  }
  return out;
}

describe("reference prices against the price database", () => {
  it("every databaseId is a model of the database", () => {
    const named = data.apiPrices.flatMap((p) => (p.databaseId ? [p] : []));
    expect(named.length).toBeGreaterThan(30);
    for (const p of named) expect(findModel(p.databaseId!), p.id).toBeDefined();
  });

  it("lists where the two disagree (the database wins); a package update that changes this list fails here", () => {
    const list = disagreements();
    console.info(`api-prices.json vs ${"@pydantic/genai-prices"} (the database wins):\n${list.join("\n")}`);
    // Empty since Claude 3 Haiku's cache prices were corrected to Anthropic's $0.30 write / $0.03 read.
    expect(list).toEqual([]);
  });

  it("the model picker and <Price> read the database's price and date for those entries", () => {
    const picker = modelPickers("api-cost", data, today).find((p) => p.param === "model")!;
    const haiku = picker.options.find((o) => o.id === "claude-3-haiku")!;
    expect(haiku.values).toMatchObject({
      cachedInputPricePerM: 0.03,
      cacheWritePricePerM: 0.3,
      cacheWrite1hPricePerM: 0.5,
    });
    expect(haiku.asOf).toBe(pricesAt("anthropic/claude-3-haiku", today)!.asOf);
    // Without a twin the reference entry stays as it is.
    const davinci = picker.options.find((o) => o.id === "gpt-3-davinci")!;
    expect(davinci.values.inputPricePerM).toBe(60);
    expect(davinci.asOf).toBe("2021-11");
    expect(davinci.historical).toBe(true);
    expect(haiku.historical).toBeUndefined();

    expect(priceFigure(data, "claude-3-haiku", "cachedInput", today)).toEqual({
      text: "$0.0300 per million cached input tokens",
      asOf: "2026-09-23",
    });
  });

  it("choosing a model clears the tier another model left in the form", () => {
    const picker = modelPickers("api-cost", data, today).find((p) => p.param === "model")!;
    expect(picker.options.find((o) => o.id === "gemini-2-5-pro")!.values.tierAboveInputTokens).toBe(200_000);
    expect(picker.options.find((o) => o.id === "gpt-4o")!.values.tierAboveInputTokens).toBe("");
    expect(picker.options.find((o) => o.id === "deepseek-v3")!.values.tierAboveInputTokens).toBe("");
  });
});

describe("models without a current twin", () => {
  it("are offered as historical prices, never as current models", () => {
    const picker = modelPickers("api-cost", data, today).find((p) => p.param === "model")!;
    const historical = picker.options.filter((o) => o.historical).map((o) => o.id);
    expect(historical).toEqual(data.apiPrices.filter((p) => !p.databaseId).map((p) => p.id));
    expect(historical).toEqual(expect.arrayContaining(["gpt-3-davinci", "claude-3-sonnet", "llama-3-2-3b-together"]));
    for (const o of picker.options.filter((x) => !x.historical))
      expect(o.asOf, o.id).toBe(pricesAt(data.apiPrices.find((p) => p.id === o.id)!.databaseId!, today)!.asOf);
  });

  it("Claude 3 Sonnet (retired Jul 2025) keeps no cache price, though the database gives it one", () => {
    expect(pricesAt("anthropic/claude-3-sonnet", today)!.base.cacheRead).toBe(0.3);
    const sonnet = modelPickers("api-cost", data, today)
      .find((p) => p.param === "model")!
      .options.find((o) => o.id === "claude-3-sonnet")!;
    expect(sonnet).toMatchObject({ historical: true, asOf: "2024-03" });
    expect(sonnet.values).toMatchObject({ inputPricePerM: 3, cachedInputPricePerM: 3, cacheWritePricePerM: 3 });
  });
});

describe("the model picker's names", () => {
  it("name the provider once", () => {
    const names = modelPickers("api-cost", data, today)
      .find((p) => p.param === "model")!
      .options.map((o) => o.name);
    expect(names).toContain("Llama 3.2 3B (Together AI)");
    expect(names).toContain("GPT-4o (OpenAI)");
    for (const name of names) expect(name).not.toMatch(/\((.+)\) \(\1\)$/);
  });
});
