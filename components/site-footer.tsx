import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          Inference Economics: the costs, prices and margins of running AI models, explained with the numbers.{" "}
          <Link href="/glossary">Browse the glossary</Link>.
        </p>
        <p className="muted">Prices change often: every figure on this site carries its date and source.</p>
      </div>
    </footer>
  );
}
