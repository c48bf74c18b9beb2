// The public shape of a term, shared by the JSON API, llms.txt and the Markdown export. Pure: the
// caller passes the site origin (env.SITE_URL), so every URL in the output is absolute.
import type { CategoryId, Source } from "../content/schema";
import type { Term } from "../content/terms";

export type TermDto = {
  title: string;
  slug: string;
  summary: string;
  /** Two or three takeaways for readers who are not engineers. */
  inShort: string[];
  category: CategoryId;
  aliases: string[];
  /** Slugs of the related terms, in the order the term lists them. */
  related: string[];
  sources: Source[];
  /** YYYY-MM-DD */
  updated: string;
  /** The term's page. */
  url: string;
};

export function termUrl(siteUrl: string, slug: string): string {
  return `${siteUrl}/glossary/${slug}`;
}

/** The Markdown version of a term page (served through the /glossary/:slug.md rewrite). */
export function termMarkdownUrl(siteUrl: string, slug: string): string {
  return `${termUrl(siteUrl, slug)}.md`;
}

export function toTermDto(term: Term, siteUrl: string): TermDto {
  return {
    title: term.title,
    slug: term.slug,
    summary: term.summary,
    inShort: [...term.inShort],
    category: term.category,
    aliases: [...term.aliases],
    related: [...term.related],
    sources: term.sources.map(({ title, url, accessed }) => ({ title, url, accessed })),
    updated: term.updated,
    url: termUrl(siteUrl, term.slug),
  };
}
