// Site search: terms, calculators, model prices and newsletter issues. Matches titles, aliases and
// summaries; tolerant of one or two typos per word and of acronyms ("ttft" finds "Time to first token").
// Pure and small: it runs in the browser.

export const SEARCH_KINDS = ["term", "calculator", "model", "issue"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type SearchEntry = { kind: SearchKind; href: string; title: string; aliases: string[]; summary: string };

/** How a result's kind is named beside it. */
export const KIND_LABEL: Record<SearchKind, string> = {
  term: "Term",
  calculator: "Calculator",
  model: "Model prices",
  issue: "Newsletter",
};

// On equal scores a term or calculator, which explains, comes before one of 1,700 price pages.
const KIND_ORDER: Record<SearchKind, number> = { term: 0, calculator: 1, issue: 2, model: 3 };

export function normalize(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

const allowedTypos = (word: string) => (word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0);

function wordScore(q: string, words: string[]): number {
  let best = 0;
  for (const w of words) {
    if (w === q) return 10;
    if (w.startsWith(q)) best = Math.max(best, q.length >= 2 ? 7 : 3);
    else if (editDistance(q, w, allowedTypos(q)) <= allowedTypos(q)) best = Math.max(best, 4);
    else if (w.length > q.length && editDistance(q, w.slice(0, q.length), allowedTypos(q)) <= allowedTypos(q))
      best = Math.max(best, 3);
  }
  return best;
}

const initials = (s: string) =>
  normalize(s)
    .split(" ")
    .map((w) => w[0])
    .join("");

export function score(entry: SearchEntry, query: string): number {
  const q = normalize(query);
  if (!q) return 0;
  const names = [entry.title, ...entry.aliases].map(normalize);
  if (names.includes(q)) return 1000;
  let total = 0;
  if (names.some((n) => n.startsWith(q))) total += 300;
  else if (names.some((n) => n.includes(q))) total += 150;
  if (
    q.length >= 2 &&
    !q.includes(" ") &&
    names.some((n) => initials(n).startsWith(q) && initials(n).length <= q.length + 1)
  )
    total += 400;

  const nameWords = names.flatMap((n) => n.split(" "));
  const summaryWords = normalize(entry.summary).split(" ");
  for (const word of q.split(" ")) {
    const inName = wordScore(word, nameWords);
    const inSummary = wordScore(word, summaryWords);
    if (inName === 0 && inSummary === 0 && total === 0) return 0; // every word must match somewhere
    total += inName * 10 + inSummary * 2;
  }
  return total;
}

export function search(entries: SearchEntry[], query: string, limit = 8): SearchEntry[] {
  return (
    entries
      .map((e) => ({ e, s: score(e, query) }))
      .filter((x) => x.s > 0)
      // Ties go to the shorter title: "quantisation" matches "Quantization" and "KV cache quantization"
      // equally, and the general term should come first.
      .sort(
        (a, b) =>
          b.s - a.s ||
          KIND_ORDER[a.e.kind] - KIND_ORDER[b.e.kind] ||
          a.e.title.length - b.e.title.length ||
          a.e.title.localeCompare(b.e.title),
      )
      .slice(0, limit)
      .map((x) => x.e)
  );
}
