// Server-side entry points for the calculators: datasets in, DTOs out.
import "server-only";
import { loadDatasets, type Datasets } from "@/lib/content/datasets";
import { getGlossary } from "@/lib/content/load";
import { calculators, getCalculator } from "@/lib/economics";
import { findModel, listModels, listPriceTime, PRICES_DATA } from "@/lib/prices/catalog";
import { fieldSpecs } from "./fields";
import { handoffsFrom, type HandoffTarget } from "./handoffs";
import { modelPickers, takesDatabaseModels } from "./model-prices";
import { pickersFor } from "./pickers";
import { evaluateQuery, resolveValues } from "./run";

export function dataAsOf(): string {
  return loadDatasets().meta.asOf;
}

export function runQuery(id: string, raw: Record<string, string>) {
  return evaluateQuery(id, raw, loadDatasets(), dataAsOf());
}

/**
 * A calculator for a query or an MDX preset, resolved once: everything its widget needs as props, and the
 * model whose prices the query chose (`model=`) with the date and source of those prices, for the line
 * under the widget (a price's own date, never the site's).
 */
export function calculatorView(id: string, raw: Record<string, string>) {
  const data = loadDatasets();
  const resolved = resolveValues(id, raw, data);
  if (!resolved) throw new Error(`No calculator "${id}"`);
  const { terms } = getGlossary();
  const termTitles = Object.fromEntries(
    resolved.fields.flatMap((f) => {
      const t = f.term ? terms.find((x) => x.slug === f.term) : undefined;
      return t ? [[t.slug, t.title]] : [];
    }),
  );
  const pickers = modelPickers(id, data, listPriceTime(new Date()));
  const chosen = Object.fromEntries(
    pickers.flatMap((p) => (resolved.presets[p.param] ? [[p.param, resolved.presets[p.param]!]] : [])),
  );
  const widget = {
    id,
    fields: resolved.fields,
    initial: resolved.values,
    pickers,
    termTitles,
    chosen,
    handoffs: handoffTargets(id, data),
  };
  return { widget, modelPrices: modelPricesOf(resolved.presets.model, resolved.pricesAsOf, data) };
}

/**
 * The calculators this one's result can be handed to: each target's title, and the picker choices it
 * lists (so a link carries only choices the target accepts).
 */
export function handoffTargets(id: string, data: Datasets = loadDatasets()): HandoffTarget[] {
  return handoffsFrom(id).flatMap((h) => {
    const target = getCalculator(h.to);
    if (!target) return [];
    // Only the option ids matter here, and only for a hand-off that carries choices.
    const accepts = h.choices
      ? Object.fromEntries(
          pickersFor(h.to, data)
            .filter((p) => p.param !== "arch")
            .map((p) => [p.param, p.options.map((o) => o.id)]),
        )
      : {};
    return [{ to: h.to, title: target.title, carries: h.carries, ...(h.note ? { note: h.note } : {}), accepts }];
  });
}

export const widgetProps = (id: string, raw: Record<string, string>) => calculatorView(id, raw).widget;

function modelPricesOf(
  model: string | undefined,
  asOf: string | undefined,
  data: Datasets,
): { name: string; asOf: string; source: string } | undefined {
  if (!model || asOf === undefined) return undefined;
  const entry = data.apiPrices.find((p) => p.id === model);
  const databaseModel = findModel(entry?.databaseId ?? model);
  if (databaseModel)
    return {
      name: `${databaseModel.name} (${databaseModel.providerName})`,
      asOf,
      source: `${PRICES_DATA.package} ${PRICES_DATA.version}`,
    };
  return entry ? { name: entry.name, asOf, source: entry.source.title } : undefined;
}

const databaseModels = {
  format: "<provider>/<model-id>",
  models: listModels().length,
  source: `${PRICES_DATA.package} ${PRICES_DATA.version}`,
  asOf: PRICES_DATA.publishedOn,
};

/** The API's description of every calculator: inputs with units, defaults and ranges; outputs with units. */
export function describeCalculators() {
  return calculators.map((c) => describe(c.id)!);
}

export function describe(id: string) {
  const c = getCalculator(id);
  if (!c) return undefined;
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    url: `/calculators/${c.id}`,
    api: `/api/v1/calculators/${c.id}`,
    inputs: fieldSpecs(c).map(
      ({ name, label, unit, kind, options, default: def, min, max, minExclusive, optional, description }) => ({
        name,
        label,
        unit,
        type: kind,
        options,
        default: def,
        min,
        max,
        minExclusive,
        optional,
        description,
      }),
    ),
    presets: modelPickers(c.id, loadDatasets(), listPriceTime(new Date()))
      .filter((p) => p.param !== "arch")
      .map((p) => ({
        param: p.param,
        values: p.options.map((o) => o.id),
        // Past prices kept for history (no current twin in the database): accepted, but not current models.
        // The planner's model is an architecture; its APIs come through compareWith instead.
        ...(p.param === "model" && takesDatabaseModels(c.id)
          ? { historical: p.options.filter((o) => o.historical).map((o) => o.id), alsoAccepts: databaseModels }
          : {}),
      })),
    outputs: Object.entries(c.outputs).map(([name, m]) => ({
      name,
      label: m.label,
      unit: m.unit,
      description: m.description,
    })),
    headline: c.headline,
    formula: c.formula,
    assumptions: c.assumptions,
  };
}
