import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blendedPricePerM } from "@/lib/economics/blended-price";
import {
  DatasetError,
  datasetFileNames,
  loadDatasets,
  modelKvBytesPerToken,
  parseDatasets,
  ridgePoint,
  type Datasets,
} from ".";

type Row = Record<string, unknown>;

const dataDir = path.join(process.cwd(), "content", "data");

/** The committed files, name -> JSON text. */
function committed(): Record<string, string> {
  return Object.fromEntries(datasetFileNames.map((name) => [name, fs.readFileSync(path.join(dataDir, name), "utf8")]));
}

/** The committed files with one file's parsed JSON changed by `edit`. */
function edited(file: string, edit: (data: Row[] & Row) => void): Record<string, string> {
  const sources = committed();
  const data = JSON.parse(sources[file]!) as Row[] & Row;
  edit(data);
  return { ...sources, [file]: JSON.stringify(data) };
}

/** Index of the entry with this id in a committed array file. */
function at(file: string, id: string): number {
  const i = (JSON.parse(committed()[file]!) as Row[]).findIndex((row) => row.id === id);
  if (i < 0) throw new Error(`no ${id} in ${file}`);
  return i;
}

/** Parses and returns the problems; fails the test if parsing succeeds. */
function problemsOf(sources: Record<string, string>): string[] {
  try {
    parseDatasets(sources);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toBeInstanceOf(Error);
    return (error as DatasetError).problems;
  }
  throw new Error("expected parseDatasets to throw");
}

const data: Datasets = loadDatasets();
const gpu = (id: string) => data.gpus.find((g) => g.id === id)!;
const model = (id: string) => data.models.find((m) => m.id === id)!;
const price = (id: string) => data.apiPrices.find((p) => p.id === id)!;
const point = (id: string) => data.priceHistory.find((p) => p.id === id)!;

describe("committed datasets", () => {
  it("parse, with the expected number of entries", () => {
    expect(() => parseDatasets(committed())).not.toThrow();
    expect(data.gpus).toHaveLength(18); // §7.1's 10 rows plus H200 NVL, B300, GB200 NVL72, MI355X, TPU v5e/v6e, Trainium2, Gaudi 3
    expect(data.models).toHaveLength(32); // §7.3's 24 plus Qwen3-32B, DeepSeek-V3.2, Kimi K2 Thinking, GLM-4.5, GLM-4.5-Air, Mistral Large 2, Mistral Small 3, Gemma 3 27B
    expect(data.apiPrices).toHaveLength(40); // §7.4 rows split per model, plus o3 from §7.5
    expect(data.priceHistory).toHaveLength(17);
    expect(data.meta.asOf).toBe("2026-11-27");
  });

  it("loadDatasets is memoised", () => {
    expect(loadDatasets()).toBe(data);
  });

  it("accepts a path-prefixed file name", () => {
    const sources = Object.fromEntries(
      Object.entries(committed()).map(([name, text]) => [`content/data/${name}`, text]),
    );
    expect(parseDatasets(sources).gpus).toHaveLength(18);
  });

  it("has unique ids in every file", () => {
    for (const list of [data.gpus, data.models, data.apiPrices, data.priceHistory]) {
      const ids = list.map((entry) => entry.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("dates and sources every price", () => {
    for (const p of data.apiPrices) {
      expect(p.asOf).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(p.source.url).toMatch(/^https:\/\//);
    }
    for (const g of data.gpus) {
      expect(g.source.url).toMatch(/^https:\/\//);
      if (g.rental) expect(g.rental.source.url).toMatch(/^https:\/\//);
      for (const p of g.prices ?? []) {
        expect(p.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/); // a tier price is dated to the month at least
        expect(p.source.url).toMatch(/^https:\/\//);
      }
      if (g.interconnect) expect(g.interconnect.source.url).toMatch(/^https:\/\//);
    }
  });
});

describe("spot checks, recomputed by hand", () => {
  it("ridge points F / BW (§3.3)", () => {
    // H100 SXM: 989e12 / 3.35e12 = 295.2 FLOP/byte
    expect(ridgePoint(gpu("h100-sxm"))).toBeCloseTo(295.22, 2);
    // H200: 989e12 / 4.8e12 = 206.04
    expect(ridgePoint(gpu("h200-sxm"))).toBeCloseTo(206.04, 2);
    // A100 80GB: 312e12 / 2.039e12 = 153.02
    expect(ridgePoint(gpu("a100-80gb-sxm"))).toBeCloseTo(153.02, 2);
    // MI300X: 1307e12 / 5.3e12 = 246.6 (the doc rounds to 247)
    expect(ridgePoint(gpu("mi300x"))).toBeCloseTo(246.6, 1);
    // B200 BF16: 2250e12 / 8e12 = 281.25
    expect(ridgePoint(gpu("b200"))).toBe(281.25);
    // A10: 125e12 / 600e9 = 208.3 (Baseten)
    expect(ridgePoint(gpu("a10"))).toBeCloseTo(208.33, 2);
    // H100 FP8: 1979e12 / 3.35e12 = 590.7; no FP4 on the H100
    expect(ridgePoint(gpu("h100-sxm"), "fp8")).toBeCloseTo(590.75, 2);
    expect(ridgePoint(gpu("h100-sxm"), "fp4")).toBeUndefined();
  });

  it("B200 memory is the 180 GB usable figure, with a note", () => {
    expect(gpu("b200").memoryGB).toBe(180);
    expect(gpu("b200").note).toMatch(/192 GB/);
  });

  it("tier prices are per GPU-hour: instance price ÷ GPUs", () => {
    const tier = (id: string, t: string) => gpu(id).prices?.find((p) => p.tier === t)?.usdPerGpuHour;
    // AWS p5.48xlarge: $55.04/h ÷ 8 H100 = $6.88
    expect(tier("h100-sxm", "hyperscaler-on-demand")).toBe(55.04 / 8);
    // AWS p5en.48xlarge: $63.296/h ÷ 8 H200 = $7.912, rounded to the cent
    expect(tier("h200-sxm", "hyperscaler-on-demand")).toBeCloseTo(63.296 / 8, 2);
    // AWS p4de.24xlarge: $27.44705/h ÷ 8 A100 80GB = $3.4309
    expect(tier("a100-80gb-sxm", "hyperscaler-on-demand")).toBeCloseTo(27.44705 / 8, 2);
    // CoreWeave GB200 NVL72: $42.00/h per 4-GPU tray = $10.50
    expect(tier("gb200-nvl72", "specialist-cloud")).toBe(42 / 4);
    // the cheaper tiers really are cheaper, for every GPU that lists them
    for (const g of data.gpus) {
      const od = g.prices?.find((p) => p.tier === "hyperscaler-on-demand")?.usdPerGpuHour;
      const sc = g.prices?.find((p) => p.tier === "specialist-cloud")?.usdPerGpuHour;
      const mk = g.prices?.find((p) => p.tier === "marketplace")?.usdPerGpuHour;
      if (od !== undefined && sc !== undefined) expect(sc).toBeLessThan(od);
      if (sc !== undefined && mk !== undefined) expect(mk).toBeLessThan(sc);
    }
  });

  it("interconnect is per GPU and per direction", () => {
    // NVLink 4: 900 GB/s bidirectional = 450 each way; NVLink 5: 1.8 TB/s = 900
    expect(gpu("h100-sxm").interconnect).toMatchObject({ scaleUpGBs: 450, scaleUpDomainGpus: 8, scaleOutGbps: 400 });
    expect(gpu("b200").interconnect).toMatchObject({ scaleUpGBs: 900, scaleUpDomainGpus: 8 });
    expect(gpu("gb200-nvl72").interconnect).toMatchObject({ scaleUpGBs: 900, scaleUpDomainGpus: 72 });
    // MI300X: 7 Infinity Fabric links × 128 GB/s = 896 GB/s aggregate, 448 each way
    expect(gpu("mi300x").interconnect?.scaleUpGBs).toBe((7 * 128) / 2);
    // TPU v5e: 2 × 100 Gb/s NICs per 8-chip host = 25 Gb/s per chip
    expect(gpu("tpu-v5e").interconnect?.scaleOutGbps).toBe((2 * 100) / 8);
  });

  it("dense figures are half the vendors' sparse ones", () => {
    // H200 NVL: NVIDIA quotes 1,671 BF16 / 3,341 FP8 with sparsity
    expect(gpu("h200-nvl")).toMatchObject({ bf16DenseTflops: 1671 / 2, fp8DenseTflops: 3341 / 2 });
    // GB200 per GPU: 5 / 10 / 20 PFLOPS sparse
    expect(gpu("gb200-nvl72")).toMatchObject({ bf16DenseTflops: 2500, fp8DenseTflops: 5000, fp4DenseTflops: 10_000 });
    // HGX B300 FP4: 108 PFLOPS dense per 8-GPU board = 13,500 per GPU
    expect(gpu("b300").fp4DenseTflops).toBe(108_000 / 8);
    // MI355X FP8: 8,192 FLOP/clock/CU × 256 CUs × 2.4 GHz = 5,033.2 TFLOPS
    expect(gpu("mi355x").fp8DenseTflops).toBeCloseTo((8192 * 256 * 2.4e9) / 1e12, 1);
  });

  it("rental ranges span the tiers of §7.2", () => {
    // H100 SXM: $1.99 (long-tail low) .. $5.00 (hyperscaler high)
    expect(gpu("h100-sxm").rental).toMatchObject({ lowUsdPerHour: 1.99, highUsdPerHour: 5 });
    // A100 80GB: $0.80 .. $3.00; H200: $2.50 .. $7.00; B200: $3.75 .. $14
    expect(gpu("a100-80gb-sxm").rental).toMatchObject({ lowUsdPerHour: 0.8, highUsdPerHour: 3 });
    expect(gpu("h200-sxm").rental).toMatchObject({ lowUsdPerHour: 2.5, highUsdPerHour: 7 });
    expect(gpu("b200").rental).toMatchObject({ lowUsdPerHour: 3.75, highUsdPerHour: 14 });
  });

  it("KV bytes per token (§4.2)", () => {
    // DeepSeek-V3 (MLA): 61 × (512 + 64) × 2 = 61 × 576 × 2 = 70,272
    expect(model("deepseek-v3").kvBytesPerTokenBf16).toBe(70_272);
    expect(modelKvBytesPerToken(model("deepseek-v3"))).toBe(70_272);
    // DeepSeek-V2: 60 × 576 × 2 = 69,120
    expect(modelKvBytesPerToken(model("deepseek-v2"))).toBe(69_120);
    // Llama 3.1 8B (GQA): 2 × 32 × 8 × 128 × 2 = 131,072
    expect(modelKvBytesPerToken(model("llama-3-1-8b"))).toBe(131_072);
    // GPT-3 (MHA): 2 × 96 × 96 × 128 × 2 = 4,718,592 = 4.5 MiB
    expect(modelKvBytesPerToken(model("gpt-3-175b"))).toBe(4.5 * 2 ** 20);
    // Falcon-7B (MQA): 2 × 32 × 1 × 64 × 2 = 8,192
    expect(modelKvBytesPerToken(model("falcon-7b"))).toBe(8_192);
    // Llama 2 70B: 2 × 80 × 8 × 128 × 2 = 327,680, 8× less than MHA with 64 heads
    expect(modelKvBytesPerToken(model("llama-2-70b"))).toBe(327_680);
    // FP8 KV (1 byte per element) halves it: 65,536 for Llama 3.1 8B
    expect(modelKvBytesPerToken(model("llama-3-1-8b"), "fp8")).toBe(65_536);
  });

  it("KV bytes per token of the current open-weight models", () => {
    // Qwen3-32B: 2 × 64 × 8 × 128 × 2 = 262,144
    expect(model("qwen3-32b").kvBytesPerTokenBf16).toBe(262_144);
    // GLM-4.5: 2 × 92 × 8 × 128 × 2 = 376,832
    expect(model("glm-4-5").kvBytesPerTokenBf16).toBe(376_832);
    // Mistral Large 2: 2 × 88 × 8 × 128 × 2 = 360,448; Mistral Small 3: 2 × 40 × 8 × 128 × 2 = 163,840
    expect(model("mistral-large-2").kvBytesPerTokenBf16).toBe(360_448);
    expect(model("mistral-small-3").kvBytesPerTokenBf16).toBe(163_840);
    // Gemma 3 27B: 2 × 62 × 16 × 128 × 2 = 507,904 if every layer were global
    expect(model("gemma-3-27b").kvBytesPerTokenBf16).toBe(507_904);
    // DeepSeek-V3.2 keeps V3's MLA cache: 61 × (512 + 64) × 2 = 70,272
    expect(model("deepseek-v3-2").kvBytesPerTokenBf16).toBe(model("deepseek-v3").kvBytesPerTokenBf16);
  });

  it("native precision and sliding-window layers", () => {
    expect(model("deepseek-v3").nativePrecision).toBe("fp8");
    expect(model("deepseek-v3-2").nativePrecision).toBe("fp8");
    expect(model("kimi-k2").nativePrecision).toBe("fp8");
    expect(model("kimi-k2-thinking").nativePrecision).toBe("int4");
    expect(model("gpt-oss-120b").nativePrecision).toBe("fp4");
    // gpt-oss alternates windowed and full layers: half of 36 (120b) and of 24 (20b), 128-token window
    expect(model("gpt-oss-120b").slidingWindow).toEqual({ layers: 36 / 2, windowTokens: 128 });
    expect(model("gpt-oss-20b").slidingWindow).toEqual({ layers: 24 / 2, windowTokens: 128 });
    // Gemma 3: one global layer in six; 62 layers hold floor(62 / 6) = 10 global, 52 local
    expect(model("gemma-3-27b").slidingWindow).toEqual({ layers: 62 - Math.floor(62 / 6), windowTokens: 1024 });
    // a window never covers more layers than the model has
    for (const m of data.models) if (m.slidingWindow) expect(m.slidingWindow.layers).toBeLessThanOrEqual(m.layers);
  });

  it("every model's KV figure matches the formula", () => {
    for (const m of data.models) expect(m.kvBytesPerTokenBf16, m.id).toBe(modelKvBytesPerToken(m));
  });

  it("blended price (§1.4)", () => {
    // GPT-4o: (3 × 2.50 + 10) / 4 = 17.5 / 4 = 4.375
    expect(blendedPricePerM(2.5, 10)).toBe(4.375);
    expect(point("gpt-4o-2024-08").blended3to1PerM).toBe(4.375);
    // a16z's 1:1 simple average: (2.50 + 10) / 2 = 6.25; ratio 0 is the output price
    expect(blendedPricePerM(2.5, 10, 1)).toBe(6.25);
    expect(blendedPricePerM(2.5, 10, 0)).toBe(10);
    expect(() => blendedPricePerM(1, 1, -1)).toThrow(RangeError);
  });

  it("3:1 blends of the current prices match the tier table of §7.4 to its rounding", () => {
    const printed: Record<string, number> = {
      gpt4: 37.5, // (90 + 60) / 4 — GPT-4 (8K), Mar 2023
      "claude-opus-4": 30, // (45 + 75) / 4
      o1: 26.25, // (45 + 60) / 4
      "claude-opus-4-5": 10, // (15 + 25) / 4
      "claude-sonnet-4-5": 6, // (9 + 15) / 4
      "gpt-4o": 4.375,
      "gpt-5": 3.44, // (3.75 + 10) / 4 = 3.4375
      "gemini-2-5-pro": 3.44, // ≤200k tier, same as GPT-5
      "claude-haiku-4-5": 2, // (3 + 5) / 4
      "claude-3-5-haiku": 1.6, // (2.4 + 4) / 4
      "deepseek-r1": 0.96, // (1.65 + 2.19) / 4 = 0.96
      "gemini-2-5-flash": 0.85, // (0.9 + 2.5) / 4
      "gpt-3-5-turbo-0125": 0.75, // (1.5 + 1.5) / 4
      "claude-3-haiku": 0.5, // (0.75 + 1.25) / 4
      "deepseek-v3": 0.48, // (0.81 + 1.10) / 4 = 0.4775
      "gpt-4o-mini": 0.26, // (0.45 + 0.60) / 4 = 0.2625
      "gemini-2-0-flash": 0.175, // (0.3 + 0.4) / 4
      "gpt-5-nano": 0.14, // (0.15 + 0.40) / 4 = 0.1375
      "gemini-1-5-flash": 0.13, // (0.225 + 0.30) / 4 = 0.13125
      "llama-3-2-3b-together": 0.06,
    };
    for (const [id, expected] of Object.entries(printed)) {
      const p = price(id === "gpt4" ? "gpt-4" : id);
      expect(Math.abs(blendedPricePerM(p.inputPerM, p.outputPerM) - expected), id).toBeLessThanOrEqual(0.005);
    }
  });

  it("Anthropic cache and batch rules (§1.2, §1.3)", () => {
    // Claude Opus 4.5: input $5, 5-min write $6.25, hit $0.50, output $25
    expect(price("claude-opus-4-5")).toMatchObject({
      inputPerM: 5,
      cacheWritePerM: 6.25,
      cachedInputPerM: 0.5,
      outputPerM: 25,
    });
    // Writes at 1.25× input and hits at 0.1×, except where Anthropic listed a model's own cache prices.
    const ownCachePrices: Record<string, { writePerM: number; readPerM: number; source: string }> = {
      "claude-3-haiku": { writePerM: 0.3, readPerM: 0.03, source: "https://www.anthropic.com/news/prompt-caching" },
    };
    const cached = data.apiPrices.filter((x) => x.provider === "Anthropic" && x.cachedInputPerM !== undefined);
    expect(cached.length).toBeGreaterThan(5);
    for (const p of cached) {
      const own = ownCachePrices[p.id];
      expect(p.cachedInputPerM, p.id).toBeCloseTo(own?.readPerM ?? 0.1 * p.inputPerM, 9);
      expect(p.cacheWritePerM, p.id).toBeCloseTo(own?.writePerM ?? 1.25 * p.inputPerM, 9);
      if (own) expect(p.source.url).toBe(own.source);
    }
    // Haiku 3's own prices: $0.30 is 1.2× and $0.03 is 0.12× of its $0.25 input.
    expect(price("claude-3-haiku")).toMatchObject({
      inputPerM: 0.25,
      cacheWritePerM: 0.3,
      cachedInputPerM: 0.03,
      asOf: "2024-08",
    });
    // Official batch table (Aug 2025): exactly half the list price
    expect(price("claude-sonnet-4")).toMatchObject({ batchInputPerM: 1.5, batchOutputPerM: 7.5 });
    expect(price("claude-opus-4")).toMatchObject({ batchInputPerM: 7.5, batchOutputPerM: 37.5 });
    expect(price("claude-opus-4-1")).toMatchObject({ batchInputPerM: 7.5, batchOutputPerM: 37.5 });
    expect(price("claude-3-5-haiku")).toMatchObject({ batchInputPerM: 0.4, batchOutputPerM: 2 });
  });

  it("no cache or batch price is dated before the provider sold it", () => {
    // Claude 3 (Mar 2024) predates prompt caching (Aug 2024) and batches (Oct 2024); gpt-4o's Aug 2024 price
    // predates OpenAI's caching (Oct 2024); gpt-3.5-turbo-0125 (Jan 2024) predates the Batch API (Apr 2024).
    for (const id of ["claude-3-opus", "claude-3-sonnet", "claude-3-5-sonnet"]) {
      expect(price(id), id).not.toHaveProperty("cachedInputPerM");
      expect(price(id), id).not.toHaveProperty("batchInputPerM");
    }
    expect(price("gpt-4o")).not.toHaveProperty("cachedInputPerM");
    expect(price("gpt-4o")).toMatchObject({ batchInputPerM: 1.25, batchOutputPerM: 5 });
    expect(price("gpt-3-5-turbo-0125")).not.toHaveProperty("batchInputPerM");
    expect(price("gemini-2-5-flash")).not.toHaveProperty("batchInputPerM");
  });

  it("batch prices are half the list price wherever given", () => {
    const withBatch = data.apiPrices.filter((p) => p.batchInputPerM !== undefined);
    expect(withBatch.length).toBeGreaterThan(15);
    for (const p of withBatch) {
      expect(["OpenAI", "Anthropic", "Google"]).toContain(p.provider);
      expect(p.batchInputPerM, p.id).toBeCloseTo(p.inputPerM / 2, 9);
      expect(p.batchOutputPerM, p.id).toBeCloseTo(p.outputPerM / 2, 9);
    }
  });

  it("OpenAI cache-hit multipliers (§1.2)", () => {
    // o1 $15 → $7.50 (0.5×); GPT-4.1 $2.00 → $0.50 (0.25×); GPT-5 $1.25 → $0.125 (0.1×)
    expect(price("o1").cachedInputPerM).toBe(7.5);
    expect(price("gpt-4-1").cachedInputPerM).toBe(0.5);
    expect(price("gpt-5").cachedInputPerM).toBe(0.125);
  });

  it("A → B price changes: current entry has the later price, history has both", () => {
    expect(price("gpt-4o")).toMatchObject({ inputPerM: 2.5, outputPerM: 10, asOf: "2024-08" });
    expect(point("gpt-4o-2024-05")).toMatchObject({ inputPerM: 5, outputPerM: 15 });
    expect(price("gemini-1-5-pro")).toMatchObject({ inputPerM: 1.25, outputPerM: 5, asOf: "2024-10" });
    expect(point("gemini-1-5-pro-2024-05")).toMatchObject({ inputPerM: 3.5, outputPerM: 10.5 });
    expect(price("gpt-3-5-turbo-0125")).toMatchObject({ inputPerM: 0.5, outputPerM: 1.5, asOf: "2024-01" });
    expect(point("gpt-3-5-turbo-1106-2023-11")).toMatchObject({ inputPerM: 1, outputPerM: 2 });
  });

  it("OpenAI flagship decline (§7.5): ~11× in ~2.4 years ≈ 2.7× per year", () => {
    const series = [
      "gpt-4-2023-03",
      "gpt-4-turbo-2023-11",
      "gpt-4o-2024-05",
      "gpt-4o-2024-08",
      "gpt-4-1-2025-04",
      "gpt-5-2025-08",
    ];
    // (90+60)/4 = 37.5; (30+30)/4 = 15; (15+15)/4 = 7.5; 4.375; (6+8)/4 = 3.5; 3.4375
    expect(series.map((id) => point(id).blended3to1PerM)).toEqual([37.5, 15, 7.5, 4.375, 3.5, 3.4375]);
    const fall = 37.5 / 3.4375; // 10.909…
    expect(fall).toBeCloseTo(10.91, 2);
    const years = 29 / 12; // Mar 2023 → Aug 2025
    expect(fall ** (1 / years)).toBeCloseTo(2.69, 2);
  });

  it("LLMflation (§7.5): $60 → $0.06 at MMLU ≥ 42 is 1,000×", () => {
    expect(
      point("gpt-3-davinci-2021-11").blended3to1PerM / point("llama-3-2-3b-together-2024-11").blended3to1PerM,
    ).toBeCloseTo(1000, 6);
  });

  it("price history is within the meta date and every point's blend is (3·in + out) / 4", () => {
    for (const p of data.priceHistory) {
      expect(Math.abs(p.blended3to1PerM - (3 * p.inputPerM + p.outputPerM) / 4), p.id).toBeLessThanOrEqual(0.001);
      expect(p.date <= data.meta.asOf.slice(0, 7)).toBe(true);
    }
  });
});

describe("rejects bad input, naming file and field", () => {
  it("bad JSON", () => {
    const problems = problemsOf({ ...committed(), "models.json": '[{"id": "x",' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/data\/models\.json: \(root\): not valid JSON/);
  });

  it("a file that is not an array", () => {
    expect(problemsOf({ ...committed(), "gpus.json": "{}" })).toEqual([
      "content/data/gpus.json: (root): must be a JSON array of GPUs",
    ]);
  });

  it("missing field", () => {
    const problems = problemsOf(edited("gpus.json", (rows) => delete rows[0]!.bandwidthGBs));
    expect(problems).toEqual(["content/data/gpus.json: 0.bandwidthGBs: is required"]);
  });

  it("negative, zero and non-numeric numbers", () => {
    expect(problemsOf(edited("gpus.json", (rows) => void (rows[3]!.bandwidthGBs = -3350)))).toEqual([
      "content/data/gpus.json: 3.bandwidthGBs: must be positive",
    ]);
    const i = at("api-prices.json", "gpt-4o");
    expect(problemsOf(edited("api-prices.json", (rows) => void (rows[i]!.outputPerM = 0)))).toEqual([
      `content/data/api-prices.json: ${i}.outputPerM: must be positive`,
    ]);
    expect(problemsOf(edited("gpus.json", (rows) => void (rows[1]!.tdpWatts = "400")))).toEqual([
      "content/data/gpus.json: 1.tdpWatts: must be a number",
    ]);
    expect(problemsOf(edited("models.json", (rows) => void (rows[0]!.layers = 96.5)))[0]).toBe(
      "content/data/models.json: 0.layers: must be a whole number",
    );
  });

  it("duplicate id", () => {
    const problems = problemsOf(edited("api-prices.json", (rows) => void (rows[2]!.id = rows[0]!.id)));
    expect(problems).toEqual(['content/data/api-prices.json: 2.id: duplicate id "gpt-3-davinci" (also at 0)']);
  });

  it("id that is not a slug", () => {
    expect(problemsOf(edited("models.json", (rows) => void (rows[0]!.id = "GPT 3")))).toEqual([
      "content/data/models.json: 0.id: must be a lower-case slug such as h100-sxm",
    ]);
  });

  it("bad dates", () => {
    for (const bad of ["2024-13", "2024-02-30", "May 2024", "24-05", "1999-01"]) {
      expect(problemsOf(edited("api-prices.json", (rows) => void (rows[0]!.asOf = bad))), bad).toEqual([
        "content/data/api-prices.json: 0.asOf: must be a real date written YYYY-MM-DD, YYYY-MM or YYYY",
      ]);
    }
    expect(problemsOf(edited("price-history.json", (rows) => void (rows[1]!.date = "2022")))).toEqual([
      "content/data/price-history.json: 1.date: must be a real month written YYYY-MM",
    ]);
    expect(problemsOf(edited("meta.json", (meta) => void (meta.asOf = "2026-11")))).toEqual([
      "content/data/meta.json: asOf: must be a real date written YYYY-MM-DD",
    ]);
    const h = at("gpus.json", "h100-sxm");
    expect(problemsOf(edited("gpus.json", (rows) => void ((rows[h]!.rental as Row).asOf = "2026-00")))).toEqual([
      `content/data/gpus.json: ${h}.rental.asOf: must be a real date written YYYY-MM-DD, YYYY-MM or YYYY`,
    ]);
  });

  it("a cache or batch price dated before the provider sold it", () => {
    const i = at("api-prices.json", "claude-3-opus");
    expect(
      problemsOf(
        edited(
          "api-prices.json",
          (rows) => void Object.assign(rows[i]!, { cachedInputPerM: 1.5, batchInputPerM: 7.5, batchOutputPerM: 37.5 }),
        ),
      ),
    ).toEqual([
      `content/data/api-prices.json: ${i}.cachedInputPerM: dated 2024-03, before Anthropic sold prompt caching prices (2024-08)`,
      `content/data/api-prices.json: ${i}.batchInputPerM: dated 2024-03, before Anthropic sold batch prices (2024-10)`,
      `content/data/api-prices.json: ${i}.batchOutputPerM: dated 2024-03, before Anthropic sold batch prices (2024-10)`,
    ]);
    // A year-only date counts as January: Gemini 2.5 Pro ("2025") with batch prices is refused (batch mode: Jul 2025).
    const g = at("api-prices.json", "gemini-2-5-pro");
    expect(
      problemsOf(
        edited(
          "api-prices.json",
          (rows) => void Object.assign(rows[g]!, { batchInputPerM: 0.625, batchOutputPerM: 5 }),
        ),
      )[0],
    ).toBe(`content/data/api-prices.json: ${g}.batchInputPerM: dated 2025, before Google sold batch prices (2025-07)`);
    // The month the feature started is allowed.
    expect(() =>
      parseDatasets(
        edited("api-prices.json", (rows) => void Object.assign(rows[i]!, { asOf: "2024-08", cachedInputPerM: 1.5 })),
      ),
    ).not.toThrow();
  });

  it("a date after meta.json asOf", () => {
    expect(problemsOf(edited("api-prices.json", (rows) => void (rows[0]!.asOf = "2027-01")))).toEqual([
      "content/data/api-prices.json: 0.asOf: 2027-01 is after meta.json asOf 2026-11-27",
    ]);
    const h = at("gpus.json", "h100-sxm");
    expect(
      problemsOf(edited("gpus.json", (rows) => void ((rows[h]!.prices as Row[])[0]!.asOf = "2026-12-01"))),
    ).toEqual([`content/data/gpus.json: ${h}.prices.0.asOf: 2026-12-01 is after meta.json asOf 2026-11-27`]);
  });

  it("bad URLs", () => {
    for (const bad of ["openai.com/api/pricing", "http://openai.com/api/pricing", "https://", "not a url"]) {
      expect(problemsOf(edited("api-prices.json", (rows) => void ((rows[0]!.source as Row).url = bad))), bad).toEqual([
        "content/data/api-prices.json: 0.source.url: must be a full https:// URL",
      ]);
    }
  });

  it("unknown field", () => {
    expect(problemsOf(edited("gpus.json", (rows) => void (rows[2]!.fp16SparseTflops = 624)))).toEqual([
      "content/data/gpus.json: 2.fp16SparseTflops: unknown field",
    ]);
  });

  it("KV cross-check mismatch", () => {
    const i = at("models.json", "deepseek-v3");
    expect(problemsOf(edited("models.json", (rows) => void (rows[i]!.kvBytesPerTokenBf16 = 70_000)))).toEqual([
      `content/data/models.json: ${i}.kvBytesPerTokenBf16: is 70000 but the formula gives 61 × (512 + 64) × 2 = 70272`,
    ]);
    const j = at("models.json", "llama-3-1-8b");
    expect(problemsOf(edited("models.json", (rows) => void (rows[j]!.kvHeads = 32)))).toEqual([
      `content/data/models.json: ${j}.kvBytesPerTokenBf16: is 131072 but the formula gives 2 × 32 × 32 × 128 × 2 = 524288`,
    ]);
  });

  it("attention-specific fields", () => {
    const i = at("models.json", "llama-3-1-8b");
    expect(problemsOf(edited("models.json", (rows) => void delete rows[i]!.headDim))).toEqual([
      `content/data/models.json: ${i}.headDim: is required`,
    ]);
    expect(problemsOf(edited("models.json", (rows) => void (rows[i]!.attention = "mha")))).toEqual([
      `content/data/models.json: ${i}.attention: must be "gqa" or "mla"`,
    ]);
    const j = at("models.json", "deepseek-v3");
    expect(problemsOf(edited("models.json", (rows) => void (rows[j]!.kvHeads = 8)))).toEqual([
      `content/data/models.json: ${j}.kvHeads: unknown field`,
    ]);
  });

  it("model entries that are not objects or lack the attention kind", () => {
    expect(problemsOf(edited("models.json", (rows) => void (rows[0] = 5 as unknown as Row)))).toEqual([
      "content/data/models.json: 0: must be an object",
    ]);
    expect(problemsOf(edited("models.json", (rows) => void delete rows[1]!.attention))).toEqual([
      "content/data/models.json: 1.attention: is required",
    ]);
  });

  it("cross-checks still run on valid entries when another entry is invalid", () => {
    const i = at("models.json", "deepseek-v3");
    const problems = problemsOf(
      edited("models.json", (rows) => {
        rows[0]!.layers = -1;
        rows[i]!.kvBytesPerTokenBf16 = 1;
      }),
    );
    expect(problems).toEqual([
      "content/data/models.json: 0.layers: must be positive",
      `content/data/models.json: ${i}.kvBytesPerTokenBf16: is 1 but the formula gives 61 × (512 + 64) × 2 = 70272`,
    ]);
  });

  it("MoE fields only on MoE models", () => {
    expect(problemsOf(edited("models.json", (rows) => void (rows[0]!.experts = 8)))).toEqual([
      "content/data/models.json: 0.experts: only for MoE models (activeParamsB < totalParamsB)",
    ]);
  });

  it("blended mismatch", () => {
    const i = at("price-history.json", "gpt-4o-2024-08");
    expect(problemsOf(edited("price-history.json", (rows) => void (rows[i]!.blended3to1PerM = 6.25)))).toEqual([
      `content/data/price-history.json: ${i}.blended3to1PerM: is 6.25 but (3 × 2.5 + 10) / 4 = 4.375`,
    ]);
    // within the 0.001 tolerance is accepted: 3.4375 printed as 3.438
    const j = at("price-history.json", "gpt-5-2025-08");
    expect(() =>
      parseDatasets(edited("price-history.json", (rows) => void (rows[j]!.blended3to1PerM = 3.438))),
    ).not.toThrow();
  });

  it("inconsistent price fields", () => {
    const i = at("api-prices.json", "gpt-4o");
    expect(problemsOf(edited("api-prices.json", (rows) => void delete rows[i]!.batchOutputPerM))).toEqual([
      `content/data/api-prices.json: ${i}.batchOutputPerM: is required when the other batch price is given`,
    ]);
    expect(problemsOf(edited("api-prices.json", (rows) => void (rows[i]!.cachedInputPerM = 3)))).toEqual([
      `content/data/api-prices.json: ${i}.cachedInputPerM: must not exceed inputPerM`,
    ]);
    const h = at("gpus.json", "h100-sxm");
    expect(problemsOf(edited("gpus.json", (rows) => void ((rows[h]!.rental as Row).lowUsdPerHour = 6)))).toEqual([
      `content/data/gpus.json: ${h}.rental.highUsdPerHour: must not be below lowUsdPerHour`,
    ]);
    const m = at("models.json", "qwen3-32b");
    expect(
      problemsOf(
        edited("models.json", (rows) => void (rows[m]!.servedBy = ["groq/qwen/qwen3-32b", "groq/qwen/qwen3-32b"])),
      ),
    ).toEqual([`content/data/models.json: ${m}.servedBy: must not list an id twice`]);
    expect(problemsOf(edited("models.json", (rows) => void (rows[m]!.servedBy = ["qwen3-32b"])))).toEqual([
      `content/data/models.json: ${m}.servedBy.0: must be <provider>/<model-id>`,
    ]);
    const twice = (rows: Row[]) => void (rows[h]!.prices as Row[]).push({ ...(rows[h]!.prices as Row[])[0]! });
    expect(problemsOf(edited("gpus.json", twice))).toEqual([
      `content/data/gpus.json: ${h}.prices: must not list a tier twice`,
    ]);
  });

  it("missing and unknown files", () => {
    const { "meta.json": _meta, ...rest } = committed();
    void _meta;
    expect(problemsOf(rest)).toEqual(["content/data/meta.json: (file): missing"]);
    expect(problemsOf({ ...committed(), "extra.json": "[]" })[0]).toMatch(
      /^content\/data\/extra\.json: \(file\): not a known dataset/,
    );
  });

  it("lists every problem across files in one Error", () => {
    const sources = {
      ...committed(),
      "gpus.json": edited("gpus.json", (rows) => {
        rows[3]!.bandwidthGBs = -1;
        rows[4]!.id = rows[3]!.id;
      })["gpus.json"]!,
      "models.json": "not json",
      "meta.json": JSON.stringify({ asOf: "2026-11-27" }),
    };
    let message = "";
    try {
      parseDatasets(sources);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid reference data \(4 problems\):/);
    expect(message).toContain("content/data/gpus.json: 3.bandwidthGBs: must be positive");
    expect(message).toContain('content/data/gpus.json: 4.id: duplicate id "l40s" (also at 3)');
    expect(message).toContain("content/data/models.json: (root): not valid JSON");
    expect(message).toContain("content/data/meta.json: note: is required");
  });
});
