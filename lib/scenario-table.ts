// Rows for showing one or more scenarios side by side: every input and output with its label and unit,
// formatted, and whether the value differs from the first scenario's.
import { fieldSpecs } from "@/lib/calculators/fields";
import { formatValueWithRate } from "@/lib/calculators/format";
import type { ScenarioDto } from "@/lib/data/scenarios";
import { getCalculator } from "@/lib/economics";
import type { OutputMeta } from "@/lib/economics/calculator";

export type CompareRow = { key: string; group: "Inputs" | "Results"; label: string; cells: string[]; differs: boolean[] };

export function compareRows(list: ScenarioDto[]): CompareRow[] {
  const inputs = new Map<string, string>();
  const outputs = new Map<string, OutputMeta>();
  for (const s of list) {
    const c = getCalculator(s.calculatorId);
    if (!c) continue;
    for (const f of fieldSpecs(c)) if (!inputs.has(f.name)) inputs.set(f.name, f.unit ? `${f.label} (${f.unit})` : f.label);
    for (const [name, meta] of Object.entries(c.outputs as Record<string, OutputMeta>)) if (!outputs.has(name)) outputs.set(name, meta);
  }
  const row = (key: string, group: CompareRow["group"], label: string, cells: string[]): CompareRow => ({
    key,
    group,
    label,
    cells,
    differs: cells.map((c) => c !== cells[0]),
  });
  return [
    ...[...inputs].map(([name, label]) => row(`in.${name}`, "Inputs", label, list.map((s) => s.inputs[name] ?? "—"))),
    ...[...outputs].map(([name, meta]) =>
      row(`out.${name}`, "Results", meta.label, list.map((s) => (s.outputs && name in s.outputs ? formatValueWithRate(s.outputs[name] ?? null, meta.unit) : "—"))),
    ),
  ];
}
