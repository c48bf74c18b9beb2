// schema.org JSON-LD for term pages. Pure: the page passes the term and the site origin.
import type { Term } from "../content/terms";
import { termUrl } from "./term-dto";

export const definedTermSetName = "Inference Economics glossary";

export type DefinedTermJsonLd = {
  "@context": "https://schema.org";
  "@type": "DefinedTerm";
  "@id": string;
  name: string;
  description: string;
  alternateName?: string[];
  url: string;
  termCode: string;
  inDefinedTermSet: { "@type": "DefinedTermSet"; "@id": string; name: string; url: string };
  dateModified: string;
};

export function definedTermJsonLd(
  term: Pick<Term, "slug" | "title" | "summary" | "aliases" | "updated">,
  siteUrl: string,
): DefinedTermJsonLd {
  const url = termUrl(siteUrl, term.slug);
  const setUrl = `${siteUrl}/glossary`;
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    "@id": url,
    name: term.title,
    description: term.summary,
    ...(term.aliases.length > 0 ? { alternateName: [...term.aliases] } : {}),
    url,
    termCode: term.slug,
    inDefinedTermSet: { "@type": "DefinedTermSet", "@id": setUrl, name: definedTermSetName, url: setUrl },
    dateModified: term.updated,
  };
}

/**
 * JSON for an inline <script type="application/ld+json">. "<", ">" and "&" become \u escapes, which
 * JSON parsers read back as the same characters, so no text can close the script element
 * ("</script>") or open a comment ("<!--") inside it. U+2028/U+2029 are escaped for old JS parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
