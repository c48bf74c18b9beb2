// What a user may write into a saved scenario. zod/mini, like the other form schemas.
import { z } from "zod/mini";

/** Save forms send each calculator input as `in.<name>`, apart from the scenario's own fields. */
export const INPUT_PREFIX = "in.";

export const SCENARIO_LIMITS = { perUser: 500, name: 120, note: 2000, compare: 6 } as const;

// Control characters (C0, DEL, C1) and the bidi embeddings, overrides and isolates, which make text
// display in another order than it is stored ("report\u202Etxt.exe"). A note keeps line breaks and tabs.
const NAME_CHARS = /^[^\p{Cc}\u202A-\u202E\u2066-\u2069]*$/u;
const NOTE_CHARS = /^(?:[\t\n]|[^\p{Cc}\u202A-\u202E\u2066-\u2069])*$/u;

export const scenarioTextSchema = z.object({
  name: z
    .string("A name is text.")
    .check(
      z.trim(),
      z.minLength(1, "Give the scenario a name."),
      z.maxLength(SCENARIO_LIMITS.name, `A name is at most ${SCENARIO_LIMITS.name} characters.`),
      z.regex(NAME_CHARS, "A name cannot contain control characters, line breaks or text-direction overrides."),
    ),
  note: z._default(
    z.string("A note is text.").check(
      // Browsers send a textarea's line breaks as CRLF.
      z.overwrite((note) => note.replace(/\r\n?/g, "\n")),
      z.trim(),
      z.maxLength(
        SCENARIO_LIMITS.note,
        `A note is at most ${SCENARIO_LIMITS.note.toLocaleString("en-US")} characters.`,
      ),
      z.regex(
        NOTE_CHARS,
        "A note cannot contain control characters (other than line breaks and tabs) or text-direction overrides.",
      ),
    ),
    "",
  ),
});

export type ScenarioText = z.output<typeof scenarioTextSchema>;
export type FieldIssue = { field: string; message: string };

export function parseScenarioText(raw: {
  name?: unknown;
  note?: unknown;
}): { ok: true; value: ScenarioText } | { ok: false; issues: FieldIssue[] } {
  const result = scenarioTextSchema.safeParse({ name: raw.name ?? "", note: raw.note ?? "" });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({ field: String(i.path[0] ?? "form"), message: i.message })),
  };
}
