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

/** The cross-field rule of every model shape with a mixture of experts: active parameters are a part of the total. */
export function checkActiveWithinTotal(
  v: { activeParamsB: number; totalParamsB: number },
  ctx: { addIssue: (issue: { code: "custom"; path: string[]; message: string }) => void },
) {
  if (v.activeParamsB > v.totalParamsB) {
    ctx.addIssue({
      code: "custom",
      path: ["activeParamsB"],
      message: "Active parameters cannot exceed total parameters.",
    });
  }
}

type NumberRange = { min: number; max: number; int?: boolean };

/**
 * The one grammar for a number typed into a form, a URL or the API: HTML's "valid floating-point number"
 * (what <input type="number"> produces): an optional minus, digits with an optional fraction (".5" too),
 * an optional exponent. Number() also reads "0x10", "0b1", "+5", " 5", "5." and "Infinity"; those are refused.
 * People also write "4,096", "128k" and "1.5M": commas between groups of exactly three digits, and one
 * decimal suffix (k = 10^3, M = 10^6, B = 10^9; "128k" is 128,000, not 131,072) in place of an exponent.
 * "1,5" stays refused: it is a decimal comma in much of Europe, and guessing would mislead.
 */
const DECIMAL = /^-?(\d+|\d*\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const SUFFIXED = /^(-?(?:\d+|\d*\.\d+))([kKMB])$/;
const SUFFIX_EXPONENT: Record<string, number> = { k: 3, K: 3, M: 6, B: 9 };

/** The number a decimal string means; undefined when it is not one or a double cannot hold it. "-0" reads as 0. */
export function parseDecimal(text: string): number | undefined {
  const suffixed = SUFFIXED.exec(text);
  // "1.5M" reads as "1.5e6", so the decimal is rounded once, as Number() rounds any literal.
  if (suffixed) return parseDecimal(`${suffixed[1]}e${SUFFIX_EXPONENT[suffixed[2]!]}`);
  if (GROUPED.test(text)) return parseDecimal(text.replaceAll(",", ""));
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined; // 1e400
  if (value === 0) return /[1-9]/.test(text.split(/e/i)[0]!) ? undefined : 0; // 1e-400 is not zero
  return value;
}

// A string that fails the grammar stays a string, so the number schema reports "expected number".
const decimalOrAsIs = (value: unknown): unknown =>
  typeof value === "string" ? (parseDecimal(value) ?? value) : value === 0 ? 0 : value;

/**
 * A numeric input: read from a string (query strings and form fields) with parseDecimal, range-checked
 * (and integer when `int`), with its default (or optional when it has none), and its metadata registered
 * for the docs, the API and the widgets.
 */
export function numberInput(range: NumberRange & { default: number }, meta: InputMeta): z.ZodMiniPrefault<NumberField>;
export function numberInput(range: NumberRange, meta: InputMeta): z.ZodMiniOptional<NumberField>;
export function numberInput(range: NumberRange & { default?: number }, meta: InputMeta) {
  const checks = [...(range.int ? [z.int()] : []), z.gte(range.min), z.lte(range.max)];
  const base: NumberField = z.pipe(z.transform(decimalOrAsIs), z.number().check(...checks));
  // A prefault, not a default: zod's JSON schema drops the defaults of transformed inputs, and the docs,
  // the API and the widgets read the default from there.
  const field = range.default === undefined ? z.optional(base) : z.prefault(base, range.default);
  return field.register(z.globalRegistry, meta);
}

type NumberField = z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniNumber<number>>;
