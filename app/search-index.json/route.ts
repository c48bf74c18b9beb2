// The search and preview index, fetched by the browser only when a reader searches or hovers a term.
import { getGlossary } from "@/lib/content/load";
import type { SearchEntry } from "@/lib/search";

export const dynamic = "force-static";

export function GET() {
  const entries: SearchEntry[] = getGlossary().terms.map((t) => ({ slug: t.slug, title: t.title, aliases: t.aliases, summary: t.summary }));
  return Response.json(entries, { headers: { "Cache-Control": "public, max-age=3600" } });
}
