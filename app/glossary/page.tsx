import type { Metadata } from "next";
import { CategoryNav } from "@/components/category-nav";
import { GlossarySearch } from "@/components/search/glossary-search";
import { TermIndex } from "@/components/term-index";
import { getGlossary } from "@/lib/content/load";
import { countByCategory } from "@/lib/content/terms";

export const metadata: Metadata = {
  title: "Glossary",
  description: "Every term in inference economics, A to Z, with a one-line summary.",
  alternates: { canonical: "/glossary" },
};

export default function GlossaryPage() {
  const { terms } = getGlossary();
  return (
    <>
      <h1>Glossary</h1>
      <p className="lead">{terms.length} terms on the costs, prices and margins of AI inference, A to Z.</p>
      <GlossarySearch>
        <CategoryNav counts={countByCategory(terms)} />
        <TermIndex terms={terms} />
      </GlossarySearch>
    </>
  );
}
