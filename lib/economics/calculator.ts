// The shape every calculator shares. Pure: no React, no I/O. Each input field of a calculator's schema
// is a zod field with its default (or z.optional), its range and its InputMeta in z.globalRegistry; the
// documented input list (name, unit, default, range) is derived from the schema, never written twice.
// The schemas use zod/mini, the tree-shakeable API, because the calculator widgets ship them to the browser.
import { en } from "zod/locales";
import { z } from "zod/mini";

// zod/mini loads no locale, so issue messages would read "Invalid input"; use classic zod's English ones
// ("Too big: expected number to be <=1"), unless a locale is already configured.
if (!z.config().localeError) z.config(en());

export type InputMeta = {
  label: string;
  /** e.g. "USD per 1M tokens", "tokens", "fraction (0-1)", "GB", "TFLOPS", "billion parameters" */
  unit: string;
  /** Glossary slug the input's label links to, when the term exists. */
  term?: string;
  description?: string;
  /** Step for the number field in the widget. */
  step?: number;
  /** Filled by a preset (e.g. prices from the price database), carried by the form but not typed in. */
  hidden?: boolean;
  /**
   * The field only matters when these other inputs hold these values (e.g. { attention: "mla" }); the
   * widget hides it otherwise. The formula ignores it then too.
   */
  appliesWhen?: Record<string, string>;
};

export type OutputMeta = {
  label: string;
  unit: string;
  term?: string;
  description?: string;
  /** A table output (unit "table"): its columns in display order, each with its own label and unit. */
  columns?: Record<string, { label: string; unit: string }>;
};

export type Cell = number | string | null;
/** One row of a table output, keyed by the column names its OutputMeta declares. */
export type TableRow = Record<string, Cell>;
export type OutputValue = number | string | boolean | null | TableRow[];
export type Outputs = Record<string, OutputValue>;

export type Calculator<S extends z.ZodMiniObject = z.ZodMiniObject, O extends Outputs = Outputs> = {
  id: string;
  title: string;
  /** One sentence: what it answers. */
  description: string;
  /** The glossary term the calculator belongs to, if any. */
  term?: string;
  /** The address the site links to for this calculator (the planner's is /plan); /calculators/<id> when absent. */
  href?: string;
  /** The query its page opens with when the address has none (a worked example instead of empty pickers). */
  defaultQuery?: Record<string, string>;
  input: S;
  compute: (input: z.output<S>) => O;
  outputs: { [K in keyof O]: OutputMeta };
  /** The output shown largest and quoted in share cards. */
  headline: keyof O & string;
  /** The formulas, one line each, in plain text with the input and output names. */
  formula: string[];
  /** What the model assumes and leaves out. */
  assumptions: string[];
  /**
   * Version of the input schema (1 when absent). Saved scenarios record it. Bump it when an input is
   * renamed, removed or changes meaning, and add upgrades[old] turning old inputs into the new shape.
   */
  version?: number;
  upgrades?: Record<number, (inputs: Record<string, unknown>) => Record<string, unknown>>;
};

/** Where the site links to a calculator. */
export const calculatorHref = (c: Pick<Calculator, "id" | "href">) => c.href ?? `/calculators/${c.id}`;

export const inputVersion = (c: Pick<Calculator, "version">) => c.version ?? 1;

/** Brings inputs saved at `from` up to the calculator's current version, one step at a time. */
export function upgradeInputs(
  c: Pick<Calculator, "version" | "upgrades" | "id">,
  from: number,
  inputs: Record<string, unknown>,
) {
  let current = inputs;
  for (let v = from; v < inputVersion(c); v++) {
    const step = c.upgrades?.[v];
    if (!step) throw new Error(`calculator "${c.id}" has no upgrade from input version ${v}`);
    current = step(current);
  }
  return current;
}

/** Identity with inference: keeps each calculator's input and output types. */
export function defineCalculator<S extends z.ZodMiniObject, O extends Outputs>(c: Calculator<S, O>): Calculator<S, O> {
  return c;
}

export type InputIssue = { param: string; message: string };

/**
 * Parses raw input (query-string values are strings; widgets send strings too). Empty strings count as
 * absent so the default applies. Returns resolved inputs or issues naming each bad parameter.
 */
export function parseInput<S extends z.ZodMiniObject>(
  calculator: Pick<Calculator<S>, "input">,
  raw: Record<string, unknown>,
): { ok: true; value: z.output<S> } | { ok: false; issues: InputIssue[] } {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== "" && v !== undefined && v !== null));
  const result = calculator.input.safeParse(cleaned);
  if (result.success) return { ok: true, value: result.data };
  const issues: InputIssue[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) issues.push({ param: key, message: "unknown parameter" });
    } else {
      const notANumber = issue.code === "invalid_type" && issue.expected === "number";
      issues.push({
        param: String(issue.path[0] ?? "(input)"),
        message: notANumber ? "must be a number" : issue.message,
      });
    }
  }
  return { ok: false, issues };
}

/**
 * Parses raw (string) input for a calculator and computes its outputs. The cast is safe because compute
 * receives exactly the output of the calculator's own schema.
 */
export function runCalculator(
  calculator: { input: z.ZodMiniObject; compute: (input: never) => Outputs },
  raw: Record<string, unknown>,
): { ok: true; input: Record<string, unknown>; outputs: Outputs } | { ok: false; issues: InputIssue[] } {
  const parsed = parseInput<z.ZodMiniObject>(calculator, raw);
  if (!parsed.ok) return parsed;
  const compute = calculator.compute as unknown as (input: Record<string, unknown>) => Outputs;
  return { ok: true, input: parsed.value, outputs: compute(parsed.value) };
}
