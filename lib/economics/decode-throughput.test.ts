import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeThroughput } from "./decode-throughput";
import { checkFiniteOutputs, checkMetadata, issueParams, NUM_RUNS, run, validInputs } from "./test-support";

// Llama 3.1 8B BF16 on one H100 SXM at 100% MBU. The default MFU (0.4) is kept; every case below is memory-bound,
// so MFU only enters through the compute time, which stays far below the memory time.
const roofline = { mbu: 1 };

describe("decode-throughput worked examples (Llama 3.1 8B BF16, H100 SXM, 4,096 context, MBU 1)", () => {
  // weights = 8.03e9 × 2 = 16.06e9 bytes; KV per sequence = 131,072 × 4,096 = 536,870,912 bytes; BW = 3.35e12 B/s
  it("B = 1 → ~200 tok/s", () => {
    // (16.06e9 + 536,870,912) / 3.35e12 = 16,596,870,912 / 3.35e12 = 4.954290 ms → 201.845 tok/s
    const out = run(decodeThroughput, { ...roofline, batchSize: 1 });
    expect(out.stepTimeMs).toBeCloseTo(4.95429, 5);
    expect(out.tokensPerSecondPerUser).toBeCloseTo(201.845, 3);
    expect(out.aggregateTokensPerSecond).toBeCloseTo(201.845, 3);
    expect(out.bound).toBe("memory");
  });
  it("B = 16 → ~2,170 tok/s", () => {
    // 16.06e9 + 16 × 536,870,912 = 24,649,934,592 bytes; / 3.35e12 = 7.358189 ms; 16 / 7.358189 ms = 2,174.448 tok/s
    const out = run(decodeThroughput, { ...roofline, batchSize: 16 });
    expect(out.stepTimeMs).toBeCloseTo(7.358189, 5);
    expect(out.aggregateTokensPerSecond).toBeCloseTo(2_174.448, 2);
    expect(out.tokensPerSecondPerUser).toBeCloseTo(135.903, 3);
  });
  it("B = 64 → ~4,250 tok/s (34 GB of KV vs 16 GB of weights per step)", () => {
    // 16.06e9 + 64 × 536,870,912 = 16.06e9 + 34,359,738,368 = 50,419,738,368; / 3.35e12 = 15.050668 ms → 4,252.303 tok/s
    const out = run(decodeThroughput, { ...roofline, batchSize: 64 });
    expect(out.stepTimeMs).toBeCloseTo(15.050668, 5);
    expect(out.aggregateTokensPerSecond).toBeCloseTo(4_252.303, 2);
    // compute: 2 × 8.03e9 × 64 / (989e12 × 0.4) = 1.02784e12 / 3.956e14 = 2.598 ms < 15.05 ms
    expect(out.computeTimeMs).toBeCloseTo(2.59818, 5);
    expect(out.bound).toBe("memory");
  });
  it("B = 104 (what fits in 80 GB at 0.9) → ~4,850 tok/s", () => {
    // 16.06e9 + 104 × 536,870,912 = 71,894,574,848; / 3.35e12 = 21.461067 ms → 104 / 0.021461067 = 4,845.985 tok/s
    expect(run(decodeThroughput, { ...roofline, batchSize: 104 }).aggregateTokensPerSecond).toBeCloseTo(4_845.985, 2);
  });
  it("defaults (MBU 0.8, MFU 0.4, batch 16, 3,584-token prompt, 512 output tokens)", () => {
    // step = 24,649,934,592 / (3.35e12 × 0.8) = 9.197737 ms → 16 / 9.197737 ms = 1,739.558 tok/s
    // prefill = max(2 × 8.03e9 × 3,584 / (989e12 × 0.4), 16.06e9 / 3.35e12) = max(145.498 ms, 4.794 ms) = 145.498 ms
    // end to end = 0.145498 + 0.009197737 × 512 = 4.854739 s
    const out = run(decodeThroughput);
    expect(out.stepTimeMs).toBeCloseTo(9.197737, 5);
    expect(out.aggregateTokensPerSecond).toBeCloseTo(1_739.558, 2);
    expect(out.prefillMs).toBeCloseTo(145.498079, 5);
    expect(out.endToEndSeconds).toBeCloseTo(4.854739, 5);
    expect(out.ridgePointFlopsPerByte).toBeCloseTo(295.2239, 4);
  });
});

describe("decode-throughput other worked examples", () => {
  it("7B FP16 on a 600 GB/s A10 at batch 1 ≈ 23 ms/token (Baseten)", () => {
    // 7e9 × 2 = 14e9 bytes / 600e9 B/s = 23.333 ms (no context, MBU 1); ridge = 125e12 / 600e9 = 208.33
    const out = run(decodeThroughput, {
      activeParamsB: 7,
      totalParamsB: 7,
      weightPrecision: "fp16",
      memoryBandwidthGBs: 600,
      denseTflops: 125,
      batchSize: 1,
      contextTokens: 0,
      mbu: 1,
    });
    expect(out.stepTimeMs).toBeCloseTo(23.333333, 5);
    expect(out.ridgePointFlopsPerByte).toBeCloseTo(208.3333, 4);
  });
  it("ridge points: H200 989 / 4.8 ≈ 206, MI300X 1,307 / 5.3 ≈ 247", () => {
    expect(run(decodeThroughput, { memoryBandwidthGBs: 4_800 }).ridgePointFlopsPerByte).toBeCloseTo(206.0417, 4);
    expect(run(decodeThroughput, { memoryBandwidthGBs: 5_300, denseTflops: 1_307 }).ridgePointFlopsPerByte).toBeCloseTo(
      246.6038,
      4,
    );
  });
  it("without context, BF16 decode turns compute-bound above B ≈ F / BW ≈ 295 (MBU = MFU = 1)", () => {
    // memory: 16.06e9 / 3.35e12 = 4.794030 ms; compute at B: 2 × 8.03e9 × B / 989e12
    // B = 295: 4.790394 ms (memory-bound); B = 296: 4.806633 ms (compute-bound)
    const base = { contextTokens: 0, mbu: 1, mfu: 1 };
    const at295 = run(decodeThroughput, { ...base, batchSize: 295 });
    const at296 = run(decodeThroughput, { ...base, batchSize: 296 });
    expect(at295.bound).toBe("memory");
    expect(at295.stepTimeMs).toBeCloseTo(4.79403, 5);
    expect(at296.bound).toBe("compute");
    expect(at296.stepTimeMs).toBeCloseTo(4.806633, 5);
  });
  it("prefill of a 512-token prompt, 7B FP16 on an A100-40GB at MFU 1", () => {
    // max(2 × 7e9 × 512 / 312e12, 14e9 / 1.555e12) = max(22.974 ms, 9.003 ms) = 22.974 ms (Databricks measured 46 ms TTFT)
    const out = run(decodeThroughput, {
      activeParamsB: 7,
      totalParamsB: 7,
      weightPrecision: "fp16",
      memoryBandwidthGBs: 1_555,
      denseTflops: 312,
      mfu: 1,
      promptTokens: 512,
    });
    expect(out.prefillMs).toBeCloseTo(22.974359, 5);
  });
  it("MoE: DeepSeek-V3 FP8 reads only the active weights at batch 1 and most of them at batch 128", () => {
    // B = 1: 671e9 × (1 − (1 − 37/671)) = 37e9 bytes; 8 × H200: 37e9 / (8 × 4.8e12) = 0.963542 ms (no context, MBU 1)
    // B = 128: 1 − 37/671 = 634/671 = 0.944858; ln = −0.0567202 × 128 = −7.260183; e^ = 0.000703;
    // share = 0.999297; bytes = 671e9 × 0.999297 = 670.528e9; / (8 × 4.8e12) = 17.4617 ms
    const v3 = {
      activeParamsB: 37,
      totalParamsB: 671,
      weightPrecision: "fp8",
      memoryBandwidthGBs: 4_800,
      gpuMemoryGB: 141,
      gpuCount: 8,
      contextTokens: 0,
      mbu: 1,
      mfu: 1,
    };
    expect(run(decodeThroughput, { ...v3, batchSize: 1 }).memoryTimeMs).toBeCloseTo(0.963542, 6);
    expect(run(decodeThroughput, { ...v3, batchSize: 128 }).memoryTimeMs).toBeCloseTo(17.4617, 4);
  });
});

describe("decode-throughput refuses what does not fit (the issue's cases)", () => {
  const llama70b = {
    activeParamsB: 70.55,
    totalParamsB: 70.55,
    layers: 80,
    kvHeads: 8,
    headDim: 128,
    attentionHeads: 64,
  };
  it("Llama 3.1 70B BF16 on one H100 at batch 64 × 4,096: no speed, 4 GPUs would fit", () => {
    // weights 141.1e9 alone exceed 80e9 × 0.9 = 72e9; KV = 327,680 × 4,096 × 64 = 85,899,345,920
    // total = 226,999,345,920 / 72e9 = 3.15 → 4 GPUs' worth; 4 divides 64 heads and 8 KV heads → 4
    const out = run(decodeThroughput, { ...llama70b, batchSize: 64 });
    expect(out.fits).toBe(false);
    expect(out.minGpusToFit).toBe(4);
    expect(out.aggregateTokensPerSecond).toBeNull();
    expect(out.tokensPerSecondPerUser).toBeNull();
    expect(out.bound).toBe("does not fit");
  });
  it("the same on 2 GPUs at batch 32 × 4,096: 184 GB against 144 GB usable", () => {
    // KV = 327,680 × 4,096 × 32 = 42,949,672,960; total = 184,049,672,960 > 2 × 72e9 = 144e9
    // 184.05 / 72 = 2.56 → 3 GPUs' worth → tensor-parallel size 4
    const out = run(decodeThroughput, { ...llama70b, gpuCount: 2, batchSize: 32 });
    expect(out.fits).toBe(false);
    expect(out.minGpusToFit).toBe(4);
    expect(out.aggregateTokensPerSecond).toBeNull();
    // at batch 8 it fits: 141.1e9 + 8 × 1,342,177,280 = 151.84e9 > 144e9, no; batch 2: 143.78e9 ≤ 144e9, yes
    expect(run(decodeThroughput, { ...llama70b, gpuCount: 2, batchSize: 2 }).fits).toBe(true);
    expect(run(decodeThroughput, { ...llama70b, gpuCount: 2, batchSize: 3 }).fits).toBe(false);
  });
  it("DeepSeek-V3 in BF16 on 8 × H200 does not fit (1,342 GB against 1,015.2 GB), and no single node holds it", () => {
    const out = run(decodeThroughput, {
      activeParamsB: 37,
      totalParamsB: 671,
      attention: "mla",
      layers: 61,
      attentionHeads: 128,
      memoryBandwidthGBs: 4_800,
      gpuMemoryGB: 141,
      gpuCount: 8,
      batchSize: 1,
    });
    expect(out.fits).toBe(false);
    expect(out.minGpusToFit).toBeNull();
    expect(out.tokensPerSecondPerUser).toBeNull();
  });
});

describe("decode-throughput expert-parallel communication", () => {
  const v3 = {
    activeParamsB: 37,
    totalParamsB: 671,
    weightPrecision: "fp8",
    attention: "mla",
    layers: 61,
    attentionHeads: 128,
    memoryBandwidthGBs: 4_800,
    denseTflops: 1_979,
    gpuMemoryGB: 141,
    gpuCount: 8,
    contextTokens: 0,
    expertsPerToken: 8,
    hiddenSize: 7_168,
  };
  it("DeepSeek-V3 FP8 on 8 GPUs, 32 tokens per GPU over 50 GB/s", () => {
    // per layer: 32 tokens × 8 experts × 7/8 remote × 7,168 × (1 + 2) bytes = 4,816,896 bytes
    // × 61 layers = 293,830,656 bytes; / 50e9 B/s = 5.876613 ms
    const out = run(decodeThroughput, { ...v3, batchSize: 256 });
    expect(out.communicationTimeMs).toBeCloseTo(5.876613, 5);
    expect(out.stepTimeMs).toBeCloseTo(Math.max(out.memoryTimeMs!, out.computeTimeMs!) + 5.876613, 5);
    // over NVLink at 450 GB/s the same traffic takes 293,830,656 / 450e9 = 0.652957 ms
    expect(run(decodeThroughput, { ...v3, batchSize: 256, interconnectGBs: 450 }).communicationTimeMs).toBeCloseTo(
      0.652957,
      5,
    );
  });
  it("is not modelled on one GPU (zero) or without hiddenSize (empty)", () => {
    expect(run(decodeThroughput, { ...v3, gpuCount: 1, gpuMemoryGB: 1_000, batchSize: 8 }).communicationTimeMs).toBe(0);
    expect(run(decodeThroughput, { ...v3, hiddenSize: undefined, batchSize: 8 }).communicationTimeMs).toBeNull();
  });
});

describe("decode-throughput validation", () => {
  it("rejects an unknown parameter", () => {
    expect(issueParams(decodeThroughput, { gpu: "H100" })).toEqual(["gpu"]);
  });
  it("rejects a non-number and an unknown enum value", () => {
    expect(issueParams(decodeThroughput, { denseTflops: "a lot" })).toEqual(["denseTflops"]);
    expect(issueParams(decodeThroughput, { attention: "mha" })).toEqual(["attention"]);
  });
  it("rejects out-of-range values", () => {
    expect(issueParams(decodeThroughput, { mbu: "0" })).toEqual(["mbu"]);
    expect(issueParams(decodeThroughput, { mfu: "1.1" })).toEqual(["mfu"]);
    expect(issueParams(decodeThroughput, { batchSize: "0" })).toEqual(["batchSize"]);
    expect(issueParams(decodeThroughput, { outputTokens: "0" })).toEqual(["outputTokens"]);
  });
  it("rejects active parameters above total parameters", () => {
    expect(issueParams(decodeThroughput, { activeParamsB: "70" })).toEqual(["activeParamsB"]);
  });
});

describe("decode-throughput properties", () => {
  it("every numeric output is finite", () => checkFiniteOutputs(decodeThroughput));
  it("step time never falls when contextTokens rises (while the batch fits)", () => {
    fc.assert(
      fc.property(validInputs(decodeThroughput), fc.integer({ min: 0, max: 10_000_000 }), (input, delta) => {
        const longer = decodeThroughput.compute({
          ...input,
          contextTokens: Math.min(10_000_000, input.contextTokens + delta),
        });
        const shorter = decodeThroughput.compute(input);
        if (longer.stepTimeMs !== null && shorter.stepTimeMs !== null)
          expect(longer.stepTimeMs).toBeGreaterThanOrEqual(shorter.stepTimeMs);
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it("step time is the larger of memory and compute time plus communication; bound names the largest", () => {
    fc.assert(
      fc.property(validInputs(decodeThroughput), (input) => {
        const out = decodeThroughput.compute(input);
        if (!out.fits) return;
        const work = Math.max(out.memoryTimeMs!, out.computeTimeMs!);
        const expected = work + (out.communicationTimeMs ?? 0);
        expect(Math.abs(out.stepTimeMs! - expected)).toBeLessThanOrEqual(expected * 1e-12);
        const comm = out.communicationTimeMs ?? 0;
        expect(out.bound).toBe(
          comm > work ? "interconnect" : out.computeTimeMs! > out.memoryTimeMs! ? "compute" : "memory",
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it("a batch that does not fit never reports a speed, and fits agrees with gpu-memory", () => {
    fc.assert(
      fc.property(validInputs(decodeThroughput), (input) => {
        const out = decodeThroughput.compute(input);
        const speeds = [
          out.stepTimeMs,
          out.tokensPerSecondPerUser,
          out.aggregateTokensPerSecond,
          out.prefillMs,
          out.endToEndSeconds,
        ];
        if (!out.fits) expect(speeds.every((v) => v === null)).toBe(true);
        else expect(speeds.every((v) => typeof v === "number")).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("decode-throughput metadata", () => {
  it("documents every input and output", () => checkMetadata(decodeThroughput));
});
