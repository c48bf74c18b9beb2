import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SignupForm } from "@/components/newsletter/signup-form";
import { DateText } from "@/components/ui/date-text";
import { getIssues } from "@/lib/content/load-newsletter";
import styles from "../newsletter.module.css";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getIssues().map((i) => ({ slug: i.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const issue = getIssues().find((i) => i.slug === slug);
  if (!issue) return {};
  return { title: issue.title, description: issue.summary, alternates: { canonical: `/newsletter/${issue.slug}` } };
}

export default async function IssuePage({ params }: Props) {
  const { slug } = await params;
  const issue = getIssues().find((i) => i.slug === slug);
  if (!issue) notFound();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- an MDX module imported by a template path is typed any
  const { default: Body } = await import(`@/content/newsletter/${slug}.mdx`);
  return (
    <article className={styles.issue}>
      <p className="eyebrow">
        <Link href="/newsletter">Newsletter</Link>
      </p>
      <h1>{issue.title}</h1>
      <p className="muted">
        <DateText date={issue.date} />
      </p>
      <p className="lead">{issue.summary}</p>
      <div className="prose">
        <Body />
      </div>
      <SignupForm source={`/newsletter/${slug}`} />
    </article>
  );
}
