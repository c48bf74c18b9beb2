import Link from "next/link";
import { AccountMenu } from "@/components/auth/account-menu";
import { SearchDialog } from "@/components/search/search-dialog";
import { ThemeToggle } from "@/components/site-preferences";
import layout from "@/components/ui/layout.module.css";
import styles from "./site-header.module.css";

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <a className={styles.skipLink} href="#main">
        Skip to content
      </a>
      <div className={`${layout.container} ${styles.row}`}>
        <Link href="/" className={styles.brand}>
          Inference Economics
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <ul className="inline-list">
            <li>
              <Link href="/glossary">Glossary</Link>
            </li>
            <li>
              <Link href="/calculators">Calculators</Link>
            </li>
            <li>
              <Link href="/models">Models</Link>
            </li>
            <li>
              <Link href="/newsletter">Newsletter</Link>
            </li>
          </ul>
        </nav>
        <div className={styles.tools}>
          <SearchDialog />
          <ThemeToggle />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
