import Link from "next/link";
import { TermCard } from "@/components/term-card";
import { getGlossary } from "@/lib/content/load";
import { termOfTheWeek } from "@/lib/content/terms";

// Rebuilt daily so the term of the week moves on without a deploy.
export const revalidate = 86400;

const featuredSlugs = ["inference-economics", "inference-cost", "token-pricing"];

export default function HomePage() {
  const { terms, bySlug } = getGlossary();
  const featured = featuredSlugs.flatMap((slug) => bySlug.get(slug) ?? []);
  const weekly = termOfTheWeek(terms, new Date());
  return (
    <>
      <section className="hero">
        <h1>What it really costs to run AI models</h1>
        <p className="lead">
          A reference on inference economics: GPU time, memory for weights and KV caches, bandwidth, per-token
          prices and margins. Each term is explained in plain words and backed by dated figures and sources.
        </p>
        <p>
          <Link className="button" href="/glossary">
            Browse all {terms.length} terms
          </Link>
        </p>
      </section>
      {weekly && (
        <section aria-labelledby="term-of-the-week" className="weekly">
          <h2 id="term-of-the-week">Term of the week</h2>
          <TermCard term={weekly} />
        </section>
      )}
      <section aria-labelledby="featured">
        <h2 id="featured">Start here</h2>
        <div className="card-grid">
          {featured.map((term) => (
            <TermCard key={term.slug} term={term} />
          ))}
        </div>
      </section>
    </>
  );
}
