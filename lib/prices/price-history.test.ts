import { describe, expect, it } from "vitest";
import { loadDatasets } from "@/lib/content/datasets";
import { priceChangeDates, pricesAt } from "./catalog";
import { priceHistory } from "./model-rows";

describe("priceHistory", () => {
  it("lists the database's dated rules: Claude Opus 4.6 changes on 2026-03-13, the first rule before it", () => {
    const id = "anthropic/claude-opus-4-6";
    expect(priceChangeDates(id)).toContain("2026-03-13");
    const history = priceHistory(id);
    const first = history.find((p) => p.from === null)!;
    expect(first.until).toBe(priceChangeDates(id)[0]);
    const day = history.find((p) => p.from === "2026-03-13")!;
    expect(day.inputPerM).toBe(pricesAt(id, new Date("2026-03-13T12:00:00Z"))!.base.input);
    // The change is the end of the long-context premium: the first rule has a tier, the later one none.
    expect(first.tier?.aboveInputTokens).toBe(pricesAt(id, new Date("2026-03-12T12:00:00Z"))!.tier!.aboveInputTokens);
    expect(day.tier).toBeNull();
  });

  it("puts our dated points for the same model first, with their sources", () => {
    const ours = loadDatasets().apiPrices.find((p) => p.databaseId === "openai/gpt-4")!;
    const history = priceHistory("openai/gpt-4");
    expect(history[0]).toMatchObject({
      from: ours.asOf,
      inputPerM: ours.inputPerM,
      outputPerM: ours.outputPerM,
      tier: null,
      source: ours.source,
    });
    expect(history.at(-1)!.source.url).toBeNull(); // the database itself
  });

  it("is one current row for a model with one price and no points of ours, and empty for an unknown model", () => {
    const history = priceHistory("anthropic/claude-3-5-sonnet");
    expect(history.filter((p) => p.source.url === null)).toHaveLength(
      priceChangeDates("anthropic/claude-3-5-sonnet").length + 1,
    );
    expect(priceHistory("nobody/nothing")).toEqual([]);
  });
});
