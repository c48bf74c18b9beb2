import { getGlossary } from "@/lib/content/load";
import { env } from "@/lib/env.mjs";
import { toTermDto } from "@/lib/publish/term-dto";

export const dynamic = "force-static";

export function generateStaticParams() {
  return getGlossary().terms.map((t) => ({ slug: t.slug }));
}

// dynamicParams stays true: an unknown slug reaches GET and gets a JSON 404, not the HTML not-found page.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const term = getGlossary().bySlug.get(slug);
  if (!term) return Response.json({ error: { message: `No term "${slug}"` } }, { status: 404 });
  return Response.json(toTermDto(term, env.SITE_URL));
}
