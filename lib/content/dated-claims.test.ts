// No term says "as of <date>" for a date older than the newest data it could read: the price database
// (PRICES_DATA.publishedOn) or the datasets (content/data/meta.json asOf). The rule is in dated-claims.ts.
import { describe, expect, it } from "vitest";
import { PRICES_DATA } from "@/lib/prices/catalog";
import { loadDatasets } from "./datasets";
import { asOfClaims, newestDataDate, staleAsOfClaims } from "./dated-claims";
import { getGlossary } from "./load";

describe("the rule", () => {
  it("reads the date formats prose uses, as the last day of the period named", () => {
    const body = [
      "Prices as of 27 Nov 2026 were lower.",
      "As of Nov 3, 2026 the list changed.",
      "As of November 2026 it holds.",
      "as of Feb 2024 it did not.", // 2024 is a leap year
      "as of 2026-11-27, as of 2025-02 and as of 2025 too.",
    ].join("\n");
    expect(asOfClaims(body).map((c) => c.ends)).toEqual([
      "2026-11-27",
      "2026-11-03",
      "2026-11-30",
      "2024-02-29",
      "2026-11-27",
      "2025-02-28",
      "2025-12-31",
    ]);
  });

  it("flags a claim only when its whole period ends before the newest data", () => {
    const newest = "2026-11-27";
    expect(staleAsOfClaims("As of Nov 2026 the price is $1.", newest)).toEqual([]);
    expect(staleAsOfClaims("As of 2026 the price is $1.", newest)).toEqual([]);
    expect(staleAsOfClaims("As of 27 Nov 2026 the price is $1.", newest)).toEqual([]);
    expect(staleAsOfClaims("As of 26 Nov 2026 the price is $1.", newest)).toEqual([
      { text: "As of 26 Nov 2026", ends: "2026-11-26" },
    ]);
    expect(staleAsOfClaims("as of Aug 2025 OpenAI listed GPT-5 at $1.25.", newest)).toEqual([
      { text: "as of Aug 2025", ends: "2025-08-31" },
    ]);
  });

  it("lets dated history, computed figures, code and link targets through", () => {
    const body = [
      "In Aug 2025 OpenAI listed GPT-5 at $1.25 per million input tokens.",
      '<Price model="openai/gpt-5" field="input" /> is read from the data, with its own date.',
      "`as of 2024` in code is left alone.",
      "[a page](/glossary/as-of-2024) is a link target.",
    ].join("\n\n");
    expect(staleAsOfClaims(body, "2026-11-27")).toEqual([]);
  });

  it("takes the newest of the data dates", () => {
    expect(newestDataDate("2026-09-23", "2026-11-27")).toBe("2026-11-27");
    expect(newestDataDate("2026-11-27", "2026-09-23")).toBe("2026-11-27");
  });
});

describe("term pages", () => {
  const { terms } = getGlossary();
  const newest = newestDataDate(PRICES_DATA.publishedOn, loadDatasets().meta.asOf);

  it('say "as of" no earlier than the newest data they could read (else date the statement: "in Aug 2025 …")', () => {
    const found = terms.flatMap((t) =>
      staleAsOfClaims(t.body, newest).map((c) => `${t.file}: "${c.text}" ends ${c.ends}, data ${newest}`),
    );
    expect(found).toEqual([]);
  });

  it("a planted stale claim in a real term fails, naming the file", () => {
    const term = terms.find((t) => t.slug === "token-pricing")!;
    const found = staleAsOfClaims(`${term.body}\n\nAs of May 2026 GPT-5 is the cheapest frontier model.\n`, newest);
    expect(found).toEqual([{ text: "As of May 2026", ends: "2026-05-31" }]);
  });
});
