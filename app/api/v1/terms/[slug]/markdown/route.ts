// The Markdown version of a term. Readers reach it as /glossary/<slug>.md (a rewrite in next.config.mjs).
import { loadDatasets } from "@/lib/content/datasets";
import { getGlossary } from "@/lib/content/load";
import { env } from "@/lib/env.mjs";
import { termToMarkdown } from "@/lib/publish/markdown";

export const dynamic = "force-static";

export function generateStaticParams() {
  return getGlossary().terms.map((t) => ({ slug: t.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { bySlug } = getGlossary();
  const term = bySlug.get(slug);
  if (!term)
    return new Response(`No term "${slug}"\n`, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const markdown = termToMarkdown(term, { siteUrl: env.SITE_URL, data: loadDatasets(), terms: bySlug });
  return new Response(markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      // The HTML page is the canonical version of this document.
      Link: `<${env.SITE_URL}/glossary/${term.slug}>; rel="canonical"`,
    },
  });
}
