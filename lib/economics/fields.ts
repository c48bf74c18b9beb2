// Small shared pieces for the calculators' input schemas.
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
