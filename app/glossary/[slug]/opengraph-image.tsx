// The social card for a term, rendered to PNG at build time.
import { getGlossary } from "@/lib/content/load";
import { categories } from "@/lib/content/schema";
import { cardSize, socialCard } from "@/lib/social-card";

export const alt = "An Inference Economics glossary term: its name, category and one-line summary";
export const size = cardSize;
export const contentType = "image/png";

export function generateStaticParams() {
  return getGlossary().terms.map((t) => ({ slug: t.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const term = getGlossary().bySlug.get((await params).slug);
  if (!term) return new Response("Not found", { status: 404 });
  const category = categories.find((c) => c.id === term.category)?.label ?? term.category;
  return socialCard({ badge: category, title: term.title, body: term.summary, footer: "Glossary" });
}
