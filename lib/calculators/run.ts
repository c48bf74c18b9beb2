// Runs a calculator on raw query values: dataset presets (?model=, ?gpu=) fill fields the query leaves
// out, the calculator's schema validates, the pure function computes. Serves the API and the pages.
import type { Datasets } from "@/lib/content/datasets";
import type { InputIssue, OutputMeta } from "@/lib/economics/calculator";
import { getCalculator, runCalculator } from "@/lib/economics";
import { defaultValues, fieldSpecs } from "./fields";
import { optionValues, pickersFor } from "./pickers";

export type RunResult =
  | { status: 404; message: string }
  | { status: 400; issues: InputIssue[]; values: Record<string, string> }
  | {
      status: 200;
      body: {
        id: string;
        inputs: Record<string, unknown>;
        outputs: Record<string, number | string | boolean | null>;
        units: Record<string, string>;
        dataAsOf: string;
      };
      values: Record<string, string>;
    };

/**
 * A query string as a record, and the names given more than once. Object.fromEntries rather than
 * assignment: `values["__proto__"] = v` would set the prototype and lose the parameter, and
 * `"constructor" in {}` is true; every name must reach validation as an own key.
 */
export function queryRecord(params: URLSearchParams): { values: Record<string, string>; repeated: string[] } {
  const names = [...params.keys()];
  const repeated = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
  return { values: Object.fromEntries(params), repeated };
}

/** Query values with presets applied, as strings: what a form shows. Also returns preset issues. */
export function resolveValues(id: string, raw: Record<string, string>, data: Datasets) {
  const calculator = getCalculator(id);
  if (!calculator) return undefined;
  const fields = fieldSpecs(calculator);
  const issues: InputIssue[] = [];
  const presets: Record<string, string> = {};
  const rest = { ...raw };
  for (const picker of pickersFor(id, data)) {
    if (picker.param === "arch") continue;
    const chosen = rest[picker.param];
    delete rest[picker.param];
    if (chosen === undefined || chosen === "") continue;
    const option = picker.options.find((o) => o.id === chosen);
    if (!option) {
      issues.push({ param: picker.param, message: `unknown ${picker.param} "${chosen}"` });
      continue;
    }
    presets[picker.param] = chosen;
    for (const [k, v] of Object.entries(optionValues(option, { ...defaultValues(fields), ...raw }))) if (rest[k] === undefined || rest[k] === "") presets[k] = String(v);
  }
  const values = { ...defaultValues(fields), ...Object.fromEntries(Object.entries(presets).filter(([k]) => fields.some((f) => f.name === k))), ...rest };
  return { calculator, values, presets, issues, fields };
}

export function evaluateQuery(id: string, raw: Record<string, string>, data: Datasets, dataAsOf: string): RunResult {
  const resolved = resolveValues(id, raw, data);
  if (!resolved) return { status: 404, message: `No calculator "${id}". See /api/v1/calculators.` };
  const { calculator, presets, values } = resolved;
  // Validate what the caller sent plus what presets filled; defaults come from the schema itself.
  const sent = { ...Object.fromEntries(Object.entries(presets).filter(([k]) => k !== "model" && k !== "gpu")), ...raw };
  delete sent.model;
  delete sent.gpu;
  const run = runCalculator(calculator, sent);
  const issues = [...resolved.issues, ...(run.ok ? [] : run.issues)];
  if (!run.ok || issues.length > 0) return { status: 400, issues, values };

  const outputs = run.outputs;
  const bad = Object.entries(outputs).filter(([, v]) => typeof v === "number" && !Number.isFinite(v));
  if (bad.length > 0) {
    return {
      status: 400,
      issues: [{ param: "(input)", message: `these inputs give no finite result for ${bad.map(([k]) => k).join(", ")}` }],
      values,
    };
  }
  const units = Object.fromEntries(Object.entries(calculator.outputs as Record<string, OutputMeta>).map(([k, m]) => [k, m.unit]));
  const chosen = Object.fromEntries(Object.entries(presets).filter(([k]) => k === "model" || k === "gpu"));
  return { status: 200, body: { id, inputs: { ...chosen, ...run.input }, outputs, units, dataAsOf }, values };
}
