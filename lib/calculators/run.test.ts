import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/calculators/[id]/route";
import { loadDatasets } from "@/lib/content/datasets";
import { NOT_PLAIN_DECIMALS } from "@/lib/economics/test-support";
import { queryValues } from "@/lib/search-params";
import { optionValues, pickersFor } from "./pickers";
import { evaluateQuery } from "./run";

const data = loadDatasets();
const run = (id: string, raw: Record<string, string>) => evaluateQuery(id, raw, data, data.meta.asOf);

describe("dataset presets", () => {
  it("fill what the query leaves out, and the query wins over them", () => {
    const result = run("blended-price", { model: "gpt-4o", outputPricePerM: "12" });
    expect(result.status).toBe(200);
    // (3 × 2.50 + 12) / 4 = 4.875
    if (result.status === 200) expect(result.body.outputs.blendedPricePerMUsd).toBeCloseTo(4.875, 10);
  });

  it("choose a GPU's FP8 peak for 8-bit weights, the same way in the widget and in the API", () => {
    const picker = pickersFor("decode-throughput", data).find((p) => p.param === "gpu")!;
    const h100 = picker.options.find((o) => o.id === "h100-sxm")!;
    expect(optionValues(h100, { weightPrecision: "bf16" })).toMatchObject({
      memoryBandwidthGBs: 3350,
      denseTflops: 989,
      gpuMemoryGB: 80,
    });
    expect(optionValues(h100, { weightPrecision: "fp8" })).toMatchObject({
      memoryBandwidthGBs: 3350,
      denseTflops: 1979,
      gpuMemoryGB: 80,
    });

    const fp8 = run("decode-throughput", { gpu: "h100-sxm", weightPrecision: "fp8" });
    const bf16 = run("decode-throughput", { gpu: "h100-sxm" });
    if (fp8.status !== 200 || bf16.status !== 200) throw new Error("expected 200");
    expect(fp8.body.inputs.denseTflops).toBe(1979);
    expect(bf16.body.inputs.denseTflops).toBe(989);
    // An explicit value beats the preset.
    const explicit = run("decode-throughput", { gpu: "h100-sxm", weightPrecision: "fp8", denseTflops: "1000" });
    if (explicit.status !== 200) throw new Error(`expected 200, got ${explicit.status}`);
    expect(explicit.body.inputs.denseTflops).toBe(1000);
  });

  it("name an unknown preset id as the bad parameter", () => {
    const result = run("gpu-memory", { gpu: "no-such-gpu" });
    expect(result.status).toBe(400);
    if (result.status === 400) expect(result.issues).toEqual([{ param: "gpu", message: 'unknown gpu "no-such-gpu"' }]);
  });
});

describe("query parameters", () => {
  const params = (query: string) => queryValues(new URLSearchParams(query));
  const badParams = (id: string, query: string) => {
    const result = run(id, params(query));
    if (result.status !== 400) throw new Error(`expected 400 for ${query}, got ${result.status}`);
    return result.issues.map((i) => i.param);
  };

  it("refuse __proto__ and constructor as unknown parameters, like any other name", () => {
    expect(badParams("margin", "__proto__=1")).toEqual(["__proto__"]);
    expect(badParams("margin", "constructor=1")).toEqual(["constructor"]);
    expect(badParams("margin", "pricePerM=2&__proto__=1&toString=x")).toEqual(["__proto__", "toString"]);
    expect(params("constructor=1&a=1&a=2")).toEqual({ constructor: "1", a: "2" });
  });

  it("accept plain decimals with exponents, and refuse the other spellings Number() reads", () => {
    // An empty value is a field left blank (the default), not a spelling to refuse.
    for (const value of NOT_PLAIN_DECIMALS.filter((v) => v !== "")) {
      expect(badParams("api-cost", `inputTokens=${encodeURIComponent(value)}`), value).toEqual(["inputTokens"]);
    }
    for (const [value, parsed] of [
      ["16", 16],
      ["1.5e3", 1500],
      ["2E+2", 200],
      [".5", 0.5],
      ["0.25", 0.25],
    ] as const) {
      const result = run("margin", { costPerM: value });
      if (result.status !== 200) throw new Error(`expected 200 for ${value}, got ${result.status}`);
      expect(result.body.inputs.costPerM, value).toBe(parsed);
    }
  });

  it("the API answers 400 naming __proto__, not a result that ignored it", async () => {
    const response = await GET(new Request("http://localhost/api/v1/calculators/margin?__proto__=1"), {
      params: Promise.resolve({ id: "margin" }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.issues).toEqual([{ param: "__proto__", message: "unknown parameter" }]);
  });

  it("the API takes the last of a repeated parameter, as the pages do", async () => {
    // Last pricePerM is 4: (4 − 3) ÷ 4 = 25 %. The first (1) would give (1 − 3) ÷ 1 = −200 %.
    const url = "http://localhost/api/v1/calculators/margin?pricePerM=1&costPerM=3&pricePerM=4";
    const response = await GET(new Request(url), { params: Promise.resolve({ id: "margin" }) });
    expect(response.status).toBe(200);
    expect((await response.json()).outputs.grossMarginPct).toBeCloseTo(25, 10);
  });
});
