// Runs a calculator on raw query values: dataset presets (?model=, ?gpu=) fill fields the query leaves
// out, the calculator's schema validates, the pure function computes. Serves the API and the pages.
import type { Datasets } from "@/lib/content/datasets";
import { getCalculator, runCalculator } from "@/lib/economics";
import type { InputIssue, OutputMeta, Outputs } from "@/lib/economics/calculator";
import { batchDiscountFor } from "@/lib/prices/batch";
import { defaultValues, fieldSpecs } from "./fields";
import { apiOffersJson, databaseModelOption, isDatabaseModelId, modelPickers, modelProvider } from "./model-prices";
import { optionValues, type PickerOption } from "./pickers";

export type RunResult =
  | { status: 404; message: string; issues?: InputIssue[] }
  | { status: 400; issues: InputIssue[]; values: Record<string, string> }
  | {
      status: 200;
      body: {
        id: string;
        inputs: Record<string, unknown>;
        outputs: Outputs;
        units: Record<string, string>;
        dataAsOf: string;
      };
      values: Record<string, string>;
    };

/**
 * Query values with presets applied, as strings: what a form shows. Also returns preset issues, and the
 * price date of a chosen model. `at` is the moment whose prices a database model (`model=<provider>/<id>`) uses.
 */
export function resolveValues(id: string, raw: Record<string, string>, data: Datasets, at: Date = new Date()) {
  const calculator = getCalculator(id);
  if (!calculator) return undefined;
  const fields = fieldSpecs(calculator);
  const issues: InputIssue[] = [];
  const unknownModel: InputIssue[] = [];
  const presets: Record<string, string> = {};
  let pricesAsOf: string | undefined;
  const rest = { ...raw };
  for (const picker of modelPickers(id, data, at)) {
    if (picker.param === "arch") continue;
    const chosen = rest[picker.param];
    delete rest[picker.param];
    if (chosen === undefined || chosen === "") continue;
    const option: PickerOption | undefined =
      picker.param === "model" && isDatabaseModelId(chosen)
        ? databaseModelOption(id, chosen, at)
        : picker.options.find((o) => o.id === chosen);
    if (!option) {
      if (picker.param === "model") {
        unknownModel.push({
          param: "model",
          message: `unknown model "${chosen}": use a preset id from /api/v1/calculators or <provider>/<model-id> from @pydantic/genai-prices`,
        });
      } else {
        issues.push({ param: picker.param, message: `unknown ${picker.param} "${chosen}"` });
      }
      continue;
    }
    presets[picker.param] = chosen;
    if (picker.param === "model") pricesAsOf = option.asOf;
    // Earlier pickers' presets count as current values: a model's native FP8 picks the GPU's FP8 peak.
    for (const [k, v] of Object.entries(optionValues(option, { ...defaultValues(fields), ...presets, ...raw })))
      if (rest[k] === undefined || rest[k] === "") presets[k] = String(v);
  }
  // The planner's API prices: for the APIs the query names (compareWith), or those its model preset names.
  // Prices the query carries are kept only while they cover every compareWith id (a reloaded form's own).
  if (fields.some((f) => f.name === "apiPrices")) {
    const chosen = rest.compareWith !== undefined && rest.compareWith !== "" ? rest.compareWith : presets.compareWith;
    const ids = chosen ? chosen.split(",") : [];
    const carried = offerIds(rest.apiPrices ?? presets.apiPrices);
    if (ids.length > 0 && !ids.every((id) => carried.includes(id))) {
      const { json, unknown } = apiOffersJson(ids, at);
      if (unknown.length > 0) {
        issues.push({
          param: "compareWith",
          message: `unknown price-database model ${unknown.map((u) => `"${u}"`).join(", ")}: use <provider>/<model-id> from @pydantic/genai-prices`,
        });
      } else {
        delete rest.apiPrices;
        presets.apiPrices = json;
      }
    }
  }
  if (fields.some((f) => f.name === "batchDiscount") && rest.batch !== undefined && rest.batch !== "") {
    const batch = applyBatch(rest.batch, presets.model, rest.batchDiscount, data);
    delete rest.batch;
    if ("issue" in batch) issues.push(batch.issue);
    else {
      presets.batch = batch.value;
      if (batch.discount !== undefined) presets.batchDiscount = String(batch.discount);
    }
  }
  const values = {
    ...defaultValues(fields),
    ...Object.fromEntries(Object.entries(presets).filter(([k]) => fields.some((f) => f.name === k))),
    ...rest,
  };
  return { calculator, values, presets, rest, issues, unknownModel, pricesAsOf, fields };
}

/** The ids of a planner apiPrices value, or none when it is absent or unreadable (the schema reports that). */
function offerIds(json: string | undefined): string[] {
  if (!json) return [];
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list)
      ? list.flatMap((o: unknown) =>
          o && typeof o === "object" && typeof (o as { id?: unknown }).id === "string"
            ? [(o as { id: string }).id]
            : [],
        )
      : [];
  } catch {
    return [];
  }
}

/**
 * `batch=1`: the chosen model's provider's batch discount fills batchDiscount (an explicit batchDiscount
 * wins). `batch=0` changes nothing.
 */
function applyBatch(
  batch: string,
  model: string | undefined,
  explicit: string | undefined,
  data: Datasets,
): { value: string; discount?: number } | { issue: InputIssue } {
  if (batch === "0") return { value: batch };
  if (batch !== "1") return { issue: { param: "batch", message: "must be 1 (batch API) or 0" } };
  if (explicit !== undefined && explicit !== "") return { value: batch };
  const provider = model === undefined ? undefined : modelProvider(model, data);
  const discount = provider === undefined ? undefined : batchDiscountFor(provider);
  if (discount === undefined) {
    const whose = provider ?? (model ? `model "${model}"` : "no model");
    return { issue: { param: "batch", message: `no known batch discount for ${whose}: give batchDiscount` } };
  }
  return { value: batch, discount };
}

export function evaluateQuery(
  id: string,
  raw: Record<string, string>,
  data: Datasets,
  dataAsOf: string,
  at: Date = new Date(),
): RunResult {
  const resolved = resolveValues(id, raw, data, at);
  if (!resolved) return { status: 404, message: `No calculator "${id}". See /api/v1/calculators.` };
  if (resolved.unknownModel.length > 0) {
    return { status: 404, message: `Unknown model "${raw.model}".`, issues: resolved.unknownModel };
  }
  const { calculator, presets, values } = resolved;
  // Validate what the caller sent plus what presets filled; defaults come from the schema itself.
  const presetParams = ["model", "gpu", ...(resolved.fields.some((f) => f.name === "batchDiscount") ? ["batch"] : [])];
  const sent = {
    ...Object.fromEntries(Object.entries(presets).filter(([k]) => !presetParams.includes(k))),
    ...resolved.rest,
  };
  for (const p of presetParams) delete sent[p];
  const run = runCalculator(calculator, sent);
  const issues = [...resolved.issues, ...(run.ok ? [] : run.issues)];
  if (!run.ok || issues.length > 0) return { status: 400, issues, values };

  const outputs = run.outputs;
  const notFinite = (v: unknown) => typeof v === "number" && !Number.isFinite(v);
  const bad = Object.entries(outputs).filter(
    ([, v]) => notFinite(v) || (Array.isArray(v) && v.some((row) => Object.values(row).some(notFinite))),
  );
  if (bad.length > 0) {
    return {
      status: 400,
      issues: [
        { param: "(input)", message: `these inputs give no finite result for ${bad.map(([k]) => k).join(", ")}` },
      ],
      values,
    };
  }
  const units = Object.fromEntries(
    Object.entries(calculator.outputs as Record<string, OutputMeta>).map(([k, m]) => [k, m.unit]),
  );
  const chosen = Object.fromEntries(Object.entries(presets).filter(([k]) => presetParams.includes(k)));
  if (resolved.pricesAsOf !== undefined) {
    outputs.pricesAsOf = resolved.pricesAsOf;
    units.pricesAsOf = "date";
  }
  return { status: 200, body: { id, inputs: { ...chosen, ...run.input }, outputs, units, dataAsOf }, values };
}
