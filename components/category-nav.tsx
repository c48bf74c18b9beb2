import Link from "next/link";
import { categories, type CategoryId } from "@/lib/content/schema";
import styles from "./category-nav.module.css";

/** Filter links: "All" and one per category, each a static page. */
export function CategoryNav({ current, counts }: { current?: CategoryId; counts: Record<string, number> }) {
  return (
    <nav aria-label="Filter by category" className={styles.nav}>
      <ul className="inline-list">
        <li>
          <Link href="/glossary" aria-current={current ? undefined : "page"}>
            All
          </Link>
        </li>
        {categories.map((c) => (
          <li key={c.id}>
            <Link href={`/glossary/category/${c.id}`} aria-current={current === c.id ? "page" : undefined}>
              {c.label} <span className={styles.count}>({counts[c.id] ?? 0})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
