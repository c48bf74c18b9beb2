// A term page may quote a model's current API price only through <Price> (read from the price database, so
// it is never older than the data) or as a dated statement ("in Aug 2024 OpenAI listed…"). This finds the
// rest with a deliberately simple rule, one sentence at a time. A sentence is flagged when it has all of:
//   1. a dollar figure ("$2.50");
//   2. a per-token unit: "per million", "per 1M", "/M", "/1M", "MTok", "per 1K", "per thousand";
//   3. the name of a model the price database knows (see modelNameIndex);
//   4. no year (2010–2039): a year is what makes the sentence a dated, historical statement.
// Code, JSX tags (<Price />, <Compute />: figures computed from the data) and link targets are removed first.
// Each table row and list item is a sentence of its own. A price and a model name in two different
// sentences are not caught: the rule trades recall for no false alarms on the glossary.
// Pure: the caller passes the model names, so the rule is tested on sample sentences.

export type HardCodedPrice = { sentence: string; model: string };

const MAX_NAME_WORDS = 6;

/** Lower case, "’s" dropped, split into words of letters, digits and inner dots ("gpt-4.1" -> gpt 4.1). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^a-z0-9.]+/)
    .map((w) => w.replace(/^\.+|\.+$/g, ""))
    .filter(Boolean);
}

/**
 * The model names to look for, as word sequences: each model's display name, its id and the id's last path
 * segment, also without a trailing date or "latest"/"instruct"/"preview". Only names with a letter and a
 * digit and at least four characters count ("gpt 4o", "claude 3 haiku", "deepseek v3"), so that words like
 * "davinci", "o1" or "r1" never match ordinary prose.
 */
export function modelNameIndex(names: Iterable<string>): Set<string> {
  const index = new Set<string>();
  for (const name of names) {
    const last = name.split("/").pop() ?? name;
    const trimmed = last.replace(/([-_@:](latest|instruct|preview|\d{4}-\d{2}-\d{2}|\d{8}|\d{4}))+$/i, "");
    for (const variant of [name, last, trimmed]) {
      const key = words(variant).join(" ");
      if (key.length >= 4 && /[a-z]/.test(key) && /\d/.test(key) && key.split(" ").length <= MAX_NAME_WORDS)
        index.add(key);
    }
  }
  return index;
}

/** Table rows, list items, headings and paragraph sentences of an MDX body, with code, tags and link targets gone. */
export function sentencesOf(body: string): string[] {
  const text = body
    .replace(/```[\s\S]*?```/g, "\n")
    .replace(/`[^`\n]*`/g, " ")
    .replace(/<[A-Z][\s\S]*?\/>/g, " ")
    .replace(/\]\([^)\s]*\)/g, "]");
  const units: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length) units.push(...paragraph.join(" ").split(/(?<=[.!?])\s+(?=[A-Z*[(])/));
      paragraph = [];
    };
    for (const line of block.split("\n")) {
      if (/^\s*(\||[-*+] |\d+\. |#)/.test(line)) {
        flush();
        units.push(line);
      } else paragraph.push(line);
    }
    flush();
  }
  return units.map((s) => s.trim()).filter(Boolean);
}

const DOLLARS = /\$\s?\d/;
const PER_TOKENS = /\bper\s+(1\s?m|one million|million|1\s?k|thousand)\b|\/\s?1?\s?m(tok)?\b|\bmtok\b/i;
const YEAR = /\b20[1-3]\d\b(?![\d,])/;

/** The first model name of `index` in the sentence, longest match first; undefined when none. */
function modelIn(sentence: string, index: Set<string>): string | undefined {
  const w = words(sentence);
  for (let n = MAX_NAME_WORDS; n >= 1; n--) {
    for (let i = 0; i + n <= w.length; i++) {
      const key = w.slice(i, i + n).join(" ");
      if (index.has(key)) return key;
    }
  }
  return undefined;
}

/** Sentences of `body` that state a model's price per token as undated literal text. */
export function hardCodedCurrentPrices(body: string, index: Set<string>): HardCodedPrice[] {
  return sentencesOf(body).flatMap((sentence) => {
    if (!DOLLARS.test(sentence) || !PER_TOKENS.test(sentence) || YEAR.test(sentence)) return [];
    const model = modelIn(sentence, index);
    return model ? [{ sentence, model }] : [];
  });
}
