// Small shared pieces for the calculators' input schemas.
import { z } from "zod/mini";
import type { InputMeta } from "./calculator";

/** Typed identity for `.register(z.globalRegistry, ...)` so every input field's metadata is checked against InputMeta. */
export function inputMeta(meta: InputMeta): InputMeta {
  return meta;
}

/**
 * Options for cross-field `z.superRefine` rules: run them only once every field is valid on its own, so a
 * single bad field does not also raise a confusing cross-field issue.
 */
export const afterFieldChecks = {
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};

type NumberRange = { min: number; max: number; int?: boolean };

/**
 * A numeric input: coerced from a string (query strings and form fields), range-checked (and integer when
 * `int`), with its default (or optional when it has none), and its metadata registered for the docs,
 * the API and the widgets.
 */
export function numberInput(
  range: NumberRange & { default: number },
  meta: InputMeta,
): z.ZodMiniDefault<z.ZodMiniNumber<unknown>>;
export function numberInput(range: NumberRange, meta: InputMeta): z.ZodMiniOptional<z.ZodMiniNumber<unknown>>;
export function numberInput(range: NumberRange & { default?: number }, meta: InputMeta) {
  const checks = [...(range.int ? [z.int()] : []), z.gte(range.min), z.lte(range.max)];
  const base = z.coerce.number().check(...checks);
  const field = range.default === undefined ? z.optional(base) : z._default(base, range.default);
  return field.register(z.globalRegistry, meta);
}
