import Link from "next/link";
import { TermCard } from "@/components/term-card";
import { getGlossary } from "@/lib/content/load";

const featuredSlugs = ["inference-economics", "inference-cost", "token-pricing"];

export default function HomePage() {
  const { terms, bySlug } = getGlossary();
  const featured = featuredSlugs.flatMap((slug) => bySlug.get(slug) ?? []);
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
