// Describes a calculator's inputs for forms and the API, derived from its zod schema (one source).
import { z } from "zod";
import type { Calculator, InputMeta } from "@/lib/economics/calculator";

export type FieldSpec = InputMeta & {
  name: string;
  /** "list": one number, or a comma list of numbers (an agent session's per-turn values). */
  kind: "number" | "enum" | "list";
  options?: string[];
  default?: number | string;
  min?: number;
  max?: number;
  /** True when min is exclusive (the value must be greater than min). */
  minExclusive?: boolean;
  optional: boolean;
};

type JsonProp = {
  type?: string;
  items?: { minimum?: number; maximum?: number };
  enum?: string[];
  default?: number | string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
} & Partial<InputMeta>;

export function fieldSpecs(calculator: Pick<Calculator, "input">): FieldSpec[] {
  const json = z.toJSONSchema(calculator.input, { io: "input", unrepresentable: "any" }) as {
    properties: Record<string, JsonProp>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, p]) => ({
    name,
    label: p.label ?? name,
    unit: p.unit ?? "",
    term: p.term,
    description: p.description,
    step: p.step,
    ...(p.hidden ? { hidden: true } : {}),
    ...(p.appliesWhen ? { appliesWhen: p.appliesWhen } : {}),
    kind: p.enum ? "enum" : p.type === "array" ? "list" : "number",
    options: p.enum,
    default: p.default,
    min: p.exclusiveMinimum ?? p.minimum ?? p.items?.minimum,
    minExclusive: p.exclusiveMinimum !== undefined,
    max: p.maximum ?? p.exclusiveMaximum ?? p.items?.maximum,
    optional: p.default === undefined,
  }));
}

/** Whether a field matters for the current values (a field with no appliesWhen always does). */
export function fieldApplies(
  field: Pick<FieldSpec, "appliesWhen">,
  values: Record<string, string | undefined>,
): boolean {
  return Object.entries(field.appliesWhen ?? {}).every(([name, value]) => values[name] === value);
}

/** Default values as strings, the form's and the URL's currency. */
export function defaultValues(fields: FieldSpec[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.name, f.default === undefined ? "" : String(f.default)]));
}
