// Helpers shared by the calculator tests (not a test file itself).
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { expect } from "vitest";
import { z } from "zod/mini";
import { parseInput, type Calculator, type InputMeta, type Outputs } from "./calculator";

/** The glossary's slugs, read from content/terms (one <slug>.mdx each); `term` may only point at one of these. */
export const KNOWN_TERMS = fs
  .readdirSync(path.resolve(import.meta.dirname, "../../content/terms"))
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => name.slice(0, -".mdx".length));

/** Spellings Number() reads (or half-reads) that a number field refuses: the reported payloads, one list for parseDecimal's test and the API's. */
export const NOT_PLAIN_DECIMALS = [
  "0x10",
  "0b1",
  "0o7",
  "+5",
  " 5",
  "5 ",
  "5.",
  "1e-400",
  "1e400",
  "-1e400",
  "Infinity",
  "NaN",
  "",
  ".",
  "-",
  "e5",
  "5e",
  "1_000",
  "1,5",
  "١",
] as const;

/** fast-check runs per property; FC_NUM_RUNS=5000 for a deeper local check. */
export const NUM_RUNS = Number(process.env.FC_NUM_RUNS) || 200;

type JsonProp = {
  type?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  enum?: unknown[];
  default?: unknown;
};

/** Parses `raw` and fails the test if it is invalid. */
export function parsed<S extends z.ZodMiniObject>(
  calc: Pick<Calculator<S>, "input">,
  raw: Record<string, unknown> = {},
): z.output<S> {
  const result = parseInput(calc, raw);
  if (!result.ok) throw new Error(`invalid input: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Computes from raw input (defaults fill the rest). */
export function run<S extends z.ZodMiniObject, O extends Outputs>(
  calc: Calculator<S, O>,
  raw: Record<string, unknown> = {},
): O {
  return calc.compute(parsed(calc, raw));
}

/** The params named by parseInput's issues for `raw`; fails if the input parses. */
export function issueParams(calc: Pick<Calculator, "input">, raw: Record<string, unknown>): string[] {
  const result = parseInput(calc, raw);
  if (result.ok) throw new Error(`expected issues for ${JSON.stringify(raw)}`);
  return result.issues.map((i) => i.param);
}

/**
 * Random valid inputs: each field drawn within the range its JSON schema states (integers, doubles over the
 * whole range including extremes, enum members, optional fields sometimes absent), then filtered through the
 * schema so cross-field rules hold.
 */
export function validInputs<S extends z.ZodMiniObject>(calc: Pick<Calculator<S>, "input">): fc.Arbitrary<z.output<S>> {
  const json = z.toJSONSchema(calc.input, { io: "input" }) as { properties: Record<string, JsonProp> };
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, p] of Object.entries(json.properties)) {
    let arb: fc.Arbitrary<unknown>;
    if (p.enum) {
      arb = fc.constantFrom(...p.enum);
    } else {
      const min = p.minimum ?? p.exclusiveMinimum;
      const max = p.maximum;
      if (min === undefined || max === undefined) throw new Error(`${name} has no range`);
      arb =
        p.type === "integer"
          ? fc.integer({ min, max })
          : fc.double({
              min,
              max,
              minExcluded: p.exclusiveMinimum !== undefined,
              noNaN: true,
              noDefaultInfinity: true,
            });
    }
    fields[name] = p.default === undefined ? fc.option(arb, { nil: undefined }) : arb;
  }
  return fc
    .record(fields)
    .map((raw) => calc.input.safeParse(raw))
    .filter((r) => r.success)
    .map((r) => r.data);
}

/** Every numeric output is a finite number. */
export function expectFinite(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (typeof value === "number") expect(Number.isFinite(value), `${name} = ${value}`).toBe(true);
  }
}

/** Property: for random valid inputs every numeric output is finite. */
export function checkFiniteOutputs<S extends z.ZodMiniObject, O extends Outputs>(calc: Calculator<S, O>): void {
  fc.assert(
    fc.property(validInputs(calc), (input) => {
      expectFinite(calc.compute(input));
    }),
    { numRuns: NUM_RUNS },
  );
}

/**
 * Every input field has a label, a unit and a default (or is optional); the outputs computed from the
 * given inputs are exactly those with output meta; headline, formula and assumptions are present.
 */
export function checkMetadata<S extends z.ZodMiniObject, O extends Outputs>(
  calc: Calculator<S, O>,
  rawInputs: Record<string, unknown>[] = [{}],
): void {
  for (const [name, field] of Object.entries(calc.input.shape as Record<string, z.ZodMiniType>)) {
    const meta = z.globalRegistry.get(field) as InputMeta | undefined;
    expect(meta?.label, `${name} label`).toEqual(expect.stringMatching(/\S/));
    expect(meta?.unit, `${name} unit`).toEqual(expect.stringMatching(/\S/));
    if (meta?.term !== undefined) expect(KNOWN_TERMS, `${name} term`).toContain(meta.term);
    // Number inputs have a prefault (the default goes through the decimal reader), enums a default.
    expect(["default", "prefault", "optional"], `${name} has a default or is optional`).toContain(field.def.type);
    expect(field.safeParse(undefined).success, `${name} may be left out`).toBe(true);
  }
  const declared = Object.keys(calc.outputs).sort();
  for (const raw of rawInputs) {
    expect(Object.keys(run(calc, raw)).sort()).toEqual(declared);
  }
  for (const [name, meta] of Object.entries(
    calc.outputs as Record<string, { label: string; unit: string; term?: string }>,
  )) {
    expect(meta.label, `${name} label`).toEqual(expect.stringMatching(/\S/));
    expect(meta.unit, `${name} unit`).toEqual(expect.stringMatching(/\S/));
    if (meta.term !== undefined) expect(KNOWN_TERMS).toContain(meta.term);
  }
  expect(declared).toContain(calc.headline);
  if (calc.term !== undefined) expect(KNOWN_TERMS).toContain(calc.term);
  expect(calc.title).toMatch(/\S/);
  expect(calc.description).toMatch(/\S/);
  expect(calc.formula.length).toBeGreaterThan(0);
  expect(calc.assumptions.length).toBeGreaterThan(0);
}
