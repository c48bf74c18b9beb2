import type { MetadataRoute } from "next";
import { loadDatasets } from "@/lib/content/datasets";
import { getGlossary } from "@/lib/content/load";
import { getIssues } from "@/lib/content/load-newsletter";
import { categories } from "@/lib/content/schema";
import { calculators } from "@/lib/economics";
import { env } from "@/lib/env.mjs";
import { listModels, PRICES_DATA } from "@/lib/prices/catalog";
import { modelPath } from "@/lib/prices/model-rows";

const newest = (dates: string[]) =>
  dates.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);

export default function sitemap(): MetadataRoute.Sitemap {
  const site = env.SITE_URL;
  const { terms } = getGlossary();
  const issues = getIssues();
  // Calculator pages change when the reference data does.
  const dataAsOf = loadDatasets().meta.asOf;
  const glossaryUpdated = newest(terms.map((t) => t.updated));
  const newsletterUpdated = newest(issues.map((i) => i.date));

  return [
    { url: `${site}/`, lastModified: newest([glossaryUpdated, newsletterUpdated].filter((d) => d !== undefined)) },
    { url: `${site}/glossary`, lastModified: glossaryUpdated },
    ...categories.map((c) => ({
      url: `${site}/glossary/category/${c.id}`,
      lastModified: newest(terms.filter((t) => t.category === c.id).map((t) => t.updated)),
    })),
    ...terms.map((t) => ({ url: `${site}/glossary/${t.slug}`, lastModified: t.updated })),
    { url: `${site}/calculators`, lastModified: dataAsOf },
    ...calculators.map((c) => ({ url: `${site}/calculators/${c.id}`, lastModified: dataAsOf })),
    { url: `${site}/newsletter`, lastModified: newsletterUpdated },
    ...issues.map((i) => ({ url: `${site}/newsletter/${i.slug}`, lastModified: i.date })),
    // Model pages change with the price database's data.
    { url: `${site}/models`, lastModified: PRICES_DATA.publishedOn },
    ...listModels().map((m) => ({ url: `${site}${modelPath(m.id)}`, lastModified: PRICES_DATA.publishedOn })),
  ];
}
