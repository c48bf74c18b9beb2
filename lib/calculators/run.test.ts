import { describe, expect, it } from "vitest";
import { loadDatasets } from "@/lib/content/datasets";
import { evaluateQuery } from "./run";
import { optionValues, pickersFor } from "./pickers";

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
    expect(optionValues(h100, { weightPrecision: "bf16" })).toEqual({ memoryBandwidthGBs: 3350, denseTflops: 989 });
    expect(optionValues(h100, { weightPrecision: "fp8" })).toEqual({ memoryBandwidthGBs: 3350, denseTflops: 1979 });

    const fp8 = run("decode-throughput", { gpu: "h100-sxm", weightPrecision: "fp8" });
    const bf16 = run("decode-throughput", { gpu: "h100-sxm" });
    if (fp8.status !== 200 || bf16.status !== 200) throw new Error("expected 200");
    expect(fp8.body.inputs.denseTflops).toBe(1979);
    expect(bf16.body.inputs.denseTflops).toBe(989);
    // An explicit value beats the preset.
    const explicit = run("decode-throughput", { gpu: "h100-sxm", weightPrecision: "fp8", denseTflops: "1000" });
    if (explicit.status === 200) expect(explicit.body.inputs.denseTflops).toBe(1000);
  });

  it("name an unknown preset id as the bad parameter", () => {
    const result = run("gpu-memory", { gpu: "no-such-gpu" });
    expect(result.status).toBe(400);
    if (result.status === 400) expect(result.issues).toEqual([{ param: "gpu", message: 'unknown gpu "no-such-gpu"' }]);
  });
});
