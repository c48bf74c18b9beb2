// The planner through the generic machinery: the API route, dataset presets (model, GPU, tier, APIs).
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/calculators/[id]/route";
import { loadDatasets, type Datasets } from "@/lib/content/datasets";
import { deployment } from "@/lib/economics";
import { parseInput } from "@/lib/economics/calculator";
import { DAYS_PER_MONTH } from "@/lib/economics/deployment";
import { ownedGpuCost } from "@/lib/economics/owned-gpu-cost";
import { pickersFor } from "./pickers";
import { evaluateQuery } from "./run";

const data = loadDatasets();
const source = { title: "fixture", url: "https://example.com/fixture" };
const llamaApis = ["huggingface_novita/meta-llama/Llama-3.3-70B-Instruct", "groq/llama-3.3-70b-versatile"];
// Fixture data with the optional fields the datasets may not carry yet.
const fixture: Datasets = {
  ...data,
  models: data.models.map((m) =>
    m.id === "llama-3-1-70b"
      ? { ...m, servedBy: llamaApis }
      : m.id === "deepseek-v3"
        ? { ...m, nativePrecision: "fp8" as const, hiddenSize: 7_168 }
        : m,
  ),
  gpus: data.gpus.map((g) =>
    g.id === "h100-sxm"
      ? { ...g, prices: [{ tier: "specialist-cloud" as const, usdPerGpuHour: 2.49, asOf: "2026-05", source }] }
      : g.id === "h200-sxm"
        ? { ...g, interconnect: { scaleUpGBs: 450, scaleUpDomainGpus: 8, scaleOutGbps: 400, source } }
        : g,
  ),
};
const plan = (raw: Record<string, string>, d: Datasets = fixture) => {
  const r = evaluateQuery("deployment", raw, d, d.meta.asOf);
  if (r.status !== 200) throw new Error(`expected 200, got ${JSON.stringify(r)}`);
  return r.body;
};

describe("GET /api/v1/calculators/deployment", () => {
  it("answers the default query with a model and a GPU alone", async () => {
    const response = await GET(
      new Request("http://localhost/api/v1/calculators/deployment?model=llama-3-1-70b&gpu=h100-sxm"),
      {
        params: Promise.resolve({ id: "deployment" }),
      },
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.inputs).toMatchObject({
      model: "llama-3-1-70b",
      gpu: "h100-sxm",
      weightPrecision: "bf16",
      gpuMemoryGB: 80,
      attentionHeads: 64,
    });
    // 141.1e9 + 327,680 × 2,500 = 141.92e9 bytes > 72e9 usable per H100 → 2 GPUs
    expect(body.outputs.fits).toBe(true);
    expect(body.outputs.minGpusPerReplica).toBe(2);
    expect(Object.keys(body.outputs)).toEqual(expect.arrayContaining(Object.keys(deployment.outputs)));
    expect(body.units.monthlyCostUsd).toMatch(/USD/);
  });
});

describe("deployment presets", () => {
  it("a GPU's tier price fills gpuHourlyUsd; a tier without a price leaves the cost empty; gpuHourlyUsd wins", () => {
    expect(plan({ model: "llama-3-1-70b", gpu: "h100-sxm" }).inputs.gpuHourlyUsd).toBe(2.49);
    const marketplace = plan({ model: "llama-3-1-70b", gpu: "h100-sxm", priceTier: "marketplace" });
    expect(marketplace.inputs.gpuHourlyUsd).toBeUndefined();
    expect(marketplace.outputs.monthlyCostUsd).toBeNull();
    expect(plan({ gpu: "h100-sxm", gpuHourlyUsd: "3" }).inputs.gpuHourlyUsd).toBe(3);
  });

  it("owned: the owned-gpu-cost calculator's hourly cost for an H100, nothing for other GPUs", () => {
    const defaults = parseInput(ownedGpuCost, {});
    if (!defaults.ok) throw new Error("defaults");
    // 37,500 / 26,280 + 1.275 × 1.2 × 0.10 = 1.426941 + 0.153 = $1.579941 an hour
    const hourly = ownedGpuCost.compute(defaults.value).hourlyCostUsd;
    expect(hourly).toBeCloseTo(1.579941, 6);
    expect(plan({ gpu: "h100-sxm", priceTier: "owned" }).inputs.gpuHourlyUsd).toBeCloseTo(hourly, 4);
    expect(plan({ gpu: "h200-sxm", priceTier: "owned" }).inputs.gpuHourlyUsd).toBeUndefined();
  });

  it("a model's native precision fills weightPrecision and picks the GPU's FP8 peak; NVLink fills the interconnect", () => {
    const v3 = plan({ model: "deepseek-v3", gpu: "h200-sxm" });
    expect(v3.inputs).toMatchObject({
      weightPrecision: "fp8",
      denseTflops: 1_979,
      interconnectGBs: 450,
      expertsPerToken: 8,
      hiddenSize: 7_168,
    });
    // Without the field the model keeps BF16; an explicit precision wins.
    const withoutNative: Datasets = {
      ...fixture,
      models: fixture.models.map((m) => (m.id === "deepseek-v3" ? { ...m, nativePrecision: undefined } : m)),
    };
    expect(plan({ model: "deepseek-v3", gpu: "h200-sxm" }, withoutNative).inputs.weightPrecision).toBe("bf16");
    expect(plan({ model: "deepseek-v3", gpu: "h200-sxm", weightPrecision: "int4" }).inputs.weightPrecision).toBe(
      "int4",
    );
  });

  it("compares with the APIs serving the model, priced as the api-cost calculator prices them", () => {
    const body = plan({ model: "llama-3-1-70b", gpu: "h100-sxm" });
    expect(body.inputs.compareWith).toBe(llamaApis.join(","));
    const bills = llamaApis.map((id) => {
      const r = evaluateQuery(
        "api-cost",
        {
          model: id,
          inputTokens: "2000",
          outputTokens: "500",
          requestsPerDay: "1000000",
          daysPerMonth: String(DAYS_PER_MONTH),
        },
        fixture,
        fixture.meta.asOf,
      );
      if (r.status !== 200) throw new Error(JSON.stringify(r));
      return r.body.outputs.costPerMonthUsd as number;
    });
    expect(body.outputs.apiCheapestMonthlyCostUsd).toBeCloseTo(Math.min(...bills), 6);
  });

  it("compareWith names other APIs; an unknown one is a 400 naming compareWith", () => {
    const body = plan({ model: "llama-3-1-70b", gpu: "h100-sxm", compareWith: "groq/llama-3.3-70b-versatile" });
    expect(body.outputs.apiCheapest).toMatch(/groq\/llama-3.3-70b-versatile/);
    const bad = evaluateQuery(
      "deployment",
      { model: "llama-3-1-70b", compareWith: "nobody/nothing" },
      fixture,
      fixture.meta.asOf,
    );
    expect(bad.status).toBe(400);
    if (bad.status === 400) expect(bad.issues.map((i) => i.param)).toEqual(["compareWith"]);
  });

  it("a price-database id is not a planner model", () => {
    expect(
      evaluateQuery("deployment", { model: "groq/llama-3.3-70b-versatile" }, fixture, fixture.meta.asOf).status,
    ).toBe(404);
  });

  it("the widget's model option blanks MoE fields for dense models", () => {
    const model = pickersFor("deployment", fixture).find((p) => p.param === "model")!;
    expect(model.options.find((o) => o.id === "llama-3-1-70b")!.values).toMatchObject({
      expertsPerToken: "",
      hiddenSize: "",
      attentionHeads: 64,
    });
  });
});

describe("deployment API prices travel with compareWith", () => {
  it("stale prices in the query are replaced when compareWith names other APIs", () => {
    const first = plan({ model: "llama-3-1-70b", gpu: "h100-sxm" });
    const stale = first.inputs.apiPrices as string;
    expect(stale).toMatch(/groq/);
    const next = plan({
      model: "llama-3-1-70b",
      gpu: "h100-sxm",
      compareWith: "aws/meta.llama3-3-70b-instruct-v1:0",
      apiPrices: stale,
    });
    expect(next.outputs.apiCheapest).toMatch(/aws\/meta.llama3-3-70b-instruct-v1:0/);
    expect(next.outputs.limits).not.toMatch(/no prices loaded/);
  });
});
