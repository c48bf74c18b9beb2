import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SignupForm } from "@/components/newsletter/signup-form";
import { TermAside } from "@/components/term-aside";
import { TermCard } from "@/components/term-card";
import card from "@/components/ui/card.module.css";
import { DateText } from "@/components/ui/date-text";
import { getGlossary } from "@/lib/content/load";
import { categories } from "@/lib/content/schema";
import { env } from "@/lib/env.mjs";
import { definedTermJsonLd, serializeJsonLd } from "@/lib/publish/structured-data";
import styles from "./term.module.css";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  // Loading the glossary validates every file: a bad one fails the build here, named.
  return getGlossary().terms.map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const term = getGlossary().bySlug.get((await params).slug);
  if (!term) return {};
  return {
    title: term.title,
    description: term.summary,
    // A page's alternates replace the layout's whole, so the feed link is repeated here.
    alternates: {
      canonical: `/glossary/${term.slug}`,
      types: { "text/markdown": `/glossary/${term.slug}.md`, "application/atom+xml": "/feed.xml" },
    },
    openGraph: { title: term.title, description: term.summary, type: "article", url: `/glossary/${term.slug}` },
    twitter: { card: "summary_large_image" },
  };
}

export default async function TermPage({ params }: Props) {
  const { slug } = await params;
  const { bySlug, mentionedIn } = getGlossary();
  const term = bySlug.get(slug);
  if (!term) notFound();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- an MDX module imported by a template path is typed any
  const { default: Body } = await import(`@/content/terms/${slug}.mdx`);
  const category = categories.find((c) => c.id === term.category);
  const related = term.related.flatMap((s) => bySlug.get(s) ?? []);
  const mentions = mentionedIn.get(slug) ?? [];

  const extraSections = [
    { id: "related-terms", text: "Related terms" },
    ...(mentions.length > 0 ? [{ id: "mentioned-in", text: "Mentioned in" }] : []),
    { id: "sources", text: "Sources" },
  ];

  return (
    <div className={styles.layout}>
      <article className={styles.article} data-testid="term-article">
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(definedTermJsonLd(term, env.SITE_URL)) }}
        />
        <header>
          <p className="eyebrow">
            <Link href={`/glossary/category/${term.category}`}>{category?.label}</Link>
          </p>
          <h1>{term.title}</h1>
          {term.aliases.length > 0 && (
            <p className={styles.aliases}>
              Also called:{" "}
              {term.aliases.map((a, i) => (
                <span key={a}>
                  {i > 0 ? ", " : ""}
                  <strong>{a}</strong>
                </span>
              ))}
            </p>
          )}
          <p className="lead">{term.summary}</p>
          <aside className={styles.inShort} aria-labelledby="in-short-heading">
            <h2 id="in-short-heading">In short</h2>
            <ul>
              {term.inShort.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </aside>
        </header>

        <div className="prose">
          <Body />
        </div>

        <section aria-labelledby="related-terms">
          <h2 id="related-terms">Related terms</h2>
          <div className={card.grid}>
            {related.map((t) => (
              <TermCard key={t.slug} term={t} />
            ))}
          </div>
        </section>

        {mentions.length > 0 && (
          <section aria-labelledby="mentioned-in">
            <h2 id="mentioned-in">Mentioned in</h2>
            <ul className="inline-list">
              {mentions.map((t) => (
                <li key={t.slug}>
                  <Link href={`/glossary/${t.slug}`}>{t.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        )}

        <SignupForm source={`/glossary/${slug}`} />

        <footer className={styles.footer}>
          <h2 id="sources">Sources</h2>
          <ol className={styles.sources} data-testid="sources">
            {term.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} rel="noopener">
                  {s.title}
                </a>{" "}
                <span className="muted">
                  (accessed <DateText date={s.accessed} />)
                </span>
              </li>
            ))}
          </ol>
          <p className="muted">
            Last updated <DateText date={term.updated} />.
          </p>
        </footer>
      </article>
      <TermAside term={term} extraSections={extraSections} />
    </div>
  );
}
