import type { Metadata } from "next";
import Link from "next/link";
import { SignupForm } from "@/components/newsletter/signup-form";
import { DateText } from "@/components/ui/date-text";
import { getIssues } from "@/lib/content/load-newsletter";
import styles from "./newsletter.module.css";

export const metadata: Metadata = {
  title: "Newsletter",
  description: "The five stories on inference economics that matter, every Friday, with the numbers.",
  alternates: { canonical: "/newsletter" },
};

export default function NewsletterPage() {
  const issues = getIssues();
  return (
    <>
      <h1>Newsletter</h1>
      <p className="lead">
        Every Friday: the five stories on inference economics that matter, each with a number you can check. Double
        opt-in, one-click unsubscribe, no tracking pixels.
      </p>
      <SignupForm source="/newsletter" />
      <section aria-labelledby="archive">
        <h2 id="archive">Archive</h2>
        <ul className={styles.list}>
          {issues.map((issue) => (
            <li key={issue.slug}>
              <Link href={`/newsletter/${issue.slug}`}>{issue.title}</Link>{" "}
              <span className="muted">
                (<DateText date={issue.date} />)
              </span>
              <p>{issue.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
