// Numbers quoted in prose, computed from the data and the calculators so the text never drifts.
import { DateText } from "@/components/ui/date-text";
import { formatUsd, formatValue } from "@/lib/calculators/format";
import { runQuery } from "@/lib/calculators/server";
import { blendedPrice, loadDatasets } from "@/lib/content/datasets";
import { getCalculator } from "@/lib/economics";

function AsOf({ date }: { date: string }) {
  // Month precision ("2024-08") or a full day.
  const text = /^\d{4}$/.test(date)
    ? date
    : /^\d{4}-\d{2}$/.test(date)
      ? new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}-01T00:00:00Z`))
      : null;
  return <span className="figure-note"> (as of {text ?? <DateText date={date} />})</span>;
}

const priceFields = {
  input: { label: "input", get: (p: { inputPerM: number }) => p.inputPerM },
  output: { label: "output", get: (p: { outputPerM: number }) => p.outputPerM },
  cachedInput: { label: "cached input", get: (p: { cachedInputPerM?: number }) => p.cachedInputPerM },
  blended: { label: "blended 3:1", get: (p: { inputPerM: number; outputPerM: number }) => blendedPrice(p.inputPerM, p.outputPerM) },
} as const;

/** `<Price model="gpt-4o" field="input" />`: a list price from content/data/api-prices.json with its date. */
export function Price({ model, field = "input" }: { model: string; field?: keyof typeof priceFields }) {
  const price = loadDatasets().apiPrices.find((p) => p.id === model);
  if (!price) throw new Error(`<Price model="${model}">: no such model in content/data/api-prices.json`);
  const spec = priceFields[field];
  if (!spec) throw new Error(`<Price field="${field}">: use one of ${Object.keys(priceFields).join(", ")}`);
  const value = spec.get(price as never);
  if (value === undefined) throw new Error(`<Price model="${model}" field="${field}">: the dataset has no such price`);
  return (
    <span className="figure">
      {formatUsd(value)} per million {spec.label} tokens
      <AsOf date={price.asOf} />
    </span>
  );
}

/** `<Compute id="self-host-cost" inputs={{...}} output="costPerMillionTokensUsd" />`: one calculator output. */
export function Compute({ id, inputs = {}, output }: { id: string; inputs?: Record<string, string | number>; output: string }) {
  const calculator = getCalculator(id);
  const raw = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)]));
  const result = runQuery(id, raw);
  if (result.status !== 200) {
    const why = result.status === 404 ? result.message : result.issues.map((i) => `${i.param}: ${i.message}`).join("; ");
    throw new Error(`<Compute id="${id}">: ${why}`);
  }
  const meta = (calculator?.outputs as Record<string, { unit: string }> | undefined)?.[output];
  if (!meta) throw new Error(`<Compute id="${id}" output="${output}">: no such output`);
  const modelAsOf = raw.model ? loadDatasets().apiPrices.find((p) => p.id === raw.model)?.asOf : undefined;
  return (
    <span className="figure">
      {formatValue(result.body.outputs[output] ?? null, meta.unit)}
      {modelAsOf && <AsOf date={modelAsOf} />}
    </span>
  );
}
