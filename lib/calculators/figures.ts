// Numbers quoted in prose (web pages and newsletter mail), computed from the datasets and calculators.
// Pure: callers pass the datasets; current API prices come from the bundled price database. Throws with
// the component's name so a bad tag fails the build.
import type { Datasets } from "@/lib/content/datasets";
import { getCalculator } from "@/lib/economics";
import { blendedPricePerM } from "@/lib/economics/blended-price";
import type { Calculator, OutputMeta, Outputs } from "@/lib/economics/calculator";
import { listPriceTime, PRICES_DATA } from "@/lib/prices/catalog";
import { formatUsd, formatValue, moneyRate } from "../format";
import { currentPrice, databaseListPrice, isDatabaseModelId } from "./model-prices";
import { evaluateQuery } from "./run";

export const priceFields = {
  input: "input",
  output: "output",
  cachedInput: "cached input",
  blended: "blended 3:1",
} as const;
export type PriceField = keyof typeof priceFields;

/**
 * `<Price model field>`: "$2.50 per million input tokens", with the price's as-of date. `model` is a model of
 * the price database (`openai/gpt-4o`: its price in force at `at`) or an id of content/data/api-prices.json
 * (its database twin's current price where it names one, else its own dated price).
 */
export function priceFigure(data: Datasets, model: string, field: PriceField = "input", at: Date = new Date()) {
  if (!(field in priceFields))
    throw new Error(`<Price field="${field}">: use one of ${Object.keys(priceFields).join(", ")}`);
  const price = isDatabaseModelId(model)
    ? databasePrice(model, listPriceTime(at))
    : referencePrice(data, model, listPriceTime(at));
  const value =
    field === "input"
      ? price.inputPerM
      : field === "output"
        ? price.outputPerM
        : field === "cachedInput"
          ? price.cachedInputPerM
          : blendedPricePerM(price.inputPerM, price.outputPerM);
  if (value === undefined) throw new Error(`<Price model="${model}" field="${field}">: the dataset has no such price`);
  return { text: `${formatUsd(value)} per million ${priceFields[field]} tokens`, asOf: price.asOf };
}

function referencePrice(data: Datasets, model: string, at: Date) {
  const entry = data.apiPrices.find((p) => p.id === model);
  if (!entry)
    throw new Error(
      `<Price model="${model}">: no such model in content/data/api-prices.json (or use <provider>/<model-id> from ${PRICES_DATA.package})`,
    );
  return currentPrice(entry, at);
}

function databasePrice(model: string, at: Date) {
  const price = databaseListPrice(model, at);
  if (!price)
    throw new Error(
      `<Price model="${model}">: no such model with token prices in ${PRICES_DATA.package} ${PRICES_DATA.version}`,
    );
  return price;
}

/** `<Compute id inputs output>`: one calculator output, formatted; asOf when a dataset price was used. */
export function computeFigure(data: Datasets, id: string, inputs: Record<string, string | number>, output: string) {
  const raw = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)]));
  const result = evaluateQuery(id, raw, data, data.meta.asOf, listPriceTime(new Date()));
  if (result.status !== 200) {
    const why =
      result.status === 404 ? result.message : result.issues.map((i) => `${i.param}: ${i.message}`).join("; ");
    throw new Error(`<Compute id="${id}">: ${why}`);
  }
  const meta = (getCalculator(id)?.outputs as Record<string, OutputMeta> | undefined)?.[output];
  if (!meta) throw new Error(`<Compute id="${id}" output="${output}">: no such output`);
  const value = result.body.outputs[output] ?? null;
  // A figure in prose must be a figure: a calculator that cannot answer (the model does not fit) fails the build.
  if (value === null) {
    const why = Object.entries(result.body.outputs).find(
      ([k, v]) => /^(limits|breakEven|fits)$/.test(k) && v !== null,
    )?.[1];
    // The limits/breakEven/fits outputs are strings, numbers or booleans; JSON shows any of them faithfully.
    const reason = why === undefined ? "" : ` (${JSON.stringify(why)})`;
    throw new Error(
      `<Compute id="${id}" output="${output}">: the calculator gives no figure for these inputs${reason}`,
    );
  }
  const asOf = typeof result.body.outputs.pricesAsOf === "string" ? result.body.outputs.pricesAsOf : undefined;
  return { text: formatValue(value, meta.unit), asOf };
}

/** "2024-08" -> "Aug 2024"; "2025" stays; full dates -> "27 Nov 2026". */
export function formatAsOf(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  const monthOnly = /^\d{4}-\d{2}$/.test(date);
  return new Intl.DateTimeFormat("en-GB", {
    ...(monthOnly ? {} : { day: "numeric" }),
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(monthOnly ? `${date}-01T00:00:00Z` : `${date}T00:00:00Z`));
}

/** The props of a <Price> or <Compute> tag, as a figures note reads them. */
export type FigureProps =
  { model: string; field?: PriceField } | { id: string; inputs?: Record<string, string | number>; output: string };

/** The as-of date of one figure, or undefined when it uses no dated price. */
export function figureAsOf(data: Datasets, props: FigureProps): string | undefined {
  return "model" in props
    ? priceFigure(data, props.model, props.field).asOf
    : computeFigure(data, props.id, props.inputs ?? {}, props.output).asOf;
}

/**
 * The note that dates a sentence's figures, once: " (as of Aug 2024)", " (as of Aug 2024 and Nov 2025)"
 * when they differ, "" when none is dated. Every renderer (page, mail, Markdown) writes it so.
 */
export function datesNote(dates: readonly (string | undefined)[]): string {
  const distinct = [...new Set(dates.filter((d): d is string => d !== undefined).map(formatAsOf))];
  if (distinct.length === 0) return "";
  const list = distinct.length === 1 ? distinct[0] : `${distinct.slice(0, -1).join(", ")} and ${distinct.at(-1)}`;
  return ` (as of ${list}${distinct.length > 1 ? ", in order" : ""})`;
}

/** A calculator's headline output, labelled and formatted: what lists and share cards quote; `rate` is a money unit's "per 1M tokens" ("" otherwise). */
export function headlineOf(
  calculator: Pick<Calculator, "outputs" | "headline">,
  outputs: Outputs,
): { label: string; value: string; rate: string } {
  const meta = (calculator.outputs as Record<string, OutputMeta>)[calculator.headline]!;
  const value = outputs[calculator.headline] ?? null;
  return {
    label: meta.label,
    value: formatValue(value, meta.unit),
    rate: typeof value === "number" ? moneyRate(meta.unit) : "",
  };
}
