// `model=<provider>/<model-id>`: a model of the price database as a preset of the price calculators.
// The database's rules become plain inputs (prices, tier threshold, tier prices, request fee), so the
// calculators stay pure and every filled value can still be overridden in the query.
import type { ApiPrice, Datasets } from "@/lib/content/datasets";
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

/** The preset for `calculatorId` from the database model `id` at `at`; undefined for an unknown model. */
export function databaseModelOption(calculatorId: string, id: string, at: Date): PickerOption | undefined {
  // The planner's model is an architecture from models.json; the APIs to compare go in compareWith.
  if (calculatorId === "deployment") return undefined;
  const model = findModel(id);
  const prices = model && pricesAt(id, at);
  if (!model || !prices) return undefined;
  const perRequest = { ...apiCostValues(prices), contextWindowTokens: model.contextWindow ?? "" };
  const values: Record<string, number | string> =
    calculatorId === "api-cost"
      ? perRequest
      : calculatorId === "agent-session"
        ? { ...perRequest, ...cacheRuleValues(model.providerId, model.modelId) }
        : { inputPricePerM: prices.base.input ?? 0, outputPricePerM: prices.base.output ?? 0 };
  return { id, name: `${model.name} (${model.providerName})`, asOf: prices.asOf, values };
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

/**
 * The calculator's pickers at `at`: a reference-list model that names its database twin (`databaseId`)
 * takes the database's current price and date, so the picker, the API and the prose agree.
 */
export function modelPickers(calculatorId: string, data: Datasets, at: Date): Picker[] {
  return pickersFor(calculatorId, data).map((picker) =>
    picker.param !== "model"
      ? picker
      : calculatorId === "deployment"
        ? {
            ...picker,
            options: picker.options.map((option) => {
              const ids = String(option.values.compareWith ?? "")
                .split(",")
                .filter(Boolean);
              return { ...option, values: { ...option.values, apiPrices: apiOffersJson(ids, at).json } };
            }),
          }
        : {
            ...picker,
            options: picker.options.map((option) => {
              const databaseId = data.apiPrices.find((p) => p.id === option.id)?.databaseId;
              const current = databaseId ? databaseModelOption(calculatorId, databaseId, at) : undefined;
              return current ? { ...option, asOf: current.asOf, values: current.values } : option;
            }),
          },
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
