// The fonts of the social cards, and the text they can draw. next/og (satori) fetches a font or an
// emoji image from Google Fonts or a CDN for every character its fonts lack, sending the text away and
// failing offline. So the cards draw with bundled fonts only: Inter's subsets from @fontsource/inter,
// then the Noto subsets in assets/card-fonts (Han and kana, Hangul, monochrome emoji, math and symbols;
// their sources and licence in LICENSE.txt there). A character none of them has is drawn as "?".
import { readFile } from "node:fs/promises";
import path from "node:path";
import { inflateSync } from "node:zlib";

export type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

type Family = { name: string; files: { file: string; weight: 400 | 700 }[]; beyondBmp?: true };

const interDir = path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files");
const bundledDir = path.join(process.cwd(), "assets", "card-fonts");
const noto = (name: string, file: string, beyondBmp?: true): Family => ({ name, files: [{ file: path.join(bundledDir, file), weight: 400 }], beyondBmp });

// In satori's fallback order: the family the card names ("Inter"), then the others as listed here.
const families: Family[] = [
  ...["latin", "latin-ext", "greek", "greek-ext", "cyrillic", "cyrillic-ext", "vietnamese"].map((subset, i) => ({
    name: i === 0 ? "Inter" : `Inter ${subset}`,
    files: ([400, 700] as const).map((weight) => ({ file: path.join(interDir, `inter-${subset}-${weight}-normal.woff`), weight })),
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
      return { has, fonts: data.map((buffer, i) => ({ name: family.name, data: buffer, weight: family.files[i]!.weight, style: "normal" as const })) };
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
  const entries = await Promise.all(Object.entries(texts).map(async ([key, text]) => [key, await drawable(text)] as const));
  const fonts = await Promise.all(families.filter((f) => used.has(f)).map(async (f) => (await load(f)).fonts));
  return { texts: Object.fromEntries(entries) as T, fonts: fonts.flat() };
}

/** The code points a TrueType/OpenType or WOFF font maps to a glyph, read from its cmap as opentype.js (in satori) reads it. */
export function codePoints(font: Buffer): Set<number> {
  const cmap = fontTable(font, "cmap");
  let subtable = -1;
  for (let i = cmap.readUInt16BE(2) - 1; i >= 0 && subtable < 0; i--) {
    const platform = cmap.readUInt16BE(4 + 8 * i);
    const encoding = cmap.readUInt16BE(6 + 8 * i);
    if ((platform === 3 && [0, 1, 10].includes(encoding)) || (platform === 0 && encoding <= 4)) subtable = cmap.readUInt32BE(8 + 8 * i);
  }
  const set = new Set<number>();
  const format = subtable < 0 ? -1 : cmap.readUInt16BE(subtable);
  if (format === 12) {
    for (let g = 0, groups = cmap.readUInt32BE(subtable + 12); g < groups; g++) {
      const at = subtable + 16 + 12 * g;
      const [start, end, glyph] = [cmap.readUInt32BE(at), cmap.readUInt32BE(at + 4), cmap.readUInt32BE(at + 8)];
      for (let c = start; c <= end; c++) if (glyph + c - start !== 0) set.add(c);
    }
  } else if (format === 4) {
    const segments = cmap.readUInt16BE(subtable + 6) / 2;
    const ends = subtable + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    // The last segment is the 0xFFFF terminator.
    for (let i = 0; i < segments - 1; i++) {
      const [end, start, delta, rangeOffset] = [cmap.readUInt16BE(ends + 2 * i), cmap.readUInt16BE(starts + 2 * i), cmap.readInt16BE(deltas + 2 * i), cmap.readUInt16BE(rangeOffsets + 2 * i)];
      for (let c = start; c <= end; c++) {
        let glyph = rangeOffset ? cmap.readUInt16BE(rangeOffsets + 2 * i + rangeOffset + 2 * (c - start)) : c;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        if (glyph !== 0) set.add(c);
      }
    }
  } else {
    throw new Error(`card font: no cmap subtable in format 4 or 12`);
  }
  return set;
}

function fontTable(font: Buffer, tag: string): Buffer {
  const woff = font.toString("latin1", 0, 4) === "wOFF";
  for (let i = 0, n = font.readUInt16BE(woff ? 12 : 4); i < n; i++) {
    const entry = woff ? 44 + 20 * i : 12 + 16 * i;
    if (font.toString("latin1", entry, entry + 4) !== tag) continue;
    const offset = font.readUInt32BE(entry + (woff ? 4 : 8));
    const length = font.readUInt32BE(entry + (woff ? 8 : 12));
    const table = font.subarray(offset, offset + length);
    return woff && length < font.readUInt32BE(entry + 12) ? inflateSync(table) : table;
  }
  throw new Error(`card font: no ${tag} table`);
}
