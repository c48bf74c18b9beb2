// /llms.txt (https://llmstxt.org): a Markdown index of the site for language models. Pure.
import { markdownLink } from "./markdown";
import { termMarkdownUrl } from "./term-dto";

export type LlmsInput = {
  siteUrl: string;
  terms: { slug: string; title: string; summary: string }[];
  calculators: { id: string; title: string; description: string }[];
  issues: { slug: string; title: string; summary: string; date: string }[];
};

export const siteSummary =
  "A glossary and set of calculators on the economics of running AI models in production: GPU time, memory for weights and KV caches, bandwidth, per-token prices and margins. Every term is explained in plain words and backed by dated figures and sources.";

export function buildLlmsTxt({ siteUrl, terms, calculators, issues }: LlmsInput): string {
  const sections = [
    "# Inference Economics",
    `> ${siteSummary}`,
    [
      "Each glossary entry links to its Markdown version; the HTML page is at the same address without `.md`.",
      `Every calculator has a JSON API that takes its inputs as query parameters; ${siteUrl}/api/v1/calculators describes them all.`,
      `The glossary is also available as JSON at ${siteUrl}/api/v1/terms, and as an Atom feed at ${siteUrl}/feed.xml.`,
    ].join(" "),
    "## Glossary",
    terms.map((t) => `- ${markdownLink(t.title, termMarkdownUrl(siteUrl, t.slug))}: ${t.summary}`).join("\n"),
    "## Calculators",
    [
      `- ${markdownLink("All calculators", `${siteUrl}/calculators`)}: the index, with what each one answers`,
      ...calculators.map(
        (c) =>
          `- ${markdownLink(c.title, `${siteUrl}/calculators/${c.id}`)}: ${c.description} JSON API: ${siteUrl}/api/v1/calculators/${c.id}`,
      ),
    ].join("\n"),
    "## Newsletter",
    [
      `- ${markdownLink("Newsletter", `${siteUrl}/newsletter`)}: every issue, and the sign-up form`,
      ...issues.map((i) => `- ${markdownLink(i.title, `${siteUrl}/newsletter/${i.slug}`)} (${i.date}): ${i.summary}`),
    ].join("\n"),
  ];
  return sections.join("\n\n") + "\n";
}
