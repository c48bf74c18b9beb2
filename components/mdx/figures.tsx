// Numbers quoted in prose, computed from the data and the calculators so the text never drifts.
import { computeFigure, formatAsOf, type PriceField, priceFigure } from "@/lib/calculators/figures";
import { loadDatasets } from "@/lib/content/datasets";

function AsOf({ date }: { date: string }) {
  return <span className="figure-note"> (as of {formatAsOf(date)})</span>;
}

/** `<Price model="openai/gpt-4o" field="input" />`: a list price from the price database (or content/data/api-prices.json) with its date. */
export function Price({ model, field = "input" }: { model: string; field?: PriceField }) {
  const { text, asOf } = priceFigure(loadDatasets(), model, field);
  return (
    <span className="figure">
      {text}
      <AsOf date={asOf} />
    </span>
  );
}

/** `<Compute id="self-host-cost" inputs={{...}} output="costPerMillionTokensUsd" />`: one calculator output. */
export function Compute({ id, inputs = {}, output }: { id: string; inputs?: Record<string, string | number>; output: string }) {
  const { text, asOf } = computeFigure(loadDatasets(), id, inputs, output);
  return (
    <span className="figure">
      {text}
      {asOf && <AsOf date={asOf} />}
    </span>
  );
}
