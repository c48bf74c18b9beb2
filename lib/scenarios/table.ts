// Rows for showing one or more scenarios side by side: the measures common to calculators (so scenarios
// of different calculators line up), the picker choices, every input and output with its label and unit,
// formatted, and whether the value differs from the first scenario's.
import { fieldSpecs } from "@/lib/calculators/fields";
import { COMMON_MEASURES, measuresOf } from "@/lib/calculators/measures";
import type { ScenarioDto } from "@/lib/data/scenarios";
import { getCalculator } from "@/lib/economics";
import type { OutputMeta } from "@/lib/economics/calculator";
import { formatValue, formatValueWithRate } from "@/lib/format";

export const COMPARE_GROUPS = ["Common measures", "Inputs", "Results"] as const;
export type CompareRow = {
  key: string;
  group: (typeof COMPARE_GROUPS)[number];
  label: string;
  cells: string[];
  differs: boolean[];
};

const CHOICE_LABELS: Record<string, string> = { model: "Model chosen", gpu: "GPU chosen" };

export function compareRows(list: ScenarioDto[]): CompareRow[] {
  const inputs = new Map<string, string>();
  const outputs = new Map<string, OutputMeta>();
  for (const s of list) {
    const c = getCalculator(s.calculatorId);
    if (!c) continue;
    for (const f of fieldSpecs(c))
      if (!inputs.has(f.name)) inputs.set(f.name, f.unit ? `${f.label} (${f.unit})` : f.label);
    for (const [name, meta] of Object.entries(c.outputs as Record<string, OutputMeta>))
      if (!outputs.has(name)) outputs.set(name, meta);
  }
  const row = (key: string, group: CompareRow["group"], label: string, cells: string[]): CompareRow => ({
    key,
    group,
    label,
    cells,
    differs: cells.map((c) => c !== cells[0]),
  });
  const measures = list.map((s) => measuresOf(s.calculatorId, s.inputs, s.outputs));
  const choices = Object.keys(CHOICE_LABELS).filter((k) => list.some((s) => s.inputs[k]));
  return [
    ...COMMON_MEASURES.filter(({ key }) => measures.some((m) => m[key] !== null)).map(
      ({ key, label, unit }) =>
        row(
          `common.${key}`,
          "Common measures",
          label,
          measures.map((m) => formatValue(m[key], unit)),
        ), // the row label names the unit
    ),
    ...choices.map((k) =>
      row(
        `in.${k}`,
        "Inputs",
        CHOICE_LABELS[k]!,
        list.map((s) => s.inputs[k] ?? "—"),
      ),
    ),
    ...[...inputs].map(([name, label]) =>
      row(
        `in.${name}`,
        "Inputs",
        label,
        list.map((s) => s.inputs[name] ?? "—"),
      ),
    ),
    ...[...outputs].map(([name, meta]) =>
      row(
        `out.${name}`,
        "Results",
        meta.label,
        list.map((s) =>
          s.outputs && name in s.outputs ? formatValueWithRate(s.outputs[name] ?? null, meta.unit) : "—",
        ),
      ),
    ),
  ];
}
