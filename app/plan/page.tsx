// /plan: the deployment planner under the short address its definition gives (deployment.href), the same
// page as /calculators/deployment.
import type { Metadata } from "next";
import { CalculatorPageContent } from "@/components/calculators/calculator-page";
import { calculatorHref } from "@/lib/economics/calculator";
import { deployment } from "@/lib/economics/deployment";
import { queryValues } from "@/lib/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: deployment.title,
  description: deployment.description,
  alternates: { canonical: calculatorHref(deployment) },
};

export default async function PlanPage({ searchParams }: Props) {
  return <CalculatorPageContent calculator={deployment} query={queryValues(await searchParams, ["saved"])} />;
}
