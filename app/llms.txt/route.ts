// /llms.txt: the site's index for language models (https://llmstxt.org).
import { getGlossary } from "@/lib/content/load";
import { getIssues } from "@/lib/content/load-newsletter";
import { calculators } from "@/lib/economics";
import { env } from "@/lib/env.mjs";
import { buildLlmsTxt } from "@/lib/publish/llms";

export const dynamic = "force-static";

export function GET() {
  const text = buildLlmsTxt({
    siteUrl: env.SITE_URL,
    terms: getGlossary().terms,
    calculators: [...calculators],
    issues: getIssues(),
  });
  return new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
