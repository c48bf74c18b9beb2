import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryNav } from "@/components/category-nav";
import { TermIndex } from "@/components/term-index";
import { getGlossary } from "@/lib/content/load";
import { categories } from "@/lib/content/schema";
import { countByCategory } from "@/lib/content/terms";

type Props = { params: Promise<{ category: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return categories.map((c) => ({ category: c.id }));
}

function findCategory(id: string) {
  return categories.find((c) => c.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = findCategory((await params).category);
  if (!category) return {};
  return {
    title: `${category.label} terms`,
    description: `Glossary terms about ${category.label.toLowerCase()} in AI inference.`,
    alternates: { canonical: `/glossary/category/${category.id}` },
  };
}

export default async function CategoryPage({ params }: Props) {
  const category = findCategory((await params).category);
  if (!category) notFound();
  const { terms } = getGlossary();
  const inCategory = terms.filter((t) => t.category === category.id);
  return (
    <>
      <h1>{category.label}</h1>
      <p className="lead">
        {inCategory.length} {inCategory.length === 1 ? "term" : "terms"} in this category.
      </p>
      <CategoryNav current={category.id} counts={countByCategory(terms)} />
      <TermIndex terms={inCategory} />
    </>
  );
}
