// One place per calculator: from its id, the definition reaches its widget (with its chart), its pickers,
// its term links, its address and its opening query; nothing else names it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDatasets } from "@/lib/content/datasets";
import { calculators } from "@/lib/economics";
import { calculatorHref } from "@/lib/economics/calculator";
import { fieldSpecs } from "./fields";
import { pickersFor } from "./pickers";
import { evaluateQuery } from "./run";

const root = path.resolve(import.meta.dirname, "../..");
const data = loadDatasets();
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

describe("the calculator registry", () => {
  it("gives every calculator a widget entry of its own that imports its definition and no registry", () => {
    const loader = read("components/calculators/calculator-widget-for.tsx");
    for (const c of calculators) {
      const file = `components/calculators/widgets/${c.id}.tsx`;
      const source = read(file);
      expect(source, file).toMatch(new RegExp(`from "@/lib/economics/${c.id}"`));
      // The whole list of calculators would come back with the index module.
      expect(source, file).not.toMatch(/from "@\/lib\/economics"/);
      expect(loader, c.id).toContain(`import("./widgets/${c.id}")`);
    }
    // The generic widget and what it imports of ours know no calculator by name.
    const widget = read("components/calculators/calculator-widget.tsx");
    expect(widget).not.toMatch(/from "@\/lib\/economics"/);
    for (const c of calculators) expect(widget).not.toContain(`"${c.id}"`);
  });

  it("resolves every calculator's pickers, each option filling only that calculator's own inputs", () => {
    for (const c of calculators) {
      const names = new Set(fieldSpecs(c).map((f) => f.name));
      for (const picker of pickersFor(c.id, data)) {
        expect(picker.options.length, `${c.id} ${picker.param}`).toBeGreaterThan(0);
        for (const option of picker.options) {
          const variants =
            option.variants === undefined ? [] : Array.isArray(option.variants) ? option.variants : [option.variants];
          const filled = [
            ...Object.keys(option.values),
            ...variants.flatMap((v) => [v.field, ...Object.values(v.values).flatMap((x) => Object.keys(x))]),
          ];
          const strangers = filled.filter((k) => !names.has(k));
          expect(strangers, `${c.id} ${picker.param}=${option.id}`).toEqual([]);
        }
      }
    }
    // Worked examples: the planner picks a model and a GPU; margin has nothing to pick.
    expect(pickersFor("deployment", data).map((p) => p.param)).toEqual(["model", "gpu"]);
    expect(pickersFor("margin", data)).toEqual([]);
    expect(pickersFor("no-such-calculator", data)).toEqual([]);
  });

  it("links to each calculator at its own address, a page the app has", () => {
    for (const c of calculators) {
      const href = calculatorHref(c);
      const page = href === `/calculators/${c.id}` ? "app/calculators/[id]/page.tsx" : `app${href}/page.tsx`;
      expect(fs.existsSync(path.join(root, page)), `${c.id} -> ${href}`).toBe(true);
    }
    expect(calculatorHref(calculators.find((c) => c.id === "deployment")!)).toBe("/plan");
    expect(calculatorHref(calculators.find((c) => c.id === "margin")!)).toBe("/calculators/margin");
  });

  it("opens on a default query only the calculator accepts in full", () => {
    const withDefaults = calculators.filter((c) => c.defaultQuery);
    expect(withDefaults.map((c) => c.id)).toContain("deployment");
    for (const c of withDefaults) {
      const result = evaluateQuery(c.id, c.defaultQuery!, data, data.meta.asOf);
      expect(result.status, `${c.id}: ${JSON.stringify("issues" in result ? result.issues : "")}`).toBe(200);
    }
  });
});
