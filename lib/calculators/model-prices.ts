// `model=<provider>/<model-id>`: a model of the price database as a preset of the price calculators.
// The database's rules become plain inputs (prices, tier threshold, tier prices, request fee), so the
// calculators stay pure and every filled value can still be overridden in the query.
import type { ApiPrice, Datasets } from "@/lib/content/datasets";
import type { CalculatorId } from "@/lib/economics";
import type { ApiOffer } from "@/lib/economics/deployment";
import { cacheRuleValues } from "@/lib/prices/cache-rules";
import { findModel, pricesAt, type ClassPrices, type ModelPrices } from "@/lib/prices/catalog";
import { apiCostModelBlanks, pickersFor, type Picker, type PickerOption } from "./pickers";

/** Model ids of the database contain a slash; the hand-kept reference list's ids never do. */
export const isDatabaseModelId = (id: string) => id.includes("/");

/**
 * Per-1M prices of each class as the package bills them: a class without its own price is billed as its
 * parent (cache reads and writes as input, 1-hour writes as cache writes, reasoning as output).
 */
function billed(c: ClassPrices) {
  const input = c.input ?? 0;
  const cacheWrite = c.cacheWrite ?? input;
  const output = c.output ?? 0;
  return {
    input,
    cachedInput: c.cacheRead ?? input,
    cacheWrite,
    cacheWrite1h: c.cacheWrite1h ?? cacheWrite,
    output,
    reasoning: c.reasoning ?? output,
  };
}

export function apiCostValues(prices: ModelPrices): Record<string, number | string> {
  const b = billed(prices.base);
  const values: Record<string, number | string> = {
    ...apiCostModelBlanks,
    inputPricePerM: b.input,
    cachedInputPricePerM: b.cachedInput,
    cacheWritePricePerM: b.cacheWrite,
    cacheWrite1hPricePerM: b.cacheWrite1h,
    outputPricePerM: b.output,
    reasoningPricePerM: b.reasoning,
    requestFeeUsd: prices.requestUsd ?? 0,
  };
  if (prices.tier) {
    const t = billed(prices.tier.prices);
    Object.assign(values, {
      tierAboveInputTokens: prices.tier.aboveInputTokens,
      tierInputPricePerM: t.input,
      tierCachedInputPricePerM: t.cachedInput,
      tierCacheWritePricePerM: t.cacheWrite,
      tierCacheWrite1hPricePerM: t.cacheWrite1h,
      tierOutputPricePerM: t.output,
      tierReasoningPricePerM: t.reasoning,
    });
  }
  return values;
}

type DatabaseModel = NonNullable<ReturnType<typeof findModel>>;

/** One request's api-cost inputs from a database model's prices. */
const requestValues = (model: DatabaseModel, prices: ModelPrices) => ({
  ...apiCostValues(prices),
  contextWindowTokens: model.contextWindow ?? "",
});

/**
 * How each calculator whose `model` picker lists the price database fills its inputs from one model, found
 * by calculator id. The planner is absent: its model is an architecture from models.json, and the APIs it
 * compares come through `compareWith` (see `plannerModelPicker`).
 */
const DATABASE_MODEL_VALUES: {
  [K in CalculatorId]?: (model: DatabaseModel, prices: ModelPrices) => Record<string, number | string>;
} = {
  "api-cost": requestValues,
  "agent-session": (model, prices) => ({
    ...requestValues(model, prices),
    ...cacheRuleValues(model.providerId, model.modelId),
  }),
  "blended-price": (_model, prices) => ({
    inputPricePerM: prices.base.input ?? 0,
    outputPricePerM: prices.base.output ?? 0,
  }),
};

/** Whether `model=` may name any price-database model for this calculator (not only its picker's options). */
export const takesDatabaseModels = (calculatorId: string): boolean =>
  Object.hasOwn(DATABASE_MODEL_VALUES, calculatorId);

/** The preset for `calculatorId` from the database model `id` at `at`; undefined for an unknown model. */
export function databaseModelOption(calculatorId: string, id: string, at: Date): PickerOption | undefined {
  const fill = takesDatabaseModels(calculatorId) ? DATABASE_MODEL_VALUES[calculatorId] : undefined;
  const model = findModel(id);
  const prices = model && pricesAt(id, at);
  if (!fill || !model || !prices) return undefined;
  return { id, name: `${model.name} (${model.providerName})`, asOf: prices.asOf, values: fill(model, prices) };
}

/**
 * The planner's `apiPrices`: each price-database model's api-cost inputs at `at`, as JSON. Returns the ids
 * the database does not know apart.
 */
export function apiOffersJson(ids: string[], at: Date): { json: string; unknown: string[] } {
  const offers: ApiOffer[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const model = findModel(id);
    const prices = model && pricesAt(id, at);
    if (!model || !prices) unknown.push(id);
    else {
      offers.push({
        id,
        name: `${model.name} (${model.providerName})`,
        asOf: prices.asOf,
        values: { ...apiCostValues(prices), contextWindowTokens: model.contextWindow ?? "" },
      });
    }
  }
  return { json: offers.length > 0 ? JSON.stringify(offers) : "", unknown };
}

/** The planner's model options carry the APIs they are compared with, priced at `at`. */
const plannerModelPicker = (picker: Picker, at: Date): Picker => ({
  ...picker,
  options: picker.options.map((option) => {
    const ids = String(option.values.compareWith ?? "")
      .split(",")
      .filter(Boolean);
    return { ...option, values: { ...option.values, apiPrices: apiOffersJson(ids, at).json } };
  }),
});

/** A reference-list model that names its database twin (`databaseId`) takes the twin's price and date at `at`. */
const priceListPicker = (calculatorId: string, picker: Picker, data: Datasets, at: Date): Picker => ({
  ...picker,
  options: picker.options.map((option) => {
    const databaseId = data.apiPrices.find((p) => p.id === option.id)?.databaseId;
    const current = databaseId ? databaseModelOption(calculatorId, databaseId, at) : undefined;
    return current ? { ...option, asOf: current.asOf, values: current.values } : option;
  }),
});

/**
 * The calculator's pickers at `at`, so the picker, the API and the prose agree on today's prices: a price
 * calculator's model options from the database, the planner's with its APIs' prices.
 */
export function modelPickers(calculatorId: string, data: Datasets, at: Date): Picker[] {
  return pickersFor(calculatorId, data).map((picker) =>
    picker.param !== "model"
      ? picker
      : takesDatabaseModels(calculatorId)
        ? priceListPicker(calculatorId, picker, data, at)
        : plannerModelPicker(picker, at),
  );
}

type ListPrice = Pick<ApiPrice, "inputPerM" | "outputPerM" | "cachedInputPerM" | "asOf">;

/** A database model's list prices in force at `at`; undefined when the data gives it no input or output price. */
export function databaseListPrice(id: string, at: Date): ListPrice | undefined {
  const prices = pricesAt(id, at);
  const { input, output, cacheRead } = prices?.base ?? {};
  if (!prices || input === undefined || output === undefined) return undefined;
  return { inputPerM: input, outputPerM: output, cachedInputPerM: cacheRead ?? input, asOf: prices.asOf };
}

/** A reference-list price, or its database twin's price in force at `at` where it names one. */
export function currentPrice(entry: ApiPrice, at: Date): ListPrice {
  return (entry.databaseId && databaseListPrice(entry.databaseId, at)) || entry;
}

/** The database provider of a `model=` value: a database id, or a reference entry's twin. */
export function modelProvider(model: string, data: Datasets): string | undefined {
  const id = isDatabaseModelId(model) ? model : data.apiPrices.find((p) => p.id === model)?.databaseId;
  return id ? findModel(id)?.providerId : undefined;
}
