// The body of a calculator's own page, shared by /calculators/<id> and /plan (the planner's short address).
import Link from "next/link";
import type { ReactNode } from "react";
import { CalculatorWidgetFor } from "@/components/calculators/calculator-widget-for";
import { PriceHistoryChart } from "@/components/charts/price-history-chart";
import { calculatorView, dataAsOf } from "@/lib/calculators/server";
import type { AnyCalculator, CalculatorId } from "@/lib/economics";

/** What a calculator's own page shows under its widget, besides the dates and the JSON link. */
const pageSections: Partial<Record<CalculatorId, () => ReactNode>> = {
  "price-decline": () => (
    <section aria-labelledby="history">
      <h2 id="history">Price history</h2>
      <PriceHistoryChart />
    </section>
  ),
};

export function CalculatorPageContent({
  calculator,
  query,
}: {
  calculator: AnyCalculator;
  query: Record<string, string>;
}) {
  const id = calculator.id;
  // An address with no query opens on the definition's worked example, if it has one.
  const opening = Object.keys(query).length === 0 && calculator.defaultQuery ? calculator.defaultQuery : query;
  const { widget: props, modelPrices: prices } = calculatorView(id, opening);
  const Sections = pageSections[id];
  return (
    <>
      <p className="eyebrow">
        <Link href="/calculators">Calculators</Link>
      </p>
      <h1>{calculator.title}</h1>
      <p className="lead">{calculator.description}</p>
      {/* The widget renders the result for this query on the server; JavaScript only makes it live. */}
      <CalculatorWidgetFor key={JSON.stringify(props.initial)} {...props} />
      {Sections && <Sections />}
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
