import Link from "next/link";
import card from "@/components/ui/card.module.css";
import type { Term } from "@/lib/content/terms";

/** A term's title and one-line summary, linking to its page. */
export function TermCard({
  term,
  headingLevel = 3,
}: {
  term: Pick<Term, "slug" | "title" | "summary">;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={card.card}>
      <Heading className={card.title}>
        <Link href={`/glossary/${term.slug}`}>{term.title}</Link>
      </Heading>
      <p>{term.summary}</p>
    </article>
  );
}
