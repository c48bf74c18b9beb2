// The fonts of the social cards, and the text they can draw. next/og (satori) fetches a font or an
// emoji image from Google Fonts or a CDN for every character its fonts lack, sending the text away and
// failing offline. So the cards draw with bundled fonts only: Inter's subsets from @fontsource/inter,
// then the Noto subsets in assets/card-fonts (Han and kana, Hangul, monochrome emoji, math and symbols;
// their sources and licence in LICENSE.txt there). A character none of them has is drawn as "?".
import { readFile } from "node:fs/promises";
import path from "node:path";
// The ES module build (bundlers and Vitest read it); Node alone would load the CommonJS one, which has no named exports.
import { parse } from "opentype.js";

export type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

type Family = { name: string; files: { file: string; weight: 400 | 700 }[]; beyondBmp?: true };

const interDir = path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files");
const bundledDir = path.join(process.cwd(), "assets", "card-fonts");
const noto = (name: string, file: string, beyondBmp?: true): Family => ({
  name,
  files: [{ file: path.join(bundledDir, file), weight: 400 }],
  beyondBmp,
});

// In satori's fallback order: the family the card names ("Inter"), then the others as listed here.
const families: Family[] = [
  ...["latin", "latin-ext", "greek", "greek-ext", "cyrillic", "cyrillic-ext", "vietnamese"].map((subset, i) => ({
    name: i === 0 ? "Inter" : `Inter ${subset}`,
    files: ([400, 700] as const).map((weight) => ({
      file: path.join(interDir, `inter-${subset}-${weight}-normal.woff`),
      weight,
    })),
  })),
  // The only family drawing characters beyond U+FFFF: satori remembers the font it chose per leading
  // UTF-16 unit, which a whole block of such characters shares, so a second font would be asked for
  // characters it lacks (and the network with it).
  noto("Noto Emoji", "noto-emoji-400-normal.ttf", true),
  noto("Noto Sans SC", "noto-sans-sc-chinese-simplified-400-normal.woff"),
  noto("Noto Sans KR", "noto-sans-kr-korean-400-normal.woff"),
  noto("Noto Sans Math", "noto-sans-math-latin-400-normal.woff"),
];

const missing = "?";

type Loaded = { fonts: CardFont[]; has: Set<number> };
const loaded = new Map<Family, Promise<Loaded>>();

function load(family: Family): Promise<Loaded> {
  let entry = loaded.get(family);
  if (!entry) {
    entry = Promise.all(family.files.map(({ file }) => readFile(file))).then((data) => {
      const [first, ...rest] = data.map(codePoints);
      const has = new Set([...first!].filter((c) => rest.every((set) => set.has(c))));
      return {
        has,
        fonts: data.map((buffer, i) => ({
          name: family.name,
          data: buffer,
          weight: family.files[i]!.weight,
          style: "normal" as const,
        })),
      };
    });
    loaded.set(family, entry);
  }
  return entry;
}

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** The texts with every grapheme the bundled fonts cannot draw replaced by "?", and the fonts they need. */
export async function cardGlyphs<T extends Record<string, string>>(texts: T): Promise<{ texts: T; fonts: CardFont[] }> {
  const used = new Set<Family>([families[0]!]);
  const drawable = async (text: string) => {
    let out = "";
    for (const { segment } of graphemes.segment(text)) {
      const codes = [...segment].map((c) => c.codePointAt(0)!);
      // Satori draws a grapheme with the first font that has its first code point, and asks the network
      // when that font lacks any of the others.
      let drawn = false;
      for (const family of codes[0]! > 0xffff ? families.filter((f) => f.beyondBmp) : families) {
        const { has } = await load(family);
        if (!has.has(codes[0]!)) continue;
        drawn = codes.every((c) => has.has(c));
        if (drawn) used.add(family);
        break;
      }
      out += drawn || segment === "\n" ? segment : missing;
    }
    return out;
  };
  const entries = await Promise.all(
    Object.entries(texts).map(async ([key, text]) => [key, await drawable(text)] as const),
  );
  const fonts = await Promise.all(families.filter((f) => used.has(f)).map(async (f) => (await load(f)).fonts));
  return { texts: Object.fromEntries(entries) as T, fonts: fonts.flat() };
}

/** The code points a TrueType/OpenType or WOFF font maps to a glyph, read with opentype.js (the parser satori uses). */
export function codePoints(font: Buffer): Set<number> {
  const { cmap } = parse(font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength)).tables;
  const map = (cmap as unknown as { glyphIndexMap: Record<string, number> }).glyphIndexMap;
  return new Set(Object.keys(map).flatMap((c) => (map[c] && Number(c) > 0 ? [Number(c)] : [])));
}
