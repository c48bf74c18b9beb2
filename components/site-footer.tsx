import Link from "next/link";
import { SignupForm } from "@/components/newsletter/signup-form";
import { PreviewsToggle } from "@/components/site-preferences";
import layout from "@/components/ui/layout.module.css";
import styles from "./site-footer.module.css";

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={layout.container}>
        <SignupForm source="/" compact />
        <p>
          Inference Economics: the costs, prices and margins of running AI models, explained with the numbers.{" "}
          <Link href="/glossary">Browse the glossary</Link>, try the <Link href="/calculators">calculators</Link> or
          read the <Link href="/newsletter">newsletter archive</Link>.
        </p>
        <PreviewsToggle className={styles.previewsToggle} />
        <p className="muted">Prices change often: every figure on this site carries its date and source.</p>
      </div>
    </footer>
  );
}
