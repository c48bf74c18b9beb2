// Saved calculator scenarios: every read and write of Scenario. Every private operation takes the
// signed-in user's id and puts it in the WHERE clause, so another user's id behaves exactly like an id
// that does not exist (the pages answer 404). Only getShared() reads without a user, by share token.
import "server-only";
import { randomBytes } from "node:crypto";
import { headlineOf } from "@/lib/calculators/figures";
import { type Db } from "@/lib/db/client";
import { inputVersion, type Outputs, upgradeInputs } from "@/lib/economics/calculator";
import { getCalculator, runCalculator } from "@/lib/economics";
import { type FieldIssue, parseScenarioText, SCENARIO_LIMITS } from "@/lib/validations/scenario";

/** 24 random bytes: 192 bits, 32 base64url characters. */
export const newShareToken = () => randomBytes(24).toString("base64url");

export type ScenarioDto = {
  id: string;
  calculatorId: string;
  calculatorTitle: string;
  name: string;
  note: string;
  /** Inputs as form strings, upgraded to the calculator's current input version. */
  inputs: Record<string, string>;
  outputs: Outputs | null;
  headline: { label: string; value: string; rate: string } | null;
  shareToken: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * Picker choices a scenario keeps beside its inputs (?model=, ?gpu=), so a saved or shared result says which
 * model and GPU it used. Not calculator inputs: they are set aside before the calculator's schema runs.
 */
export const CHOICE_PARAMS = ["model", "gpu"] as const;
const CHOICE_ID = /^[A-Za-z0-9][A-Za-z0-9._:@/+-]{0,199}$/;

/** Splits raw inputs into the calculator's own and the picker choices. */
export function splitChoices<T>(raw: Record<string, T>): { inputs: Record<string, T>; choices: Record<string, T> } {
  const isChoice = (k: string) => (CHOICE_PARAMS as readonly string[]).includes(k);
  return {
    inputs: Object.fromEntries(Object.entries(raw).filter(([k]) => !isChoice(k))),
    choices: Object.fromEntries(Object.entries(raw).filter(([k, v]) => isChoice(k) && v !== "")),
  };
}

export type Failure =
  | { ok: false; error: "invalid"; issues: FieldIssue[] }
  | { ok: false; error: "not-found" }
  | { ok: false; error: "limit"; message: string };

type Row = {
  id: string;
  calculatorId: string;
  schemaVersion: number;
  inputs: string;
  name: string;
  note: string;
  shareToken: string | null;
  createdAt: Date;
  updatedAt: Date;
};

const NOT_FOUND = { ok: false, error: "not-found" } as const;

class LimitReached extends Error {}

function toDto(row: Row): ScenarioDto {
  const calculator = getCalculator(row.calculatorId);
  let inputs: Record<string, unknown> = {};
  try {
    inputs = JSON.parse(row.inputs) as Record<string, unknown>;
    if (calculator) inputs = upgradeInputs(calculator, row.schemaVersion, inputs);
  } catch {
    inputs = {}; // unreadable inputs: the calculator's defaults show instead of an error page
  }
  const asStrings = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)]));
  const run = calculator ? runCalculator(calculator, splitChoices(asStrings).inputs) : undefined;
  const outputs = run?.ok ? run.outputs : null;
  return {
    id: row.id,
    calculatorId: row.calculatorId,
    calculatorTitle: calculator?.title ?? row.calculatorId,
    name: row.name,
    note: row.note,
    inputs: asStrings,
    outputs,
    headline: calculator && outputs ? headlineOf(calculator, outputs) : null,
    shareToken: row.shareToken,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Checks a calculator id and raw inputs with that calculator's schema; returns what to store. */
export function validateInputs(calculatorId: string, raw: Record<string, unknown>): { ok: true; inputs: Record<string, unknown>; version: number } | Failure {
  const calculator = getCalculator(calculatorId);
  if (!calculator) return { ok: false, error: "invalid", issues: [{ field: "calculatorId", message: `No calculator "${calculatorId}".` }] };
  const { inputs, choices } = splitChoices(raw);
  const badChoices = Object.entries(choices).filter(([, v]) => typeof v !== "string" || !CHOICE_ID.test(v));
  const run = runCalculator(calculator, inputs);
  const issues = [
    ...badChoices.map(([k]) => ({ field: `inputs.${k}`, message: "must be a preset id" })),
    ...(run.ok ? [] : run.issues.map((i) => ({ field: `inputs.${i.param}`, message: i.message }))),
  ];
  if (!run.ok || issues.length > 0) return { ok: false, error: "invalid", issues };
  return { ok: true, inputs: { ...choices, ...run.input }, version: inputVersion(calculator) };
}

export function scenarioService({ db, limit = SCENARIO_LIMITS.perUser }: { db: Db; limit?: number }) {
  /**
   * Inserts a scenario for a user, within their cap. The cap is a counter on User raised by one
   * conditional UPDATE inside the same transaction, so concurrent saves cannot pass it.
   */
  async function insert(userId: string, data: { calculatorId: string; schemaVersion: number; inputs: string; name: string; note: string }) {
    try {
      const row = await db.$transaction(async (tx) => {
        const claimed = await tx.user.updateMany({ where: { id: userId, scenarioCount: { lt: limit } }, data: { scenarioCount: { increment: 1 } } });
        if (claimed.count === 0) throw new LimitReached();
        return tx.scenario.create({ data: { ...data, userId } });
      });
      return { ok: true as const, scenario: toDto(row) };
    } catch (error) {
      if (error instanceof LimitReached) {
        return { ok: false as const, error: "limit" as const, message: `You can keep at most ${limit} scenarios. Delete some to save new ones.` };
      }
      throw error;
    }
  }

  async function create(userId: string, input: { calculatorId: string; inputs: Record<string, unknown>; name: unknown; note?: unknown }) {
    const text = parseScenarioText(input);
    const checked = validateInputs(input.calculatorId, input.inputs);
    const issues = [...(text.ok ? [] : text.issues), ...(checked.ok ? [] : checked.error === "invalid" ? checked.issues : [])];
    if (!text.ok || !checked.ok) return { ok: false as const, error: "invalid" as const, issues };
    return insert(userId, {
      calculatorId: input.calculatorId,
      schemaVersion: checked.version,
      inputs: JSON.stringify(checked.inputs),
      name: text.value.name,
      note: text.value.note,
    });
  }

  async function list(userId: string): Promise<ScenarioDto[]> {
    const rows = await db.scenario.findMany({ where: { userId }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }] });
    return rows.map(toDto);
  }

  async function get(userId: string, id: string): Promise<ScenarioDto | undefined> {
    const row = await db.scenario.findFirst({ where: { id, userId } });
    return row ? toDto(row) : undefined;
  }

  /** Several of the user's scenarios in the order asked; undefined when any is missing or not theirs. */
  async function getMany(userId: string, ids: string[]): Promise<ScenarioDto[] | undefined> {
    const unique = [...new Set(ids)];
    const rows = await db.scenario.findMany({ where: { userId, id: { in: unique } } });
    if (rows.length !== unique.length) return undefined;
    return unique.map((id) => toDto(rows.find((r) => r.id === id)!));
  }

  async function update(userId: string, id: string, input: { name: unknown; note?: unknown }) {
    const text = parseScenarioText(input);
    if (!text.ok) return { ok: false as const, error: "invalid" as const, issues: text.issues };
    const { count } = await db.scenario.updateMany({ where: { id, userId }, data: { name: text.value.name, note: text.value.note } });
    return count === 1 ? { ok: true as const } : NOT_FOUND;
  }

  async function duplicate(userId: string, id: string) {
    const row = await db.scenario.findFirst({ where: { id, userId } });
    if (!row) return NOT_FOUND;
    const suffix = " (copy)";
    const name = row.name.length + suffix.length > SCENARIO_LIMITS.name ? row.name.slice(0, SCENARIO_LIMITS.name - suffix.length) + suffix : row.name + suffix;
    return insert(userId, { calculatorId: row.calculatorId, schemaVersion: row.schemaVersion, inputs: row.inputs, name, note: row.note });
  }

  async function remove(userId: string, id: string) {
    const deleted = await db.$transaction(async (tx) => {
      const { count } = await tx.scenario.deleteMany({ where: { id, userId } });
      if (count === 1) await tx.user.updateMany({ where: { id: userId }, data: { scenarioCount: { decrement: 1 } } });
      return count;
    });
    return deleted === 1 ? { ok: true as const } : NOT_FOUND;
  }

  /** Gives the scenario a public link (keeping an existing one); returns its token. */
  async function share(userId: string, id: string) {
    const token = newShareToken();
    const { count } = await db.scenario.updateMany({ where: { id, userId, shareToken: null }, data: { shareToken: token } });
    const row = await db.scenario.findFirst({ where: { id, userId }, select: { shareToken: true } });
    if (!row?.shareToken) return NOT_FOUND;
    return { ok: true as const, token: row.shareToken, created: count === 1 };
  }

  /** Removes the public link; the old URL then answers 404. */
  async function revoke(userId: string, id: string) {
    const { count } = await db.scenario.updateMany({ where: { id, userId }, data: { shareToken: null } });
    return count === 1 ? { ok: true as const } : NOT_FOUND;
  }

  /** The public, read-only view behind /s/<token>. */
  async function getShared(token: string): Promise<ScenarioDto | undefined> {
    if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return undefined;
    const row = await db.scenario.findUnique({ where: { shareToken: token } });
    return row ? toDto(row) : undefined;
  }

  return { create, list, get, getMany, update, duplicate, remove, share, revoke, getShared };
}

export type ScenarioService = ReturnType<typeof scenarioService>;
