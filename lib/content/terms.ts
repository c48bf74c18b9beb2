// Parses and validates term files, and builds the related/backlink graph. Pure: no file system here
// (see load.ts), so the checks are unit-tested on strings.
import { getCalculator } from "@/lib/economics";
import { parseContentFile } from "./frontmatter";
import { frontmatterSchema, requiredSections, type Frontmatter } from "./schema";
import { weekIndex } from "./week";

export type Term = Frontmatter & { slug: string; file: string; body: string };

export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n- ${problems.join("\n- ")}`,
    );
    this.name = "ContentError";
  }
}

/** Parses one file. Returns the term, or the problems found, each naming the file and the field. */
export function parseTermFile(file: string, source: string): { term?: Term; problems: string[] } {
  const { slug, body, data, problems } = parseContentFile(file, source, frontmatterSchema);
  if (body === undefined) return { problems };
  const headings = [...body.matchAll(/^##\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]);
  let cursor = 0;
  for (const section of requiredSections) {
    const at = headings.indexOf(section, cursor);
    if (at === -1) {
      problems.push(
        headings.includes(section)
          ? `${file}: section "${section}": out of order (expected ${requiredSections.join(", ")})`
          : `${file}: section "${section}": missing (add a "## ${section}" heading)`,
      );
    } else cursor = at + 1;
  }
  if (headings.includes("Related terms")) {
    problems.push(`${file}: section "Related terms": remove it, the page builds it from the related field`);
  }
  if (!data || problems.length > 0) return { problems };
  return { term: { ...data, slug, file, body }, problems };
}

/** Slugs of the terms a body links to: Markdown links, href attributes and <TermLink slug="...">. */
export function bodyLinks(body: string): string[] {
  const found = new Set<string>();
  for (const m of body.matchAll(/\]\(\s*\/glossary\/([^)\s#?]+)/g)) found.add(m[1]!);
  for (const m of body.matchAll(/href=["']\/glossary\/([^"'#?]+)/g)) found.add(m[1]!);
  for (const m of body.matchAll(/<TermLink[^>]*\bslug=["']([^"']+)/g)) found.add(m[1]!);
  return [...found];
}

/** Cross-file checks: every related slug and in-body link points at an existing term. */
export function checkLinks(terms: Term[]): string[] {
  const slugs = new Set(terms.map((t) => t.slug));
  const problems: string[] = [];
  for (const term of terms) {
    term.related.forEach((slug, i) => {
      if (slug === term.slug) problems.push(`${term.file}: related.${i}: a term cannot relate to itself`);
      else if (!slugs.has(slug))
        problems.push(`${term.file}: related.${i}: no term "${slug}" (content/terms/${slug}.mdx)`);
    });
    for (const slug of bodyLinks(term.body)) {
      if (!slugs.has(slug)) problems.push(`${term.file}: body: link to /glossary/${slug} points to no term`);
    }
    for (const m of term.body.matchAll(/<(Calculator|Compute)\b[^>]*?\bid=["']([^"']+)/g)) {
      if (!getCalculator(m[2]!)) problems.push(`${term.file}: body: <${m[1]} id="${m[2]}"> names no calculator`);
    }
  }
  return problems;
}

export type Glossary = {
  terms: Term[];
  bySlug: Map<string, Term>;
  /** For each slug, the terms that link to it (related list or body) and that it does not list itself. */
  mentionedIn: Map<string, Term[]>;
};

/** Validates a set of parsed files together and builds the graph. Throws ContentError listing every problem. */
export function buildGlossary(files: { file: string; source: string }[]): Glossary {
  const problems: string[] = [];
  const terms: Term[] = [];
  for (const { file, source } of files) {
    const result = parseTermFile(file, source);
    problems.push(...result.problems);
    if (result.term) terms.push(result.term);
  }
  if (problems.length === 0) problems.push(...checkLinks(terms));
  if (problems.length > 0) throw new ContentError(problems);

  terms.sort((a, b) => a.title.localeCompare(b.title, "en", { sensitivity: "base" }));
  const bySlug = new Map(terms.map((t) => [t.slug, t]));
  const mentionedIn = new Map<string, Term[]>(terms.map((t) => [t.slug, []]));
  for (const from of terms) {
    const targets = new Set([...from.related, ...bodyLinks(from.body)]);
    for (const to of targets) {
      const target = bySlug.get(to);
      if (target && to !== from.slug && !target.related.includes(from.slug)) mentionedIn.get(to)!.push(from);
    }
  }
  return { terms, bySlug, mentionedIn };
}

/** Groups terms A–Z by the first letter of their title (digits and symbols under "#"). */
export function groupByLetter(terms: Term[]): [string, Term[]][] {
  const groups = new Map<string, Term[]>();
  for (const term of terms) {
    const first = term.title[0]?.toUpperCase() ?? "#";
    const letter = /[A-Z]/.test(first) ? first : "#";
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** How many terms each category holds. */
export function countByCategory(terms: Pick<Term, "category">[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of terms) counts[t.category] = (counts[t.category] ?? 0) + 1;
  return counts;
}

/** The featured term for the week containing `date`: weeks since 2026-01-05 (a Monday) pick terms in turn. */
export function termOfTheWeek<T>(terms: T[], date: Date): T | undefined {
  return termForWeek(terms, weekIndex(date));
}

/** The featured term of week number `week` (see weekIndex): terms in turn, wrapping around. */
export function termForWeek<T>(terms: T[], week: number): T | undefined {
  return terms.length === 0 ? undefined : terms[((week % terms.length) + terms.length) % terms.length];
}
