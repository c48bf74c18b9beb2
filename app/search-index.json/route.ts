// The search and preview index, fetched by the browser only when a reader searches or hovers a term.
import { buildSearchIndex } from "@/lib/search-index";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildSearchIndex(), { headers: { "Cache-Control": "public, max-age=3600" } });
}
