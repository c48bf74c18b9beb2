import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cardGlyphs, codePoints } from "./card-fonts";
import { getGlossary } from "./content/load";

const interDir = path.join("node_modules", "@fontsource", "inter", "files");
const bundledDir = path.join("assets", "card-fonts");

describe("codePoints", () => {
  it("reads the characters a WOFF or TrueType font maps to glyphs", () => {
    const interLatin = codePoints(readFileSync(path.join(interDir, "inter-latin-400-normal.woff")));
    expect(interLatin.has("A".codePointAt(0)!)).toBe(true);
    expect(interLatin.has("Ж".codePointAt(0)!)).toBe(false);
    const emoji = codePoints(readFileSync(path.join(bundledDir, "noto-emoji-400-normal.ttf")));
    expect(emoji.has(0x1f680)).toBe(true);
    expect(emoji.has("A".codePointAt(0)!)).toBe(false);
  });
});

describe("cardGlyphs", () => {
  it("keeps what the bundled fonts draw and loads only the fonts the text needs", async () => {
    const latin = await cardGlyphs({ body: "Cost per 1M tokens: $0.42 — 12 % × 3" });
    expect(latin.texts.body).toBe("Cost per 1M tokens: $0.42 — 12 % × 3");
    expect(new Set(latin.fonts.map((f) => f.name))).toEqual(new Set(["Inter"]));

    const text = { a: "Κόστος συμπερασμού", b: "推理成本", c: "추론 비용", d: "🚀 plan", e: "cost ≤ $1 ✓ ★" };
    const mixed = await cardGlyphs(text);
    expect(mixed.texts).toEqual(text);
    expect(new Set(mixed.fonts.map((f) => f.name))).toEqual(
      new Set(["Inter", "Inter greek", "Noto Sans SC", "Noto Sans KR", "Noto Emoji", "Noto Sans Math"]),
    );
  });

  it("draws a grapheme no bundled font has whole as '?'", async () => {
    // U+13000 (Egyptian hieroglyph), U+16A0 (runic), "e" + U+20DD (combining circle, absent from Inter),
    // and U+1D465 (math italic x), which Noto Sans Math has but only the emoji font may draw beyond U+FFFF.
    const { texts } = await cardGlyphs({ body: "𓀀 ᚠ e\u20dd 𝑥 ok" });
    expect(texts.body).toBe("? ? ? ? ok");
  });

  it("draws every glossary card without a replacement", async () => {
    for (const term of getGlossary().terms) {
      const text = { title: term.title, body: term.summary };
      expect((await cardGlyphs(text)).texts, term.slug).toEqual(text);
    }
  });
});
