// Comparing scenarios of different calculators: the common measures line up, worked by hand.
import { describe, expect, it } from "vitest";
import { calculatorMeasures } from "@/lib/calculators/measures";
import type { ScenarioDto } from "@/lib/data/scenarios";
import { getCalculator, runCalculator } from "@/lib/economics";
import { formatUsd } from "@/lib/format";
import { compareRows } from "./table";

function scenario(
  calculatorId: string,
  inputs: Record<string, string>,
  choices: Record<string, string> = {},
): ScenarioDto {
  const r = runCalculator(getCalculator(calculatorId)!, inputs);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const now = new Date(0);
  return {
    id: calculatorId,
    calculatorId,
    calculatorTitle: calculatorId,
    name: calculatorId,
    note: "",
    // As a saved scenario holds them: every parsed input (defaults included), as strings.
    inputs: { ...choices, ...Object.fromEntries(Object.entries(r.input).map(([k, v]) => [k, String(v)])) },
    outputs: r.outputs,
    headline: null,
    shareToken: null,
    createdAt: now,
    updatedAt: now,
  };
}

const cells = (rows: ReturnType<typeof compareRows>, key: string) => rows.find((r) => r.key === key)?.cells;

describe("compareRows across calculators", () => {
  // API: 1,000 requests a day of 2,000 input and 500 output tokens at $0.59 / $0.79 per million:
  // (2,000 × 0.59 + 500 × 0.79) ÷ 1e6 = $0.001575 a request; × 1,000 × 30 days = $47.25 a month;
  // 0.001575 ÷ 2,500 tokens × 1e6 = $0.63 per million tokens of either kind.
  const api = scenario(
    "api-cost",
    {
      inputTokens: "2000",
      outputTokens: "500",
      inputPricePerM: "0.59",
      outputPricePerM: "0.79",
      cachedInputPricePerM: "0.59",
      requestsPerDay: "1000",
      daysPerMonth: "30",
    },
    { model: "groq/llama-3.3-70b-versatile" },
  );
  // Self-host: 1 GPU at $2/h × 730 h = $1,460 a month; $2 × 1e6 ÷ (1,000 tok/s × 3,600 × 0.7) = $0.7937 per million output.
  const self = scenario(
    "self-host-cost",
    { gpuHourlyUsd: "2", gpuCount: "1", throughputTokensPerSecond: "1000", utilization: "0.7" },
    { gpu: "h100-sxm:marketplace" },
  );

  it("puts $/month, $/M and $/request of both in the same rows", () => {
    const rows = compareRows([api, self]);
    expect(cells(rows, "common.monthlyUsd")).toEqual(["$47.25", "$1,460"]);
    expect(cells(rows, "common.perMillionOutputUsd")).toEqual(["$0.790", "$0.794"]);
    expect(cells(rows, "common.perMillionInputUsd")).toEqual(["$0.590", "—"]);
    expect(cells(rows, "common.perMillionAllUsd")).toEqual(["$0.630", "—"]);
    expect(cells(rows, "common.perRequestUsd")).toEqual(["$0.00158", "—"]);
    expect(rows.filter((r) => r.group === "Common measures").map((r) => r.key)).toEqual([
      "common.monthlyUsd",
      "common.perMillionInputUsd",
      "common.perMillionOutputUsd",
      "common.perMillionAllUsd",
      "common.perRequestUsd",
    ]);
    // The picker choices say which model and GPU each used.
    expect(cells(rows, "in.model")).toEqual(["groq/llama-3.3-70b-versatile", "—"]);
    expect(cells(rows, "in.gpu")).toEqual(["—", "h100-sxm:marketplace"]);
  });

  it("leaves out a measure neither scenario has", () => {
    const rows = compareRows([self, self]);
    expect(rows.some((r) => r.key === "common.perRequestUsd")).toBe(false);
    expect(cells(rows, "common.monthlyUsd")).toEqual(["$1,460", "$1,460"]);
  });

  it("maps only to outputs and inputs the calculators have", () => {
    for (const [id, measures] of Object.entries(calculatorMeasures)) {
      const c = getCalculator(id);
      expect(c, id).toBeDefined();
      const r = runCalculator(c!, {});
      if (!r.ok) throw new Error(id);
      const defaults = Object.fromEntries(Object.entries(r.input).map(([k, v]) => [k, String(v)]));
      // Every measure gives a number at the defaults, except where the calculator's own output is empty there.
      for (const [key, m] of Object.entries(measures)) {
        const v = m(defaults, r.outputs);
        expect(v === null || Number.isFinite(v), `${id}.${key}`).toBe(true);
      }
    }
  });

  it("a deployment plan lines up with an API: $/request over its tokens is its $/M all tokens", () => {
    const plan = scenario("deployment", { gpuHourlyUsd: "3.99", gpusPerReplica: "2" });
    const rows = compareRows([plan, api]);
    const perRequest = plan.outputs!.costPerRequestUsd as number;
    // Default workload: 2,000 + 500 tokens a request.
    const [planAll] = cells(rows, "common.perMillionAllUsd")!;
    expect(planAll).toBe(formatUsd((perRequest / 2500) * 1e6));
  });
});
