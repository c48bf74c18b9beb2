import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gpuMemory } from "./gpu-memory";
import { kvBytesPerToken } from "./kv-cache";
import { BYTES_PER_PARAM } from "./precision";
import { checkFiniteOutputs, checkMetadata, issueParams, NUM_RUNS, run, validInputs } from "./test-support";

const llama31_8b = { paramsB: 8.03, layers: 32, kvHeads: 8, headDim: 128 };
const h200 = { gpuMemoryGB: 141 };

describe("KV bytes per token (domain model §4.2 / §7.3)", () => {
  const gqa = { attention: "gqa", mlaLatentDim: 512, mlaRopeDim: 64, kvPrecision: "bf16" } as const;
  it("Llama 3.1 8B: 2 × 32 × 8 × 128 × 2 = 131,072", () => {
    expect(kvBytesPerToken({ ...gqa, layers: 32, kvHeads: 8, headDim: 128 })).toBe(131_072);
  });
  it("Llama 3.1 70B: 2 × 80 × 8 × 128 × 2 = 327,680; FP8 KV halves it to 163,840", () => {
    expect(kvBytesPerToken({ ...gqa, layers: 80, kvHeads: 8, headDim: 128 })).toBe(327_680);
    expect(kvBytesPerToken({ ...gqa, layers: 80, kvHeads: 8, headDim: 128, kvPrecision: "fp8" })).toBe(163_840);
  });
  it("Llama 3.1 405B: 2 × 126 × 8 × 128 × 2 = 516,096", () => {
    expect(kvBytesPerToken({ ...gqa, layers: 126, kvHeads: 8, headDim: 128 })).toBe(516_096);
  });
  it("GPT-3 175B (MHA): 2 × 96 × 96 × 128 × 2 = 4,718,592; Falcon-7B (MQA): 2 × 32 × 1 × 64 × 2 = 8,192", () => {
    expect(kvBytesPerToken({ ...gqa, layers: 96, kvHeads: 96, headDim: 128 })).toBe(4_718_592);
    expect(kvBytesPerToken({ ...gqa, layers: 32, kvHeads: 1, headDim: 64 })).toBe(8_192);
  });
  it("DeepSeek-V3 (MLA): 61 × (512 + 64) × 2 = 70,272; DeepSeek-V2: 60 × 576 × 2 = 69,120", () => {
    expect(kvBytesPerToken({ ...gqa, attention: "mla", layers: 61, kvHeads: 128, headDim: 128 })).toBe(70_272);
    expect(kvBytesPerToken({ ...gqa, attention: "mla", layers: 60, kvHeads: 1, headDim: 1 })).toBe(69_120);
  });
  it("the precision table", () => {
    expect(BYTES_PER_PARAM).toEqual({ fp32: 4, fp16: 2, bf16: 2, fp8: 1, int8: 1, int4: 0.5, fp4: 0.5 });
  });
});

describe("gpu-memory worked examples", () => {
  it("defaults: Llama 3.1 70B BF16, 8 × 8,192 tokens on 2 × 80 GB does not fit", () => {
    // weights = 70.55e9 × 2 = 141.1e9; KV = 327,680 × 8,192 × 8 = 21,474,836,480
    // total = 162,574,836,480; usable per GPU = 80e9 × 0.9 = 72e9; 162.57 / 72 = 2.26 → 3 GPUs' worth,
    // but 3 does not divide 64 heads: the smallest tensor-parallel size is 4.
    // usable = 2 × 72e9 = 144e9; free = 144e9 − 162,574,836,480 = −18,574,836,480 (does not fit)
    // budget = 2 × 72e9 − 141.1e9 = 2.9e9 → floor(2.9e9 / 327,680) = floor(8,850.1) = 8,850 tokens → 1 sequence
    const out = run(gpuMemory);
    expect(out.weightBytes).toBeCloseTo(141.1e9, 0);
    expect(out.kvBytesPerToken).toBe(327_680);
    expect(out.kvCacheBytes).toBe(21_474_836_480);
    expect(out.totalBytes).toBeCloseTo(162_574_836_480, 0);
    expect(out.memoryGpus).toBe(3);
    expect(out.gpusNeeded).toBe(4);
    expect(out.fits).toBe(false);
    expect(out.usableBytes).toBe(144e9);
    expect(out.freeBytes).toBeCloseTo(-18_574_836_480, 0);
    expect(out.maxTokensInFlight).toBe(8_850);
    expect(out.maxConcurrentSequences).toBe(1);
  });

  it("Llama 3.1 70B BF16 on 2 × H200 (141 GB, 0.9): ~344k tokens, 41 full 8,192-token sequences", () => {
    // budget = 2 × 141e9 × 0.9 − 141.1e9 = 253.8e9 − 141.1e9 = 112.7e9 (~113 GB)
    // 112.7e9 / 327,680 = 343,933.1 → 343,933 tokens; / 8,192 = 41.98 → 41 (the domain model rounds to ~42)
    // needed for 8 sequences: 162.57e9 / 126.9e9 = 1.28 → 2 GPUs
    const out = run(gpuMemory, h200);
    expect(out.maxTokensInFlight).toBe(343_933);
    expect(out.maxConcurrentSequences).toBe(41);
    expect(out.gpusNeeded).toBe(2);
  });

  it("Llama-2-7B FP16 on a 24 GB A10 (Baseten): ~10 GB free → ~19k tokens → 4 sequences of 4,096", () => {
    // weights = 7e9 × 2 = 14e9; budget = 24e9 × 1.0 − 14e9 = 10e9
    // KV/token = 2 × 32 × 32 × 128 × 2 = 524,288; 10e9 / 524,288 = 19,073.5 → 19,073; / 4,096 = 4.66 → 4
    const out = run(gpuMemory, {
      paramsB: 7,
      weightPrecision: "fp16",
      layers: 32,
      kvHeads: 32,
      headDim: 128,
      kvPrecision: "fp16",
      contextTokens: 4_096,
      sequences: 1,
      gpuMemoryGB: 24,
      gpuCount: 1,
      memoryFraction: 1,
    });
    expect(out.kvBytesPerToken).toBe(524_288);
    expect(out.maxTokensInFlight).toBe(19_073);
    expect(out.maxConcurrentSequences).toBe(4);
  });

  it("Llama 3.1 70B FP8 on one 80 GB H100: ~1.5 GB free, fits but no full 8k sequence", () => {
    // budget = 72e9 − 70.55e9 = 1.45e9; / 327,680 = 4,425.05 → 4,425 tokens → 0 sequences of 8,192
    const out = run(gpuMemory, { weightPrecision: "fp8", gpuCount: 1, sequences: 1 });
    expect(out.weightBytes).toBeCloseTo(70.55e9, 0);
    expect(out.maxTokensInFlight).toBe(4_425);
    expect(out.maxConcurrentSequences).toBe(0);
  });

  it("Llama 3.1 8B BF16 on one 80 GB H100 at 0.9: ~104 sequences of 4,096", () => {
    // budget = 72e9 − 8.03e9 × 2 = 72e9 − 16.06e9 = 55.94e9; / 131,072 = 426,788.3 → 426,788; / 4,096 = 104.2 → 104
    const out = run(gpuMemory, { ...llama31_8b, gpuCount: 1, contextTokens: 4_096 });
    expect(out.maxTokensInFlight).toBe(426_788);
    expect(out.maxConcurrentSequences).toBe(104);
  });

  it("DeepSeek-V3 FP8 with MLA on 8 × H200", () => {
    // weights = 671e9 × 1 = 671e9; budget = 8 × 141e9 × 0.9 − 671e9 = 1,015.2e9 − 671e9 = 344.2e9
    // KV/token = 61 × (512 + 64) × 2 = 70,272; 344.2e9 / 70,272 = 4,898,110.2 → 4,898,110 tokens; / 8,192 = 597.9 → 597
    const out = run(gpuMemory, {
      paramsB: 671,
      weightPrecision: "fp8",
      attention: "mla",
      layers: 61,
      ...h200,
      gpuCount: 8,
    });
    expect(out.kvBytesPerToken).toBe(70_272);
    expect(out.maxTokensInFlight).toBe(4_898_110);
    expect(out.maxConcurrentSequences).toBe(597);
  });

  it("weights follow the Hugging Face Llama 3.1 table", () => {
    // 8B FP16: 8.03 × 2 = 16.06 GB; 405B INT4: 405.9 × 0.5 = 202.95 GB (≈ 203)
    expect(run(gpuMemory, { paramsB: 8.03 }).weightBytes).toBeCloseTo(16.06e9, 0);
    expect(run(gpuMemory, { paramsB: 405.9, weightPrecision: "int4" }).weightBytes).toBeCloseTo(202.95e9, 0);
  });

  it("tensor-parallel size: Llama 3.1 70B BF16 at 1 × 8,192 tokens needs 3 GPUs' worth, runs on 4", () => {
    // total = 141.1e9 + 327,680 × 8,192 = 141.1e9 + 2,684,354,560 = 143,784,354,560
    // 143.78e9 / 72e9 = 1.997 → 2 GPUs' worth → TP 2 (divides 64 heads and 8 KV heads)
    expect(run(gpuMemory, { sequences: 1 }).gpusNeeded).toBe(2);
    // 8 sequences: 2.26 → 3 → TP 4; 40 sequences: (141.1e9 + 40 × 2,684,354,560) / 72e9 = 248.47e9 / 72e9 = 3.45 → 4 → 4
    expect(run(gpuMemory, { sequences: 40 }).gpusNeeded).toBe(4);
    // 48 attention heads (Mixtral 8x22B) with 8 KV heads: 3 and 6 are not sizes; 5 GPUs' worth → 8
    expect(run(gpuMemory, { paramsB: 141, attentionHeads: 48, sequences: 30 }).memoryGpus).toBe(
      Math.ceil((282e9 + 30 * 2_684_354_560) / 72e9),
    );
    expect(run(gpuMemory, { paramsB: 141, attentionHeads: 48, sequences: 30 }).gpusNeeded).toBe(8);
    // DeepSeek-V3 BF16 (1,342 GB) needs 19 H100s' worth: no single-node size holds it
    expect(run(gpuMemory, { paramsB: 671, attention: "mla", layers: 61, sequences: 1 }).gpusNeeded).toBeNull();
    // Falcon-7B: 71 heads (prime) allow only TP 1
    expect(
      run(gpuMemory, { paramsB: 7, attentionHeads: 71, kvHeads: 1, gpuMemoryGB: 8, sequences: 1 }).gpusNeeded,
    ).toBeNull();
  });

  it("overhead is counted in GB", () => {
    // 162,574,836,480 + 5e9 = 167,574,836,480; budget 2.9e9 − 5e9 < 0 → 0 tokens
    const out = run(gpuMemory, { overheadGB: 5 });
    expect(out.totalBytes).toBeCloseTo(167_574_836_480, 0);
    expect(out.maxTokensInFlight).toBe(0);
  });
});

describe("gpu-memory validation", () => {
  it("rejects an unknown parameter", () => {
    expect(issueParams(gpuMemory, { model: "llama" })).toEqual(["model"]);
  });
  it("rejects a non-number and an unknown precision", () => {
    expect(issueParams(gpuMemory, { gpuMemoryGB: "eighty" })).toEqual(["gpuMemoryGB"]);
    expect(issueParams(gpuMemory, { weightPrecision: "fp12" })).toEqual(["weightPrecision"]);
    expect(issueParams(gpuMemory, { attention: "mha" })).toEqual(["attention"]);
  });
  it("rejects out-of-range values", () => {
    expect(issueParams(gpuMemory, { contextTokens: "0" })).toEqual(["contextTokens"]);
    expect(issueParams(gpuMemory, { memoryFraction: "1.5" })).toEqual(["memoryFraction"]);
    expect(issueParams(gpuMemory, { gpuCount: "0.5" })).toEqual(["gpuCount"]);
    expect(issueParams(gpuMemory, { paramsB: "10001" })).toEqual(["paramsB"]);
  });
  // No cross-field rule: unused attention fields are ignored rather than validated against each other.
});

describe("gpu-memory properties", () => {
  it("every numeric output is finite", () => checkFiniteOutputs(gpuMemory));
  it("totalBytes never falls when contextTokens rises", () => {
    fc.assert(
      fc.property(validInputs(gpuMemory), fc.integer({ min: 0, max: 10_000_000 }), (input, delta) => {
        const longer = { ...input, contextTokens: Math.min(10_000_000, input.contextTokens + delta) };
        expect(gpuMemory.compute(longer).totalBytes).toBeGreaterThanOrEqual(gpuMemory.compute(input).totalBytes);
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it("gqa ignores the MLA fields", () => {
    fc.assert(
      fc.property(validInputs(gpuMemory), fc.integer({ min: 1, max: 16_384 }), (input, latent) => {
        const gqa = { ...input, attention: "gqa" as const };
        expect(gpuMemory.compute({ ...gqa, mlaLatentDim: latent })).toEqual(gpuMemory.compute(gqa));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("gpu-memory fit and usable memory", () => {
  it("fits exactly when free usable memory is not negative, and gpusNeeded GPUs always fit", () => {
    fc.assert(
      fc.property(validInputs(gpuMemory), (input) => {
        const out = gpuMemory.compute(input);
        expect(out.fits).toBe(out.freeBytes >= 0);
        const usable = input.gpuCount * input.gpuMemoryGB * 1e9 * input.memoryFraction;
        expect(Math.abs(out.usableBytes - usable)).toBeLessThanOrEqual(usable * 1e-12);
        if (out.gpusNeeded !== null) {
          expect(gpuMemory.compute({ ...input, gpuCount: out.gpusNeeded }).fits).toBe(true);
          expect(out.gpusNeeded).toBeGreaterThanOrEqual(out.memoryGpus);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("gpu-memory metadata", () => {
  it("documents every input and output", () => checkMetadata(gpuMemory));
});
