// /plan: the deployment planner under a short address, the same page as /calculators/deployment.
import type { Metadata } from "next";
import { CalculatorPageContent } from "@/components/calculators/calculator-page";
import { deployment } from "@/lib/economics";
import { queryValues } from "@/lib/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: deployment.title,
  description: deployment.description,
  alternates: { canonical: `/calculators/${deployment.id}` },
};

// A first visit starts from a worked plan (the API's own example) instead of empty pickers and dashes.
const FIRST_PLAN = { model: "llama-3-1-70b", gpu: "h100-sxm" };

export default async function PlanPage({ searchParams }: Props) {
  const query = queryValues(await searchParams, ["saved"]);
  return <CalculatorPageContent calculator={deployment} query={Object.keys(query).length === 0 ? FIRST_PLAN : query} />;
}
