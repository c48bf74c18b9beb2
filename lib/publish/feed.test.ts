import { describe, expect, it } from "vitest";
import { buildAtomFeed, escapeXml, toRfc3339, type FeedEntry } from "./feed";

const feed = (entries: FeedEntry[]) =>
  buildAtomFeed({
    title: "Inference Economics",
    siteUrl: "https://ie.example",
    feedUrl: "https://ie.example/feed.xml",
    author: "IE",
    entries,
  });

const entry = (title: string, updated: string, extra: Partial<FeedEntry> = {}): FeedEntry => ({
  title,
  url: `https://ie.example/glossary/${title.toLowerCase().replace(/\W+/g, "-")}`,
  updated,
  summary: `About ${title}.`,
  ...extra,
});

/** The text of every <tag> in document order. */
const all = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`, "g"))].map((m) => m[1]);

describe("escapeXml", () => {
  it("escapes markup and both quote characters", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&#60;a href=&#34;x&#34;&#62;Tom &#38; Jerry&#39;s&#60;/a&#62;",
    );
  });

  it("drops characters XML 1.0 forbids and keeps the ones it allows", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\tline\nnext\u00e9\u{1F600}\uD800")).toBe(
      "abcd\tline\nnext\u00e9\u{1F600}",
    );
  });
});

describe("toRfc3339", () => {
  it("turns a date into midnight UTC and keeps full timestamps", () => {
    expect(toRfc3339("2026-11-27")).toBe("2026-11-27T00:00:00Z");
    expect(toRfc3339("2026-11-27T10:00:00+01:00")).toBe("2026-11-27T10:00:00+01:00");
    expect(() => toRfc3339("27 Nov 2026")).toThrow(RangeError);
  });
});

describe("buildAtomFeed", () => {
  const xml = feed([
    entry("Older", "2026-01-05"),
    entry("Newest", "2026-11-27", { url: "https://ie.example/newsletter/issue", category: "Newsletter" }),
    entry("Beta", "2026-06-01"),
    entry("Alpha", "2026-06-01"),
  ]);

  it("lists entries newest first, ties by title, and dates the feed by its newest entry", () => {
    expect(all(xml, "title")).toEqual(["Inference Economics", "Newest", "Alpha", "Beta", "Older"]);
    expect(all(xml, "updated")).toEqual([
      "2026-11-27T00:00:00Z",
      "2026-11-27T00:00:00Z",
      "2026-06-01T00:00:00Z",
      "2026-06-01T00:00:00Z",
      "2026-01-05T00:00:00Z",
    ]);
  });

  it("gives each entry its URL as id and link, and the feed its own URL", () => {
    expect(all(xml, "id")).toEqual([
      "https://ie.example/feed.xml",
      "https://ie.example/newsletter/issue",
      "https://ie.example/glossary/alpha",
      "https://ie.example/glossary/beta",
      "https://ie.example/glossary/older",
    ]);
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="https://ie.example/feed.xml"/>`);
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="https://ie.example/newsletter/issue"/>`);
    expect(xml).toContain(`<category term="Newsletter"/>`);
    expect(xml.startsWith(`<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"`)).toBe(
      true,
    );
  });

  it("escapes titles, summaries and URLs", () => {
    const out = feed([
      entry("A < B & C", "2026-01-01", { summary: `"</summary><script>`, url: "https://ie.example/x?a=1&b=2" }),
    ]);
    expect(out).toContain("<title>A &#60; B &#38; C</title>");
    expect(out).toContain(`<summary type="text">&#34;&#60;/summary&#62;&#60;script&#62;</summary>`);
    expect(out).toContain(`href="https://ie.example/x?a=1&#38;b=2"`);
    expect(out).not.toContain("<script>");
  });

  it("is a well-formed document with no entries", () => {
    const empty = feed([]);
    expect(empty).toContain("<updated>1970-01-01T00:00:00Z</updated>");
    expect(empty).not.toContain("<entry>");
  });
});
