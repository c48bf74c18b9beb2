import Link from "next/link";
import { TermCard } from "@/components/term-card";
import { TermOfTheWeek } from "@/components/term-of-the-week";
import card from "@/components/ui/card.module.css";
import { getGlossary } from "@/lib/content/load";
import { termForWeek } from "@/lib/content/terms";
import { weekIndex } from "@/lib/content/week";
import { listModels } from "@/lib/prices/catalog";
import home from "./home.module.css";

// Prerendered, not ISR: a page regenerated at run time would no longer match the script hashes taken
// from its build (lib/server/csp.ts). The term of the week still moves on: the page carries the next weeks'.
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
      <section className={home.hero}>
        <h1>What it really costs to run AI models</h1>
        <p className="lead">
          A reference on inference economics: GPU time, memory for weights and KV caches, bandwidth, per-token prices
          and margins. Each term is explained in plain words and backed by dated figures and sources.
        </p>
      </section>
      <section aria-labelledby="start">
        <h2 id="start" className="visually-hidden">
          What you can do here
        </h2>
        <div className={card.grid}>
          <article className={card.card}>
            <h3 className={card.title}>
              <Link href="/plan">Plan a deployment</Link>
            </h3>
            <p>
              Pick a model, a GPU and your traffic: see whether it fits, how fast it serves, what it costs per month and
              per million tokens, and when it beats the APIs.
            </p>
          </article>
          <article className={card.card}>
            <h3 className={card.title}>
              <Link href="/models">Compare model prices</Link>
            </h3>
            <p>
              Current prices of {listModels().length.toLocaleString("en-US")} hosted models, ranked by what your
              workload costs on each, with long-context tiers and cache prices applied.
            </p>
          </article>
          <article className={card.card}>
            <h3 className={card.title}>
              <Link href="/calculators">Run the numbers</Link>
            </h3>
            <p>
              Calculators for API bills and agent sessions, GPU memory and speed, self-hosting and margins, all on one
              set of formulas and dated data.
            </p>
          </article>
          <article className={card.card}>
            <h3 className={card.title}>
              <Link href="/glossary">Read the glossary</Link>
            </h3>
            <p>
              {terms.length} terms explained in plain words, each with a short summary, worked examples and dated
              sources.
            </p>
          </article>
        </div>
      </section>
      {weeks.length > 0 && (
        <section aria-labelledby="term-of-the-week">
          <h2 id="term-of-the-week">Term of the week</h2>
          <TermOfTheWeek firstWeek={firstWeek} weeks={weeks} />
        </section>
      )}
      <section aria-labelledby="featured">
        <h2 id="featured">Start here</h2>
        <div className={card.grid}>
          {featured.map((term) => (
            <TermCard key={term.slug} term={term} />
          ))}
        </div>
      </section>
    </>
  );
}
