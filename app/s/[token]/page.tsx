import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ScenarioTable } from "@/components/scenarios/scenario-table";
import { compareRows } from "@/lib/scenarios/table";
import { scenarios } from "@/lib/services";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scenario = await scenarios.getShared((await params).token);
  if (!scenario) return { title: "Not found", robots: { index: false } };
  const description = scenario.headline
    ? `${scenario.calculatorTitle}: ${scenario.headline.label} ${scenario.headline.value}${scenario.headline.rate && ` ${scenario.headline.rate}`}.`
    : scenario.calculatorTitle;
  // Shared links are unlisted: reachable by whoever has the link, kept out of search engines.
  return {
    title: scenario.name,
    description,
    robots: { index: false, follow: false },
    openGraph: { title: scenario.name, description },
  };
}

export default async function SharedScenarioPage({ params }: Props) {
  const scenario = await scenarios.getShared((await params).token);
  if (!scenario) notFound();
  const open = `/calculators/${scenario.calculatorId}?${new URLSearchParams(scenario.inputs)}`;
  return (
    <>
      <p className="eyebrow">Shared scenario · read-only</p>
      <h1>{scenario.name}</h1>
      <p className="lead">
        {scenario.calculatorTitle}
        {scenario.headline && (
          <>
            {" · "}
            {scenario.headline.label}: <strong data-testid="shared-headline">{scenario.headline.value}</strong>
            {scenario.headline.rate && ` ${scenario.headline.rate}`}
          </>
        )}
      </p>
      {scenario.note && <p className="scenario-note">{scenario.note}</p>}
      <ScenarioTable
        caption="Inputs and results of this scenario"
        columns={[{ id: scenario.id, name: scenario.name, sub: scenario.calculatorTitle }]}
        rows={compareRows([scenario])}
      />
      <p>
        <Link href={open}>Open these inputs in the calculator</Link> to try your own numbers.
      </p>
    </>
  );
}
