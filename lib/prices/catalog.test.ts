import { readFileSync } from "node:fs";
import path from "node:path";
import { waitForUpdate } from "@pydantic/genai-prices";
import { describe, expect, it } from "vitest";
import { findModel, listModels, listPriceTime, PRICES_DATA, pricesAt } from "./catalog";

describe("price catalog", () => {
  it("is dated for the installed package version (bump PRICES_DATA with the package)", () => {
    const installed = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, "../../node_modules/@pydantic/genai-prices/package.json"), "utf8"),
    ) as { version: string };
    expect(installed.version).toBe(PRICES_DATA.version);
  });

  it("lists every (provider, model) of the bundled data once, and prices each", async () => {
    const providers = (await waitForUpdate())!;
    const expected = providers.flatMap((p) => p.models.map((m) => `${p.id}/${m.id}`));
    const ids = listModels().map((m) => m.id);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    // Throws if the data has tiers this site does not model.
    for (const id of ids) expect(pricesAt(id, new Date("2026-11-27T12:00:00Z"))).toBeDefined();
  });

  it("finds a model by <provider>/<model> and nothing else", () => {
    expect(findModel("google/gemini-2.5-pro")).toMatchObject({
      name: "Gemini 2.5 Pro",
      providerId: "google",
      modelId: "gemini-2.5-pro",
    });
    expect(findModel("gemini-2.5-pro")).toBeUndefined();
    expect(findModel("google/no-such-model")).toBeUndefined();
    expect(pricesAt("google/no-such-model", new Date())).toBeUndefined();
  });

  it("reads Gemini 2.5 Pro's long-context tier", () => {
    expect(pricesAt("google/gemini-2.5-pro", new Date("2026-11-27T12:00:00Z"))).toEqual({
      base: { input: 1.25, cacheRead: 0.125, output: 10 },
      tier: { aboveInputTokens: 200_000, prices: { input: 2.5, cacheRead: 0.25, output: 15 } },
      asOf: PRICES_DATA.publishedOn,
    });
  });

  it("uses the price rule in force on the date: Claude Opus 4.6's long-context premium ended on 2026-03-13", () => {
    const before = pricesAt("anthropic/claude-opus-4-6", new Date("2026-03-12T23:59:59Z"))!;
    expect(before.tier).toEqual({
      aboveInputTokens: 200_000,
      prices: { input: 10, cacheRead: 1, cacheWrite: 12.5, cacheWrite1h: 20, output: 37.5 },
    });
    expect(before.asOf).toBe(PRICES_DATA.publishedOn);
    const after = pricesAt("anthropic/claude-opus-4-6", new Date("2026-03-13T00:00:00Z"))!;
    expect(after).toEqual({
      base: { input: 5, cacheRead: 0.5, cacheWrite: 6.25, cacheWrite1h: 10, output: 25 },
      asOf: "2026-03-13",
    });
  });

  it("uses the time-of-day rule in force: DeepSeek's off-peak hours", () => {
    const peak = pricesAt("deepseek/deepseek-chat", new Date("2026-11-27T12:00:00Z"))!;
    const offPeak = pricesAt("deepseek/deepseek-chat", new Date("2026-11-27T20:00:00Z"))!;
    expect(offPeak.base.input!).toBeLessThan(peak.base.input!);
  });

  it("reads a per-request fee and a separate reasoning price", () => {
    expect(pricesAt("perplexity/sonar", new Date())!.requestUsd).toBeCloseTo(0.012, 12);
    expect(pricesAt("perplexity/sonar-deep-research", new Date())!.base.reasoning).toBe(3);
  });
});

describe("listPriceTime", () => {
  it("is noon UTC of the same day", () => {
    expect(listPriceTime(new Date("2026-11-27T23:40:00Z")).toISOString()).toBe("2026-11-27T12:00:00.000Z");
  });

  it("has the rate in force for most of the day, for every model priced by the hour", () => {
    const day = Date.UTC(2026, 10, 27);
    const halfHours = Array.from({ length: 48 }, (_, i) => new Date(day + i * 30 * 60_000));
    let varying = 0;
    for (const { id } of listModels()) {
      const inputs = halfHours.map((at) => pricesAt(id, at)!.base.input ?? 0);
      const count = (v: number) => inputs.filter((x) => x === v).length;
      const mostOfTheDay = [...new Set(inputs)].sort((a, b) => count(b) - count(a))[0];
      if (new Set(inputs).size > 1) varying++;
      expect(pricesAt(id, listPriceTime(new Date(day)))!.base.input ?? 0, id).toBe(mostOfTheDay);
    }
    // DeepSeek: 0.27 at noon, 0.135 at midnight (deepseek-chat); V4 Flash 0.22 at noon, 0.44 at 08:00 UTC
    expect(varying).toBeGreaterThan(0);
    expect(pricesAt("deepseek/deepseek-v4-flash", new Date(day + 8 * 3600_000))!.base.input).toBe(0.44);
    expect(pricesAt("deepseek/deepseek-chat", new Date(day))!.base.input).toBe(0.135);
  });
});
