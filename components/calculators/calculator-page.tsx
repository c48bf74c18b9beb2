// The body of a calculator's own page, shared by /calculators/<id> and /plan (the planner's short address).
import Link from "next/link";
import { CalculatorWidget } from "@/components/calculators/calculator-widget";
import { PriceHistoryChart } from "@/components/charts/price-history-chart";
import { calculatorView, dataAsOf } from "@/lib/calculators/server";
import type { AnyCalculator } from "@/lib/economics";

type SearchParams = Record<string, string | string[] | undefined>;

/** The query as one string per name (the last of repeated ones), without the saved-scenario marker. */
export function calculatorQuery(searchParams: SearchParams): Record<string, string> {
  return Object.fromEntries(
    Object.entries(searchParams)
      .filter(([k]) => k !== "saved")
      .flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : Array.isArray(v) ? [[k, v.at(-1)!]] : [])),
  );
}

export function CalculatorPageContent({ calculator, query }: { calculator: AnyCalculator; query: Record<string, string> }) {
  const id = calculator.id;
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
