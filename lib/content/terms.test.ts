import { describe, expect, it } from "vitest";
import { readContentFiles } from "./files";
import {
  bodyLinks,
  buildGlossary,
  ContentError,
  groupByLetter,
  parseTermFile,
  termForWeek,
  termOfTheWeek,
} from "./terms";

const body = (links = "") => `
## Definition

Text.${links}

## Why it matters

Text.

## In practice

Text.
`;

function termFile(fields: Record<string, string>, content = body()) {
  const defaults: Record<string, string> = {
    title: "Alpha",
    summary: "A one-line summary.",
    inShort: "[First takeaway., Second takeaway.]",
    category: "costs",
    aliases: "[]",
    related: "[beta, gamma, delta]",
    sources: "\n  - title: A paper\n    url: https://example.org/paper\n    accessed: 2026-11-27",
    updated: "2026-11-27",
  };
  const merged = { ...defaults, ...fields };
  const yaml = Object.entries(merged)
    .filter(([, v]) => v !== "<omit>")
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
  return `---\n${yaml}\n---\n${content}`;
}

function problemsOf(file: string, source: string) {
  return parseTermFile(file, source).problems;
}

describe("parseTermFile", () => {
  it("accepts a good file and keeps its fields", () => {
    const { term, problems } = parseTermFile("content/terms/alpha.mdx", termFile({ aliases: "[A1, A2]" }));
    expect(problems).toEqual([]);
    expect(term?.slug).toBe("alpha");
    expect(term?.aliases).toEqual(["A1", "A2"]);
    expect(term?.sources[0]?.accessed).toBe("2026-11-27");
  });

  it.each([
    ["title", { title: "<omit>" }, "title"],
    ["summary over 200 characters", { summary: "x".repeat(201) }, "summary: must be at most 200 characters"],
    ["summary of two sentences", { summary: "One. Two sentences." }, "summary: must be one sentence"],
    ["unknown category", { category: "misc" }, "category: must be one of"],
    ["two related terms", { related: "[beta, gamma]" }, "related: must list at least 3"],
    ["related slug not a slug", { related: "[beta, Not A Slug]" }, "related.1: must be a lower-case slug"],
    ["no sources", { sources: "[]" }, "sources: must list at least 1"],
    [
      "source url not http",
      { sources: "\n  - title: T\n    url: ftp://x.org/a\n    accessed: 2026-11-27" },
      "sources.0.url",
    ],
    ["source without accessed date", { sources: "\n  - title: T\n    url: https://x.org/a" }, "sources.0.accessed"],
    ["updated not a date", { updated: "last week" }, "updated: must be a date written YYYY-MM-DD"],
    ["unknown field", { tags: "[x]" }, "frontmatter: Unrecognized key"],
  ])("rejects %s, naming file and field", (_, fields, message) => {
    const problems = problemsOf("content/terms/alpha.mdx", termFile(fields));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toContain(`content/terms/alpha.mdx: ${message}`);
  });

  it("rejects a file without frontmatter", () => {
    expect(problemsOf("content/terms/alpha.mdx", body())).toEqual([
      "content/terms/alpha.mdx: frontmatter: missing (the file must start with a --- block)",
    ]);
  });

  it("rejects YAML that does not parse", () => {
    expect(problemsOf("content/terms/alpha.mdx", "---\ntitle: [unclosed\n---\n" + body())[0]).toMatch(
      /^content\/terms\/alpha\.mdx: frontmatter: not valid YAML/,
    );
  });

  it("rejects a bad file name", () => {
    expect(problemsOf("content/terms/Alpha Term.mdx", termFile({}))[0]).toContain(
      "content/terms/Alpha Term.mdx: file name",
    );
  });

  it("names a missing section", () => {
    const content = body().replace("## Why it matters", "## Why care");
    expect(problemsOf("content/terms/alpha.mdx", termFile({}, content))).toEqual([
      'content/terms/alpha.mdx: section "Why it matters": missing (add a "## Why it matters" heading)',
    ]);
  });

  it("names a section out of order", () => {
    const content = "\n## Why it matters\n\nx\n\n## Definition\n\nx\n\n## In practice\n\nx\n";
    expect(problemsOf("content/terms/alpha.mdx", termFile({}, content))).toEqual([
      'content/terms/alpha.mdx: section "Why it matters": out of order (expected Definition, Why it matters, In practice)',
    ]);
  });

  it("refuses a hand-written Related terms section", () => {
    const content = body() + "\n## Related terms\n\nx\n";
    expect(problemsOf("content/terms/alpha.mdx", termFile({}, content))[0]).toContain(
      'section "Related terms": remove it',
    );
  });
});

describe("bodyLinks", () => {
  it("finds Markdown links, href attributes and TermLink slugs, once each", () => {
    const text = `See [a](/glossary/alpha), [a again](/glossary/alpha#definition), <a href="/glossary/beta">b</a>
      and <TermLink slug="gamma">g</TermLink>, not [home](/) or [ext](https://x.org/glossary/delta).`;
    expect(bodyLinks(text).sort()).toEqual(["alpha", "beta", "gamma"]);
  });
});

const file = (slug: string, fields: Record<string, string>, content?: string) => ({
  file: `content/terms/${slug}.mdx`,
  source: termFile({ title: slug[0]!.toUpperCase() + slug.slice(1), ...fields }, content),
});

describe("buildGlossary", () => {
  const good = () => [
    file("alpha", { related: "[beta, gamma, epsilon]" }),
    file("beta", { related: "[gamma, delta, epsilon]" }),
    file("gamma", { related: "[alpha, beta, epsilon]" }, body(" See [delta](/glossary/delta).")),
    file("delta", { related: "[beta, gamma, epsilon]" }, body(" See [alpha](/glossary/alpha).")),
    file("epsilon", { related: "[alpha, beta, gamma]" }),
  ];

  it("sorts terms by title and builds backlinks from related lists and body links", () => {
    const glossary = buildGlossary(good());
    expect(glossary.terms.map((t) => t.slug)).toEqual(["alpha", "beta", "delta", "epsilon", "gamma"]);
    const mentions = (slug: string) =>
      glossary.mentionedIn
        .get(slug)!
        .map((t) => t.slug)
        .sort();
    // alpha is listed by gamma and epsilon (which alpha lists back, so no mention) and linked from delta's body.
    expect(mentions("alpha")).toEqual(["delta"]);
    // beta is listed by alpha, gamma and delta; beta lists gamma and delta itself.
    expect(mentions("beta")).toEqual(["alpha"]);
    // gamma: listed by alpha and beta and delta; gamma lists alpha and beta.
    expect(mentions("gamma")).toEqual(["delta"]);
    // delta: listed by beta and linked from gamma's body, but delta lists both itself.
    expect(mentions("delta")).toEqual([]);
    // epsilon: listed by all four; it lists alpha, beta and gamma back, not delta.
    expect(mentions("epsilon")).toEqual(["delta"]);
  });

  it("makes every relation visible from both ends", () => {
    const glossary = buildGlossary(good());
    for (const term of glossary.terms) {
      for (const target of term.related) {
        const other = glossary.bySlug.get(target)!;
        const shown = other.related.includes(term.slug) || glossary.mentionedIn.get(target)!.includes(term);
        expect(shown, `${target} shows ${term.slug}`).toBe(true);
      }
    }
  });

  it("fails naming the file and the field when a related slug does not exist", () => {
    const files = [...good(), file("eta", { related: "[alpha, beta, zeta]" })];
    expect(() => buildGlossary(files)).toThrow(ContentError);
    expect(() => buildGlossary(files)).toThrow('content/terms/eta.mdx: related.2: no term "zeta"');
  });

  it("fails when a term relates to itself", () => {
    const files = [...good().slice(1), file("alpha", { related: "[alpha, beta, gamma]" })];
    expect(() => buildGlossary(files)).toThrow("content/terms/alpha.mdx: related.0: a term cannot relate to itself");
  });

  it("fails when an in-body link points nowhere", () => {
    const files = [...good().slice(1), file("alpha", {}, body(" See [x](/glossary/no-such-term)."))];
    expect(() => buildGlossary(files)).toThrow(
      "content/terms/alpha.mdx: body: link to /glossary/no-such-term points to no term",
    );
  });

  it("fails when an embedded calculator does not exist", () => {
    const files = [...good().slice(1), file("alpha", {}, body('\n\n<Calculator id="no-such-calculator" />'))];
    expect(() => buildGlossary(files)).toThrow(
      'content/terms/alpha.mdx: body: <Calculator id="no-such-calculator"> names no calculator',
    );
  });

  it("lists every problem of every file at once", () => {
    try {
      buildGlossary([file("alpha", { category: "x" }), file("beta", { updated: "soon" })]);
      expect.unreachable();
    } catch (error) {
      expect((error as ContentError).problems).toHaveLength(2);
    }
  });
});

describe("groupByLetter", () => {
  it("groups by first letter, symbols and digits under #", () => {
    const { terms } = buildGlossary([
      file("alpha", { related: "[beta, gamma, delta]" }),
      file("beta", { related: "[alpha, gamma, delta]", title: "'Beta'" }),
      file("gamma", { related: "[alpha, beta, delta]", title: "4-bit" }),
      file("delta", { related: "[alpha, beta, gamma]", title: "Beta two" }),
    ]);
    expect(groupByLetter(terms).map(([l, ts]) => [l, ts.map((t) => t.slug)])).toEqual([
      ["#", ["gamma"]],
      ["A", ["alpha"]],
      ["B", ["beta", "delta"]],
    ]);
  });
});

describe("termOfTheWeek", () => {
  it("changes on Mondays and cycles through every term", () => {
    const terms = ["a", "b", "c"];
    // 2026-01-05 is a Monday: week 0. Sunday 2026-01-11 is still week 0; Monday 2026-01-12 is week 1.
    expect(termOfTheWeek(terms, new Date("2026-01-05T00:00:00Z"))).toBe("a");
    expect(termOfTheWeek(terms, new Date("2026-01-11T23:59:59Z"))).toBe("a");
    expect(termOfTheWeek(terms, new Date("2026-01-12T00:00:00Z"))).toBe("b");
    expect(termOfTheWeek(terms, new Date("2026-01-26T00:00:00Z"))).toBe("a"); // week 3 wraps
    expect(termOfTheWeek(terms, new Date("2025-12-29T00:00:00Z"))).toBe("c"); // week -1
    expect(termOfTheWeek([], new Date())).toBeUndefined();
    expect(termForWeek(terms, 4)).toBe("b"); // the home page asks by week number
    expect(termForWeek(terms, -4)).toBe("c");
  });
});

describe("the committed content", () => {
  const files = readContentFiles("content/terms");

  it("is valid, with every term's sections, related terms and sources", () => {
    const glossary = buildGlossary(files);
    expect(glossary.terms.length).toBe(files.length);
    expect(glossary.terms.length).toBeGreaterThanOrEqual(60);
    for (const term of glossary.terms) {
      // The three body sections in order (the page adds the fourth, Related terms, from the frontmatter).
      const headings = [...term.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
      expect(
        headings.filter((h) => ["Definition", "Why it matters", "In practice"].includes(h)),
        term.slug,
      ).toEqual(["Definition", "Why it matters", "In practice"]);
      expect(term.related.length, `${term.slug} related`).toBeGreaterThanOrEqual(3);
      for (const slug of term.related) expect(glossary.bySlug.has(slug), `${term.slug} -> ${slug}`).toBe(true);
      expect(term.sources.length, term.slug).toBeGreaterThanOrEqual(1);
      for (const source of term.sources) expect(source.accessed, `${term.slug} source`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const slug of ["inference-economics", "inference-cost", "token-pricing", "inference", "hyperscaler"]) {
      expect(glossary.bySlug.has(slug), slug).toBe(true);
    }
  });
});
