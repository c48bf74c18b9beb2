// What the site search covers, built once per build for /search-index.json: every term, calculator,
// model of the price database and newsletter issue, each with the page it opens.
import "server-only";
import { getGlossary } from "@/lib/content/load";
import { getIssues } from "@/lib/content/load-newsletter";
import { calculators } from "@/lib/economics";
import { listModels } from "@/lib/prices/catalog";
import { modelPath } from "@/lib/prices/model-rows";
import type { SearchEntry } from "@/lib/search";

export function buildSearchIndex(): SearchEntry[] {
  return [
    ...getGlossary().terms.map((t): SearchEntry => ({
      kind: "term",
      href: `/glossary/${t.slug}`,
      title: t.title,
      aliases: t.aliases,
      summary: t.summary,
    })),
    ...calculators.map((c): SearchEntry => ({
      kind: "calculator",
      href: `/calculators/${c.id}`,
      title: c.title,
      aliases: ["calculator"],
      summary: c.description,
    })),
    ...listModels().map((m): SearchEntry => ({
      kind: "model",
      href: modelPath(m.id),
      title: `${m.name} (${m.providerName})`,
      // The bare model id ("claude-opus-4-5") and the provider id find it too.
      aliases: [m.modelId, m.providerId],
      summary: m.deprecated ? `Deprecated. API prices on ${m.providerName}.` : `API prices on ${m.providerName}.`,
    })),
    ...getIssues().map((i): SearchEntry => ({
      kind: "issue",
      href: `/newsletter/${i.slug}`,
      title: i.title,
      aliases: ["newsletter"],
      summary: i.summary,
    })),
  ];
}
