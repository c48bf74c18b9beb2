// What a user may write into a saved scenario. zod/mini, like the other form schemas.
import { z } from "zod/mini";

/** Save forms send each calculator input as `in.<name>`, apart from the scenario's own fields. */
export const INPUT_PREFIX = "in.";

export const SCENARIO_LIMITS = { perUser: 500, name: 120, note: 2000, compare: 6 } as const;

export const scenarioTextSchema = z.object({
  name: z.string().check(
    z.trim(),
    z.minLength(1, "Give the scenario a name."),
    z.maxLength(SCENARIO_LIMITS.name, `A name is at most ${SCENARIO_LIMITS.name} characters.`),
  ),
  note: z._default(
    z.string().check(z.trim(), z.maxLength(SCENARIO_LIMITS.note, `A note is at most ${SCENARIO_LIMITS.note.toLocaleString("en-US")} characters.`)),
    "",
  ),
});

export type ScenarioText = z.output<typeof scenarioTextSchema>;
export type FieldIssue = { field: string; message: string };

export function parseScenarioText(raw: { name?: unknown; note?: unknown }): { ok: true; value: ScenarioText } | { ok: false; issues: FieldIssue[] } {
  const result = scenarioTextSchema.safeParse({ name: raw.name ?? "", note: raw.note ?? "" });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map((i) => ({ field: String(i.path[0] ?? "form"), message: i.message })) };
}
