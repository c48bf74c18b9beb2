import { describe, expect, it } from "vitest";
import { parseScenarioText } from "./scenario";

const fieldsOf = (raw: { name?: unknown; note?: unknown }) => {
  const result = parseScenarioText(raw);
  return result.ok ? [] : result.issues.map((i) => i.field);
};

describe("parseScenarioText", () => {
  it.each([
    ["NUL", "a\u0000b"],
    ["a line break", "first\nsecond"],
    ["CR", "first\rsecond"],
    ["a tab", "a\tb"],
    ["DEL", "a\u007fb"],
    ["a C1 control (NEL)", "a\u0085b"],
    ["a right-to-left override", "invoice\u202Efdp.exe"],
    ["a left-to-right embedding", "\u202Ax"],
    ["a first-strong isolate", "x\u2068y\u2069"],
  ])("refuses a name with %s, naming the field", (_, name) => {
    expect(parseScenarioText({ name })).toEqual({
      ok: false,
      issues: [
        {
          field: "name",
          message: "A name cannot contain control characters, line breaks or text-direction overrides.",
        },
      ],
    });
  });

  it.each([
    ["NUL", "a\u0000b"],
    ["a vertical tab", "a\u000bb"],
    ["DEL", "a\u007fb"],
    ["a right-to-left override", "\u202Etxt"],
    ["a pop-directional isolate", "a\u2069"],
  ])("refuses a note with %s, naming the field", (_, note) => {
    expect(fieldsOf({ name: "ok", note })).toEqual(["note"]);
  });

  it("keeps line breaks and tabs in a note, as LF whatever the browser sent", () => {
    expect(parseScenarioText({ name: "Plan", note: " line 1\r\n\tline 2\rline 3\n" })).toEqual({
      ok: true,
      value: { name: "Plan", note: "line 1\n\tline 2\nline 3" },
    });
    // CRLF counts as one character, as the textarea's maxlength counts it.
    expect(parseScenarioText({ name: "Plan", note: "x\r\n".repeat(1000) }).ok).toBe(true);
  });

  it("keeps right-to-left and other scripts, which need no override characters", () => {
    expect(parseScenarioText({ name: "תוכנית א׳ — Ελληνικά 中文 🚀", note: "مرحبا\u200F" })).toMatchObject({
      ok: true,
    });
  });

  it('refuses a file (or any non-text) for the name or the note instead of storing "[object File]"', () => {
    const file = new File(["x"], "x.txt");
    expect(parseScenarioText({ name: file, note: file })).toEqual({
      ok: false,
      issues: [
        { field: "name", message: "A name is text." },
        { field: "note", message: "A note is text." },
      ],
    });
    expect(fieldsOf({ name: 42 })).toEqual(["name"]);
  });
});
