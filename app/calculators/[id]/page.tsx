import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CalculatorWidget } from "@/components/calculators/calculator-widget";
import { PriceHistoryChart } from "@/components/charts/price-history-chart";
import { calculatorView, dataAsOf } from "@/lib/calculators/server";
import { getCalculator } from "@/lib/economics";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = getCalculator((await params).id);
  if (!c) return {};
  return { title: c.title, description: c.description, alternates: { canonical: `/calculators/${c.id}` } };
}

export default async function CalculatorPage({ params, searchParams }: Props) {
  const { id } = await params;
  const calculator = getCalculator(id);
  if (!calculator) notFound();
  const query = Object.fromEntries(
    Object.entries(await searchParams).filter(([k]) => k !== "saved").flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : Array.isArray(v) ? [[k, v.at(-1)!]] : [])),
  );
  const { widget: props, modelPrices: prices } = calculatorView(id, query);
  return (
    <>
      <p className="eyebrow">
        <Link href="/calculators">Calculators</Link>
      </p>
      <h1>{calculator.title}</h1>
      <p className="lead">{calculator.description}</p>
      {/* The widget renders the result for this query on the server; JavaScript only makes it live. */}
      <CalculatorWidget key={JSON.stringify(props.initial)} {...props} />
      {id === "price-decline" && (
        <section aria-labelledby="history">
          <h2 id="history">Price history</h2>
          <PriceHistoryChart />
        </section>
      )}
      {prices && (
        <p className="muted" data-testid="model-prices">
          Prices of {prices.name} as of {prices.asOf}, from {prices.source}; edit any field to override them.
        </p>
      )}
      <p className="muted">
        Reference data as of {dataAsOf()}. JSON: <a href={`/api/v1/calculators/${id}`}>/api/v1/calculators/{id}</a>
      </p>
    </>
  );
}
