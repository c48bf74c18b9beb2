import Link from "next/link";
import { groupByLetter, type Term } from "@/lib/content/terms";
import styles from "./term-index.module.css";

/** Terms A–Z grouped by letter, each with its one-line summary. */
export function TermIndex({ terms }: { terms: Term[] }) {
  const groups = groupByLetter(terms);
  if (groups.length === 0) return <p>No terms in this category yet.</p>;
  return (
    <>
      <nav aria-label="Letters" className={styles.letterNav}>
        <ul>
          {groups.map(([letter]) => (
            <li key={letter}>
              <a href={`#letter-${letter}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(([letter, group]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className={styles.group}>
          <h2 id={`letter-${letter}`}>{letter}</h2>
          <dl className={styles.list} data-testid="term-list">
            {group.map((term) => (
              <div key={term.slug}>
                <dt>
                  <Link href={`/glossary/${term.slug}`}>{term.title}</Link>
                </dt>
                <dd>{term.summary}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
