// Atom 1.0 (RFC 4287) feed of the glossary terms and newsletter issues. Pure: callers pass the entries.

export type FeedEntry = {
  title: string;
  /** Absolute URL; also the entry's id. */
  url: string;
  /** YYYY-MM-DD, or a full RFC 3339 date-time. */
  updated: string;
  summary: string;
  /** Atom category term, e.g. "Glossary" or "Newsletter". */
  category?: string;
};

export type Feed = {
  title: string;
  subtitle?: string;
  /** The site's origin: the feed's alternate link. */
  siteUrl: string;
  /** The feed's own absolute URL: its id and its rel="self" link. */
  feedUrl: string;
  author: string;
  entries: FeedEntry[];
};

// Characters XML 1.0 forbids outright (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F).
const invalidXmlChars =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML element content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(invalidXmlChars, "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "2026-11-27" -> "2026-11-27T00:00:00Z"; a value that already has a time is checked and kept. */
export function toRfc3339(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(date)) return date;
  throw new RangeError(`not an RFC 3339 date: "${date}"`);
}

const instant = (date: string) => Date.parse(toRfc3339(date));

/** Newest first; entries of the same date by title, so the output is stable. */
export function sortEntries(entries: FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => instant(b.updated) - instant(a.updated) || a.title.localeCompare(b.title, "en"));
}

export function buildAtomFeed(feed: Feed): string {
  const entries = sortEntries(feed.entries);
  // The feed changed when its newest entry did; with no entries, the epoch keeps the output deterministic.
  const updated = entries[0] ? toRfc3339(entries[0].updated) : "1970-01-01T00:00:00Z";
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <id>${escapeXml(feed.feedUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries.flatMap((e) => [
      `  <entry>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <id>${escapeXml(e.url)}</id>`,
      `    <updated>${toRfc3339(e.updated)}</updated>`,
      ...(e.category ? [`    <category term="${escapeXml(e.category)}"/>`] : []),
      `    <summary type="text">${escapeXml(e.summary)}</summary>`,
      `  </entry>`,
    ]),
    `</feed>`,
  ];
  return lines.join("\n") + "\n";
}
