import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CalculatorPageContent } from "@/components/calculators/calculator-page";
import { getCalculator } from "@/lib/economics";
import { calculatorHref } from "@/lib/economics/calculator";
import { queryValues } from "@/lib/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = getCalculator((await params).id);
  if (!c) return {};
  return { title: c.title, description: c.description, alternates: { canonical: calculatorHref(c) } };
}

export default async function CalculatorPage({ params, searchParams }: Props) {
  const calculator = getCalculator((await params).id);
  if (!calculator) notFound();
  return <CalculatorPageContent calculator={calculator} query={queryValues(await searchParams, ["saved"])} />;
}
