import Link from "next/link";
import { TermCard } from "@/components/term-card";
import { getGlossary } from "@/lib/content/load";
import { TermOfTheWeek } from "@/components/term-of-the-week";
import { termForWeek } from "@/lib/content/terms";
import { weekIndex } from "@/lib/content/week";

// Prerendered, not ISR: a page regenerated at run time would no longer match the script hashes taken
// from its build (lib/csp.ts). The term of the week still moves on: the page carries the next weeks'.
const UPCOMING_WEEKS = 26;

const featuredSlugs = ["inference-economics", "inference-cost", "token-pricing"];

export default function HomePage() {
  const { terms, bySlug } = getGlossary();
  const featured = featuredSlugs.flatMap((slug) => bySlug.get(slug) ?? []);
  const firstWeek = weekIndex(new Date());
  const weeks = Array.from({ length: UPCOMING_WEEKS }, (_, i) => termForWeek(terms, firstWeek + i)).flatMap((term) =>
    term ? [{ slug: term.slug, title: term.title, summary: term.summary }] : [],
  );
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
      {weeks.length > 0 && (
        <section aria-labelledby="term-of-the-week" className="weekly">
          <h2 id="term-of-the-week">Term of the week</h2>
          <TermOfTheWeek firstWeek={firstWeek} weeks={weeks} />
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
