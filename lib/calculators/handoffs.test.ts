// "Use this in…": each hand-off's query for a known result, worked by hand, and the target taking it (200).
import { describe, expect, it } from "vitest";
import { loadDatasets } from "@/lib/content/datasets";
import { getCalculator } from "@/lib/economics";
import { fieldSpecs } from "./fields";
import { handoffLinks, handoffQuery, handoffs, type HandoffSource } from "./handoffs";
import { evaluateQuery } from "./run";
import { handoffTargets } from "./server";

const data = loadDatasets();
const run = (id: string, raw: Record<string, string>) => {
  const r = evaluateQuery(id, raw, data, data.meta.asOf);
  if (r.status !== 200) throw new Error(`${id}: expected 200, got ${JSON.stringify(r)}`);
  return r.body;
};
const chosenOf = (body: { inputs: Record<string, unknown> }) =>
  Object.fromEntries(
    ["model", "gpu"].flatMap((k) => (typeof body.inputs[k] === "string" ? [[k, body.inputs[k]]] : [])),
  );
const sourceOf = (body: ReturnType<typeof run>): HandoffSource => ({
  inputs: body.inputs,
  outputs: body.outputs,
  chosen: chosenOf(body),
});
/** The link from `from` to `to` for a result, as the widget and the server render it. */
const linkFor = (from: string, to: string, body: ReturnType<typeof run>) => {
  const link = handoffLinks(from, sourceOf(body), handoffTargets(from, data)).find((l) => l.to === to);
  if (!link) throw new Error(`no hand-off ${from} → ${to}`);
  return link;
};
const queryOf = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

describe("hand-offs", () => {
  it("map only to inputs their target has, and name targets that exist", () => {
    for (const h of handoffs) {
      const target = getCalculator(h.to);
      expect(target, h.to).toBeDefined();
      const names = fieldSpecs(target!).map((f) => f.name);
      // A result with every number present: the deployment default plan, decode-throughput's, gpu-memory's, api-cost's.
      const body = run(
        h.from,
        h.from === "api-cost"
          ? { model: "groq/llama-3.3-70b-versatile" }
          : { gpu: "h100-sxm", ...(h.from === "deployment" ? { model: "llama-3-1-70b" } : {}) },
      );
      const mapped = h.map(sourceOf(body));
      expect("values" in mapped, `${h.from} → ${h.to}: ${JSON.stringify(mapped)}`).toBe(true);
      if ("values" in mapped)
        for (const k of Object.keys(mapped.values)) expect(names, `${h.from} → ${h.to}: ${k}`).toContain(k);
    }
  });

  it("deployment → self-host-cost: a known result's query, by hand", () => {
    const h = handoffs.find((x) => x.from === "deployment" && x.to === "self-host-cost")!;
    const source: HandoffSource = {
      inputs: { gpuHourlyUsd: 3.99, priceTier: "specialist-cloud" },
      outputs: {
        fits: true,
        gpusPerReplica: 2,
        decodeTokensPerSecondPerReplica: 1234.56789,
        prefillTokensPerSecondPerReplica: 45678.91234,
        utilization: 0.41666666,
      },
      chosen: { model: "llama-3-1-70b", gpu: "h100-sxm" },
    };
    const q = handoffQuery(h, source, { gpu: ["h100-sxm:specialist-cloud"] });
    // Six significant digits: 1234.56789 → 1234.57, 45678.91234 → 45678.9, 0.41666666 → 0.416667.
    expect("query" in q && q.query.toString()).toBe(
      "gpu=h100-sxm%3Aspecialist-cloud&gpuHourlyUsd=3.99&gpuCount=2&throughputTokensPerSecond=1234.57&prefillTokensPerSecond=45678.9&utilization=0.416667",
    );
    // A choice the target does not list is dropped, not sent to fail there.
    const unlisted = handoffQuery(h, source, { gpu: [] });
    expect("query" in unlisted && unlisted.query.has("gpu")).toBe(false);
    // A plan that does not fit, or has no price, is not handed on.
    expect(handoffQuery(h, { ...source, outputs: { ...source.outputs, fits: false } }, {})).toEqual({
      reason: "the model does not fit these GPUs",
    });
    expect(handoffQuery(h, { ...source, inputs: { priceTier: "owned" } }, {})).toEqual({
      reason: "no GPU price for this tier",
    });
  });

  it("deployment → self-host-cost: Llama 3.1 70B on 2 H100s; the target answers 200 and prices one replica the same", () => {
    const plan = run("deployment", {
      model: "llama-3-1-70b",
      gpu: "h100-sxm",
      gpusPerReplica: "2",
      priceTier: "specialist-cloud",
    });
    expect(plan.outputs.fits).toBe(true);
    const link = linkFor("deployment", "self-host-cost", plan);
    expect("href" in link).toBe(true);
    if (!("href" in link)) return;
    const q = queryOf(link.href);
    expect(q).toMatchObject({ gpu: "h100-sxm:specialist-cloud", gpuHourlyUsd: "3.99", gpuCount: "2" });
    const cost = run("self-host-cost", q);
    // One replica: 2 GPUs × $3.99 × 730 h = $5,825.40 a month; the planner's fleet is that times its replicas.
    expect(cost.outputs.monthlyCostUsd).toBeCloseTo(5_825.4, 6);
    expect(plan.outputs.monthlyCostUsd as number).toBeCloseTo((plan.outputs.replicas as number) * 5_825.4, 6);
    // The same throughputs and utilization (to six digits) give the same $/M output and input.
    expect(cost.outputs.costPerMillionTokensUsd as number).toBeCloseTo(
      plan.outputs.costPerMillionOutputTokensUsd as number,
      3,
    );
    expect(cost.outputs.costPerMillionInputTokensUsd as number).toBeCloseTo(
      plan.outputs.costPerMillionInputTokensUsd as number,
      3,
    );
  });

  it("deployment that does not fit (70B BF16 on 1 H100) offers no link and says why", () => {
    const plan = run("deployment", { model: "llama-3-1-70b", gpu: "h100-sxm", gpusPerReplica: "1" });
    expect(plan.outputs.fits).toBe(false);
    expect(linkFor("deployment", "self-host-cost", plan)).toMatchObject({
      reason: "the model does not fit these GPUs",
    });
  });

  it("decode-throughput → self-host-cost: GPU count and tokens/s; the GPU is priced at the specialist-cloud tier", () => {
    const decode = run("decode-throughput", { gpu: "h100-sxm", gpuCount: "2", batchSize: "8" });
    const link = linkFor("decode-throughput", "self-host-cost", decode);
    if (!("href" in link)) throw new Error(JSON.stringify(link));
    const q = queryOf(link.href);
    expect(q.gpu).toBe("h100-sxm:specialist-cloud");
    expect(Number(q.throughputTokensPerSecond)).toBeCloseTo(decode.outputs.aggregateTokensPerSecond as number, 1);
    const cost = run("self-host-cost", q);
    // 2 GPUs × $3.99 (the H100's specialist-cloud price) × 730 h = $5,825.40.
    expect(cost.outputs.monthlyCostUsd).toBeCloseTo(5_825.4, 6);
  });

  it("gpu-memory → decode-throughput: the smallest valid tensor-parallel size, by hand", () => {
    // Llama 3.1 70B BF16: 70.55e9 × 2 = 141.1 GB of weights; KV 2 × 80 × 8 × 128 × 2 = 327,680 bytes per token,
    // × 8,192 × 8 sequences = 21.47 GB; 162.57 GB ÷ (80 × 0.9 = 72 GB) = 2.26 → 3 GPUs' worth → 4 (3 does not divide 64 heads).
    const memory = run("gpu-memory", { gpu: "h100-sxm" });
    expect(memory.outputs.gpusNeeded).toBe(4);
    const link = linkFor("gpu-memory", "decode-throughput", memory);
    if (!("href" in link)) throw new Error(JSON.stringify(link));
    const q = queryOf(link.href);
    expect(q).toMatchObject({
      gpu: "h100-sxm",
      gpuCount: "4",
      batchSize: "8",
      contextTokens: "8192",
      totalParamsB: "70.55",
      kvHeads: "8",
    });
    const decode = run("decode-throughput", q);
    expect(decode.outputs.fits).toBe(true);
    // The H100's bandwidth came from the GPU choice.
    expect(decode.inputs.memoryBandwidthGBs).toBe(3_350);
  });

  it("api-cost → deployment and self-host-cost: the workload and this API as the comparison", () => {
    // 1M requests a day of 2,000 input (500 cached) and 500 output tokens.
    const api = run("api-cost", {
      model: "groq/llama-3.3-70b-versatile",
      requestsPerDay: "1000000",
      inputTokens: "2000",
      outputTokens: "500",
      cachedInputTokens: "500",
    });
    const toPlan = linkFor("api-cost", "deployment", api);
    if (!("href" in toPlan)) throw new Error(JSON.stringify(toPlan));
    const q = queryOf(toPlan.href);
    // 500 ÷ 2,000 = 0.25 of the input from the cache.
    expect(q).toEqual({
      requestsPerDay: "1000000",
      inputTokens: "2000",
      outputTokens: "500",
      cachedShare: "0.25",
      compareWith: "groq/llama-3.3-70b-versatile",
    });
    const plan = run("deployment", q);
    expect(plan.outputs.apiCheapest).toContain("groq/llama-3.3-70b-versatile");
    // The planner's API bill is api-cost's per-request cost over its 730-hour month (730 ÷ 24 days).
    expect(plan.outputs.apiCheapestMonthlyCostUsd as number).toBeCloseTo(
      (api.outputs.costPerRequestUsd as number) * 1_000_000 * (730 / 24),
      4,
    );

    const toCost = linkFor("api-cost", "self-host-cost", api);
    if (!("href" in toCost)) throw new Error(JSON.stringify(toCost));
    expect(Number(queryOf(toCost.href).apiPricePerM)).toBeCloseTo(api.outputs.effectivePricePerMUsd as number, 4);
    expect(run("self-host-cost", queryOf(toCost.href)).outputs.breakEven).not.toBeNull();
  });
});
