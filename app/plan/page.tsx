// /plan: the deployment planner under a short address, the same page as /calculators/deployment.
import type { Metadata } from "next";
import { CalculatorPageContent, calculatorQuery } from "@/components/calculators/calculator-page";
import { deployment } from "@/lib/economics";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: deployment.title,
  description: deployment.description,
  alternates: { canonical: `/calculators/${deployment.id}` },
};

export default async function PlanPage({ searchParams }: Props) {
  return <CalculatorPageContent calculator={deployment} query={calculatorQuery(await searchParams)} />;
}
