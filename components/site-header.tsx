import Link from "next/link";
import { AccountMenu } from "@/components/auth/account-menu";
import { SearchDialog } from "@/components/search/search-dialog";
import { ThemeToggle } from "@/components/site-preferences";

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="container header-row">
        <Link href="/" className="brand">
          Inference Economics
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
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
        <div className="header-tools">
          <SearchDialog />
          <ThemeToggle />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
