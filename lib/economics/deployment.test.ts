import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiCost } from "./api-cost";
import { parseInput } from "./calculator";
import { decodeThroughput } from "./decode-throughput";
import { DAYS_PER_MONTH, deployment, readApiOffers, type ApiOffer, type DeploymentInput } from "./deployment";
import { gpuMemory } from "./gpu-memory";
import { GPU_PRICE_TIERS, PLANNER_PRICE_TIERS } from "./gpu-price-tiers";
import { isValidTensorParallel } from "./kv-cache";
import { selfHostCost } from "./self-host-cost";
import { checkMetadata, issueParams, NUM_RUNS, parsed, run } from "./test-support";

/** Relative closeness for large or small figures. */
const near = (actual: unknown, expected: number, rel = 1e-9) => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.abs(expected) * rel);
};

const offer = (id: string, input: number, output: number, extra: Record<string, number | string> = {}): ApiOffer => ({
  id,
  name: id,
  asOf: "2026-09-23",
  values: {
    inputPricePerM: input,
    outputPricePerM: output,
    cachedInputPricePerM: input,
    cacheWritePricePerM: input,
    ...extra,
  },
});
const offersJson = (...offers: ApiOffer[]) => JSON.stringify(offers);

// Llama 3.1 70B BF16 (the defaults) on 2 × H100 SXM at $2.50, 1,000,000 requests a day of 2,000 in / 500 out.
const twoH100 = { gpusPerReplica: 2, gpuHourlyUsd: 2.5 };

describe("deployment worked examples (Llama 3.1 70B BF16, H100 SXM, 2,000 in + 500 out)", () => {
  it("fit and tensor-parallel size: one GPU cannot hold it; two can, with three requests at once", () => {
    // one request: 141.1e9 + 327,680 × 2,500 = 141.1e9 + 819,200,000 = 141,919,200,000 bytes
    // / (80e9 × 0.9 = 72e9) = 1.97 → 2 GPUs' worth → 2 divides 64 heads and 8 KV heads → minGpusPerReplica 2
    const one = run(deployment, { gpusPerReplica: 1, gpuHourlyUsd: 2.5 });
    expect(one.fits).toBe(false);
    expect(one.minGpusPerReplica).toBe(2);
    expect(one.decodeTokensPerSecondPerReplica).toBeNull();
    expect(one.monthlyCostUsd).toBeNull();
    expect(one.limits).toMatch(/memory: the weights and one request need 2 GPUs, not 1/);
    // two GPUs: budget = 144e9 − 141.1e9 = 2.9e9 → floor(2.9e9 / 327,680) = 8,850 tokens → floor(8,850 / 2,500) = 3
    const two = run(deployment, twoH100);
    expect(two.fits).toBe(true);
    expect(two.weightBytesPerGpu).toBeCloseTo(70.55e9, 0);
    expect(two.maxConcurrentSequences).toBe(3);
    // 3 GPUs is no tensor-parallel size for 64 heads
    const three = run(deployment, { gpusPerReplica: 3, gpuHourlyUsd: 2.5 });
    expect(three.fits).toBe(false);
    expect(three.limits).toMatch(/tensor parallel: 3 GPUs cannot split 64/);
  });

  it("prefill/decode split, TTFT, replicas and cost on 2 GPUs", () => {
    // batch = 3 (memory caps it; the 20 tok/s target allows more). Decode at the average context 2,000 + 500 / 2 = 2,250:
    //   memory = (141.1e9 + 327,680 × 2,250 × 3) / (2 × 3.35e12 × 0.8) = 143,311,840,000 / 5.36e12 = 26.737284 ms
    //   compute = 2 × 70.55e9 × 3 / (2 × 989e12 × 0.4) = 0.535010 ms → step 26.737284 ms
    //   per user = 1,000 / 26.737284 = 37.400957 tok/s; replica = 3 × 37.400957 = 112.202872 tok/s
    // Prefill of the batch's 3 × 2,000 prompts: 2 × 70.55e9 × 6,000 / 791.2e12 = 1.070020 s → 6,000 / 1.070020 = 5,607.3707 tok/s
    // TTFT = 2 × 70.55e9 × 2,000 / 791.2e12 = 356.673407 ms + 26.737284 ms = 383.410691 ms
    // seconds per request = 2,000 / 5,607.3707 + 500 / 112.202872 = 0.356673 + 4.456214 = 4.812887 → 0.207775 requests/s
    // peak = 1,000,000 / 86,400 × 2 = 23.148148 requests/s → ceil(23.148148 / 0.207775) = ceil(111.41) = 112 replicas, 224 GPUs
    // utilization = 11.574074 / (112 × 0.207775) = 0.497364
    // monthly = 112 × 2 × 2.50 × 730 = $408,800; per request = 408,800 / (1,000,000 × 730 / 24) = $0.01344
    // $/M output = 2 × 2.5 × 1e6 / (112.202872 × 3,600 × 0.497364) = $24.887977; $/M input = … / (5,607.3707 × …) = $0.498006
    const out = run(deployment, twoH100);
    expect(out.batchSize).toBe(3);
    near(out.tokensPerSecondPerUser, 37.400957, 1e-7);
    near(out.decodeTokensPerSecondPerReplica, 112.202872, 1e-7);
    near(out.prefillTokensPerSecondPerReplica, 5_607.3707, 1e-7);
    near(out.ttftMs, 383.410691, 1e-7);
    near(out.requestsPerSecondPerReplica, 0.20777548, 1e-7);
    expect(out.replicas).toBe(112);
    expect(out.gpus).toBe(224);
    near(out.utilization, 0.4973635, 1e-6);
    expect(out.monthlyCostUsd).toBe(408_800);
    near(out.costPerRequestUsd, 0.01344, 1e-9);
    near(out.costPerMillionOutputTokensUsd, 24.887977, 1e-7);
    near(out.costPerMillionInputTokensUsd, 0.498006, 1e-5);
    expect(out.limits).toMatch(/memory: batch capped at the 3 requests that fit/);
    expect(out.limits).toMatch(/bandwidth: decode is memory-bound/);
  });

  it("break-even against an API at $10 in / $30 out: 3,428.6 requests a day", () => {
    // API per request = (2,000 × 10 + 500 × 30) / 1e6 = $0.035; per request-per-day a month: 0.035 × 730 / 24 = $1.064583
    // one replica = 2 × 2.50 × 730 = $3,650 a month → break-even = 3,650 / 1.064583 = 3,428.571 requests a day,
    // within one replica's peak-sized capacity 0.207775 × 86,400 / 2 = 8,975.9 → reachable
    const out = run(deployment, { ...twoH100, apiPrices: offersJson(offer("x/dear", 10, 30)) });
    near(out.breakEvenRequestsPerDay, 3_428.571429, 1e-8);
    expect(out.apiCheapest).toMatch(/x\/dear/);
    // the API bill for 1,000,000 requests a day: 0.035 × 1,000,000 × 30.416667 = $1,064,583.33
    near(out.apiCheapestMonthlyCostUsd, 1_064_583.333333, 1e-9);
  });

  it("break-even: never when the API is cheaper per request than a full replica", () => {
    // $0.135 in / $0.40 out: 0.00027 + 0.0002 = $0.00047 a request → 3,650 / (0.00047 × 30.416667) = 255,319 requests a day,
    // far beyond the 8,975.9 one replica carries at peak: never
    const out = run(deployment, {
      ...twoH100,
      apiPrices: offersJson(offer("x/cheap", 0.135, 0.4), offer("x/dear", 10, 30)),
    });
    expect(out.apiCheapest).toMatch(/x\/cheap/);
    expect(out.breakEvenRequestsPerDay).toBeNull();
    expect(out.limits).toMatch(/break-even: never/);
  });

  it("without gpusPerReplica, picks the valid size serving the most requests per GPU", () => {
    const chosen = run(deployment, { gpuHourlyUsd: 2.5 });
    const perGpu = (g: number) => {
      const o = run(deployment, { gpusPerReplica: g, gpuHourlyUsd: 2.5 });
      return o.fits ? o.requestsPerSecondPerReplica / g : -1;
    };
    const best = Math.max(perGpu(2), perGpu(4), perGpu(8));
    expect(perGpu(chosen.gpusPerReplica)).toBe(best);
  });

  it("a latency target holds the batch below what memory allows", () => {
    // On 8 GPUs hundreds of requests fit; asking 60 tok/s per user holds the batch lower.
    const free = run(deployment, { gpusPerReplica: 8, gpuHourlyUsd: 2.5, minTokensPerSecondPerUser: 0 });
    const strict = run(deployment, { gpusPerReplica: 8, gpuHourlyUsd: 2.5, minTokensPerSecondPerUser: 60 });
    expect(strict.batchSize as number).toBeLessThan(free.batchSize as number);
    expect(strict.tokensPerSecondPerUser as number).toBeGreaterThanOrEqual(60);
    expect(strict.limits).toMatch(/latency target: batch held to/);
  });

  it("no price: runs, but gives no cost and says why", () => {
    const out = run(deployment, { gpusPerReplica: 2 });
    expect(out.fits).toBe(true);
    expect(out.monthlyCostUsd).toBeNull();
    expect(out.limits).toMatch(/price: no specialist-cloud price/);
  });

  it("names APIs asked for but not priced, and one whose context window the request exceeds", () => {
    const out = run(deployment, {
      ...twoH100,
      compareWith: "x/a,x/small",
      apiPrices: offersJson(offer("x/small", 0.1, 0.1, { contextWindowTokens: 1_000 })),
    });
    expect(out.apiCheapest).toBeNull();
    expect(out.limits).toMatch(/API: no prices loaded for x\/a/);
    expect(out.limits).toMatch(/API: x\/small: .*context window/);
  });

  it("the planner's tiers are the dataset's plus owned", () => {
    expect([...PLANNER_PRICE_TIERS]).toEqual([...GPU_PRICE_TIERS.map((t) => t.id), "owned"]);
  });
});

describe("deployment validation", () => {
  it("rejects bad apiPrices, compareWith and sizes", () => {
    expect(issueParams(deployment, { apiPrices: "{not json" })).toEqual(["apiPrices"]);
    expect(issueParams(deployment, { apiPrices: '[{"id": 3}]' })).toEqual(["apiPrices"]);
    expect(issueParams(deployment, { compareWith: "a, b" })).toEqual(["compareWith"]);
    expect(issueParams(deployment, { gpusPerReplica: "16" })).toEqual(["gpusPerReplica"]);
    expect(issueParams(deployment, { priceTier: "cheap" })).toEqual(["priceTier"]);
    expect(issueParams(deployment, { activeParamsB: "100" })).toEqual(["activeParamsB"]);
  });
});

// Random plans over a few real shapes (models.json figures) and GPUs (gpus.json figures).
const models = [
  {}, // Llama 3.1 70B (defaults)
  { totalParamsB: 8.03, activeParamsB: 8.03, layers: 32, kvHeads: 8, headDim: 128, attentionHeads: 32 },
  {
    totalParamsB: 46.7,
    activeParamsB: 12.9,
    layers: 32,
    kvHeads: 8,
    headDim: 128,
    attentionHeads: 32,
    expertsPerToken: 2,
    hiddenSize: 4_096,
  },
  {
    totalParamsB: 671,
    activeParamsB: 37,
    attention: "mla",
    layers: 61,
    attentionHeads: 128,
    weightPrecision: "fp8",
    expertsPerToken: 8,
    hiddenSize: 7_168,
  },
];
const gpus = [
  { gpuMemoryGB: 80, memoryBandwidthGBs: 3_350, denseTflops: 989 },
  { gpuMemoryGB: 141, memoryBandwidthGBs: 4_800, denseTflops: 989, interconnectGBs: 450 },
  { gpuMemoryGB: 24, memoryBandwidthGBs: 600, denseTflops: 125 },
];
const plans: fc.Arbitrary<DeploymentInput> = fc
  .record({
    model: fc.constantFrom(...models),
    gpu: fc.constantFrom(...gpus),
    requestsPerDay: fc.integer({ min: 1, max: 100_000_000 }),
    inputTokens: fc.integer({ min: 0, max: 100_000 }),
    outputTokens: fc.integer({ min: 1, max: 20_000 }),
    cachedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    peakToAverage: fc.double({ min: 1, max: 10, noNaN: true }),
    minTokensPerSecondPerUser: fc.integer({ min: 0, max: 200 }),
    gpusPerReplica: fc.option(fc.constantFrom(1, 2, 4, 8), { nil: undefined }),
    gpuHourlyUsd: fc.option(fc.double({ min: 0.1, max: 20, noNaN: true }), { nil: undefined }),
    offers: fc.array(
      fc.tuple(fc.double({ min: 0.01, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true })),
      { maxLength: 3 },
    ),
  })
  .map(({ model, gpu, offers, gpusPerReplica, gpuHourlyUsd, ...workload }) =>
    parsed(deployment, {
      ...model,
      ...gpu,
      ...workload,
      ...(gpusPerReplica !== undefined ? { gpusPerReplica } : {}),
      ...(gpuHourlyUsd !== undefined ? { gpuHourlyUsd } : {}),
      ...(offers.length > 0 ? { apiPrices: offersJson(...offers.map(([a, b], k) => offer(`p/m${k}`, a, b))) } : {}),
    }),
  );

describe("deployment agrees with the calculators it is made of", () => {
  it("its fit is gpu-memory's for the same model, GPUs and one full request", () => {
    fc.assert(
      fc.property(plans, (i) => {
        const out = deployment.compute(i);
        const g = out.gpusPerReplica;
        const memory = gpuMemory.compute({
          paramsB: i.totalParamsB,
          weightPrecision: i.weightPrecision,
          attention: i.attention,
          layers: i.layers,
          kvHeads: i.kvHeads,
          headDim: i.headDim,
          mlaLatentDim: i.mlaLatentDim,
          mlaRopeDim: i.mlaRopeDim,
          kvPrecision: i.kvPrecision,
          attentionHeads: i.attentionHeads,
          contextTokens: Math.max(1, i.inputTokens + i.outputTokens),
          sequences: 1,
          gpuMemoryGB: i.gpuMemoryGB,
          gpuCount: g,
          memoryFraction: i.memoryFraction,
          overheadGB: 0,
        });
        expect(out.fits).toBe(memory.fits && isValidTensorParallel(g, i));
        if (out.fits) expect(out.maxConcurrentSequences).toBe(memory.maxConcurrentSequences);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("its cost is self-host-cost fed its throughputs, GPUs and utilization", () => {
    fc.assert(
      fc.property(plans, (i) => {
        const out = deployment.compute(i);
        if (out.monthlyCostUsd === null) return;
        const cost = selfHostCost.compute({
          gpuHourlyUsd: i.gpuHourlyUsd!,
          gpuCount: out.gpusPerReplica,
          throughputTokensPerSecond: out.decodeTokensPerSecondPerReplica,
          prefillTokensPerSecond: out.prefillTokensPerSecondPerReplica,
          utilization: out.utilization,
          apiPricePerM: undefined,
        });
        expect(out.monthlyCostUsd).toBe(out.replicas * cost.monthlyCostUsd);
        expect(out.costPerMillionOutputTokensUsd).toBe(cost.costPerMillionTokensUsd);
        expect(out.costPerMillionInputTokensUsd).toBe(cost.costPerMillionInputTokensUsd);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("its throughput is decode-throughput's at its batch", () => {
    fc.assert(
      fc.property(plans, (i) => {
        const out = deployment.compute(i);
        if (!out.fits) return;
        const decode = decodeThroughput.compute({
          ...i,
          gpuCount: out.gpusPerReplica,
          batchSize: out.batchSize,
          contextTokens: Math.round(i.inputTokens + i.outputTokens / 2),
          promptTokens: Math.max(1, Math.round(i.inputTokens * (1 - i.cachedShare))),
        });
        expect(out.decodeTokensPerSecondPerReplica).toBe(decode.aggregateTokensPerSecond);
        expect(out.tokensPerSecondPerUser).toBe(decode.tokensPerSecondPerUser);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("its API comparison is the api-cost calculator's bill for the same workload, the cheapest of them", () => {
    fc.assert(
      fc.property(plans, (i) => {
        const out = deployment.compute(i);
        const bills = (i.apiPrices ? readApiOffers(i.apiPrices)! : []).flatMap((o) => {
          const p = parseInput(apiCost, {
            ...o.values,
            inputTokens: i.inputTokens,
            outputTokens: i.outputTokens,
            cachedInputTokens: Math.round(i.inputTokens * i.cachedShare),
            requestsPerDay: i.requestsPerDay,
            daysPerMonth: DAYS_PER_MONTH,
          });
          return p.ok ? [apiCost.compute(p.value).costPerMonthUsd] : [];
        });
        expect(out.apiCheapestMonthlyCostUsd).toBe(bills.length > 0 ? Math.min(...bills) : null);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("more traffic never lowers the monthly cost", () => {
    fc.assert(
      fc.property(plans, fc.integer({ min: 0, max: 100_000_000 }), (i, more) => {
        const base = deployment.compute(i);
        const busier = deployment.compute({ ...i, requestsPerDay: Math.min(1_000_000_000, i.requestsPerDay + more) });
        if (base.monthlyCostUsd !== null)
          expect(busier.monthlyCostUsd as number).toBeGreaterThanOrEqual(base.monthlyCostUsd);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("a configuration that does not fit never reports a throughput or a cost", () => {
    fc.assert(
      fc.property(plans, (i) => {
        const out = deployment.compute(i);
        const figures = [
          out.batchSize,
          out.tokensPerSecondPerUser,
          out.decodeTokensPerSecondPerReplica,
          out.prefillTokensPerSecondPerReplica,
          out.ttftMs,
          out.requestsPerSecondPerReplica,
          out.replicas,
          out.monthlyCostUsd,
          out.costPerRequestUsd,
          out.breakEvenRequestsPerDay,
        ];
        if (!out.fits) expect(figures.every((v) => v === null)).toBe(true);
        else expect(typeof out.decodeTokensPerSecondPerReplica).toBe("number");
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("a break-even, when given, is where one replica's cost meets the cheapest API bill", () => {
    fc.assert(
      fc.property(plans, (i) => {
        const out = deployment.compute(i);
        if (out.breakEvenRequestsPerDay === null) return;
        const perRequest = (out.apiCheapestMonthlyCostUsd as number) / (i.requestsPerDay * DAYS_PER_MONTH);
        const replica = out.gpusPerReplica * i.gpuHourlyUsd! * 730;
        near(out.breakEvenRequestsPerDay * perRequest * DAYS_PER_MONTH, replica, 1e-9);
        expect(out.breakEvenRequestsPerDay).toBeLessThanOrEqual(
          (out.requestsPerSecondPerReplica * 86_400) / i.peakToAverage,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("deployment inputs survive a save", () => {
  it("parsed inputs are plain values that parse again to the same result (scenarios store them)", () => {
    const raw = { gpusPerReplica: 2, gpuHourlyUsd: 2.5, apiPrices: offersJson(offer("x/dear", 10, 30)) };
    const once = parsed(deployment, raw);
    const stored = Object.fromEntries(
      Object.entries(JSON.parse(JSON.stringify(once)) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
    );
    expect(deployment.compute(parsed(deployment, stored))).toEqual(deployment.compute(once));
  });
});

describe("deployment metadata", () => {
  it("documents every input and output", () =>
    checkMetadata(deployment, [
      {},
      { gpusPerReplica: 1 },
      { gpuHourlyUsd: 2, apiPrices: offersJson(offer("x/y", 1, 2)) },
    ]));
});
