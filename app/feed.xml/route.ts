// Atom feed of the glossary terms and newsletter issues, newest first. Link it with
// alternates.types["application/atom+xml"] in the root layout's metadata.
import { getGlossary } from "@/lib/content/load";
import { getIssues } from "@/lib/content/load-newsletter";
import { env } from "@/lib/env.mjs";
import { buildAtomFeed } from "@/lib/publish/feed";
import { termUrl } from "@/lib/publish/term-dto";

export const dynamic = "force-static";

export function GET() {
  const site = env.SITE_URL;
  const xml = buildAtomFeed({
    title: "Inference Economics",
    subtitle: "New and updated glossary terms, and newsletter issues, on the economics of running AI models.",
    siteUrl: site,
    feedUrl: `${site}/feed.xml`,
    author: "Inference Economics",
    entries: [
      ...getGlossary().terms.map((t) => ({
        title: t.title,
        url: termUrl(site, t.slug),
        updated: t.updated,
        summary: t.summary,
        category: "Glossary",
      })),
      ...getIssues().map((i) => ({
        title: i.title,
        url: `${site}/newsletter/${i.slug}`,
        updated: i.date,
        summary: i.summary,
        category: "Newsletter",
      })),
    ],
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
