import { describe, expect, it, vi } from "vitest";
import { validateInputs } from "@/lib/data/scenarios";
import { parseScenarioText } from "@/lib/validations/scenario";
import { readSaveForm, saveFormQuery } from "./save";

// readSaveForm and saveFormQuery are pure; the module's session and database imports are not needed here.
vi.mock("@/lib/auth", () => ({}));
vi.mock("@/lib/services", () => ({}));

const form = (entries: [string, string | File][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("readSaveForm", () => {
  it("passes every input name to validation, __proto__ and constructor too, which refuses them", () => {
    const data = readSaveForm(
      form([
        ["calculatorId", "margin"],
        ["name", "x"],
        ["in.__proto__", "1"],
        ["in.constructor", "1"],
        ["in.pricePerM", "2"],
      ]),
    );
    expect(Object.keys(data.inputs)).toEqual(["__proto__", "constructor", "pricePerM"]);
    const checked = validateInputs(data.calculatorId, data.inputs);
    expect(checked.ok ? [] : "issues" in checked ? checked.issues.map((i) => i.field) : ["?"]).toEqual([
      "inputs.__proto__",
      "inputs.constructor",
    ]);
  });

  it("refuses inputs that are not plain decimals, naming each", () => {
    const checked = validateInputs(
      "margin",
      readSaveForm(
        form([
          ["in.pricePerM", "0x10"],
          ["in.costPerM", "1e-400"],
        ]),
      ).inputs,
    );
    expect(checked.ok ? [] : "issues" in checked ? checked.issues.map((i) => i.field).sort() : ["?"]).toEqual([
      "inputs.costPerM",
      "inputs.pricePerM",
    ]);
  });

  it('keeps a file as a file, so validation names the field instead of storing "[object File]"', () => {
    const file = new File(["x"], "x.txt");
    const data = readSaveForm(
      form([
        ["calculatorId", "margin"],
        ["name", file],
        ["note", file],
        ["in.pricePerM", file],
      ]),
    );
    expect(parseScenarioText(data)).toMatchObject({ ok: false, issues: [{ field: "name" }, { field: "note" }] });
    const checked = validateInputs(data.calculatorId, data.inputs);
    expect(checked).toMatchObject({ ok: false, issues: [{ field: "inputs.pricePerM", message: "must be a number" }] });
    // Through sign-in the fields travel in a URL: a file is left out, never written as "[object File]".
    expect([...saveFormQuery(data).keys()]).toEqual(["calc", "returnTo"]);
  });

  it("carries text fields and inputs through sign-in unchanged", () => {
    const data = readSaveForm(
      form([
        ["calculatorId", "margin"],
        ["name", "Plan"],
        ["note", "a\nb"],
        ["returnTo", "/calculators/margin"],
        ["in.pricePerM", "2"],
      ]),
    );
    expect(saveFormQuery(data, { n: "nonce" }).toString()).toBe(
      "calc=margin&name=Plan&note=a%0Ab&returnTo=%2Fcalculators%2Fmargin&n=nonce&in.pricePerM=2",
    );
  });
});
