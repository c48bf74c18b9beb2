// GET /api/v1/models, GET /api/v1/models/<provider>/<model> and /models.csv.
import { waitForUpdate } from "@pydantic/genai-prices";
import { describe, expect, it } from "vitest";
import { GET as getModel } from "@/app/api/v1/models/[provider]/[...model]/route";
import { GET as listModelsRoute } from "@/app/api/v1/models/route";
import { GET as getCsv } from "@/app/models.csv/route";
import { parseCsv } from "@/lib/testing/parse-csv";
import { listModels, PRICES_DATA, pricesAt } from "./catalog";
import { MODEL_COLUMNS, modelIdFromPath, modelPath, toCsv, toRow, type ModelRow } from "./model-rows";

const packageModelCount = (await waitForUpdate())!.reduce((n, p) => n + p.models.length, 0);

const one = (provider: string, ...model: string[]) =>
  getModel(new Request(`http://localhost/api/v1/models/${provider}/${model.join("/")}`), {
    params: Promise.resolve({ provider, model }),
  });

describe("GET /api/v1/models", () => {
  it("lists every model of the package, with its source", async () => {
    const response = listModelsRoute();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { source: Record<string, unknown>; count: number; models: ModelRow[] };
    expect(body.count).toBe(listModels().length);
    expect(body.count).toBe(packageModelCount);
    expect(body.models).toHaveLength(packageModelCount);
    expect(body.source).toMatchObject({
      package: "@pydantic/genai-prices",
      version: PRICES_DATA.version,
      publishedOn: PRICES_DATA.publishedOn,
    });
    expect(Object.keys(body.models[0]!)).toEqual([...MODEL_COLUMNS]);
  });
});

describe("GET /api/v1/models/<provider>/<model>", () => {
  it("gives a known model's prices in force today, equal to pricesAt", async () => {
    const response = await one("google", "gemini-2.5-pro");
    expect(response.status).toBe(200);
    const { model, source } = (await response.json()) as { model: ModelRow; source: { version: string } };
    const prices = pricesAt("google/gemini-2.5-pro", new Date())!;
    expect(source.version).toBe(PRICES_DATA.version);
    expect(model).toMatchObject({
      id: "google/gemini-2.5-pro",
      provider: "google",
      model: "gemini-2.5-pro",
      name: "Gemini 2.5 Pro",
      inputPerM: prices.base.input,
      cacheReadPerM: prices.base.cacheRead,
      outputPerM: prices.base.output,
      cacheWrite5mPerM: null,
      tierAboveInputTokens: 200_000,
      tierInputPerM: prices.tier!.prices.input,
      tierOutputPerM: prices.tier!.prices.output,
      pricesAsOf: prices.asOf,
    });
    // Gemini 2.5 Pro: $1.25 in, $0.125 cached, $10 out; above 200k input tokens $2.50, $0.25, $15.
    expect([
      model.inputPerM,
      model.cacheReadPerM,
      model.outputPerM,
      model.tierInputPerM,
      model.tierCacheReadPerM,
      model.tierOutputPerM,
    ]).toEqual([1.25, 0.125, 10, 2.5, 0.25, 15]);
  });

  it("reads a model id with slashes and a colon (segments after the provider)", async () => {
    const response = await one("openrouter", "meta-llama", "llama-3.1-70b-instruct");
    expect(((await response.json()) as { model: ModelRow }).model.id).toBe(
      "openrouter/meta-llama/llama-3.1-70b-instruct",
    );
    expect(
      ((await (await one("aws", "meta.llama3-1-70b-instruct-v1:0")).json()) as { model: ModelRow }).model.name,
    ).toBe("Llama 3.1 70B Instruct");
  });

  it("answers an unknown model with a 404 naming `model`, in the calculator API's error shape", async () => {
    for (const [provider, model] of [
      ["google", ["no-such-model"]],
      ["no-such-provider", ["gpt-4o"]],
    ] as const) {
      const response = await one(provider, ...model);
      expect(response.status).toBe(404);
      const body = (await response.json()) as {
        error: { message: string; issues: { param: string; message: string }[] };
      };
      expect(Object.keys(body)).toEqual(["error"]);
      expect(Object.keys(body.error)).toEqual(["message", "issues"]);
      expect(body.error.message).toContain(`${provider}/${model.join("/")}`);
      expect(body.error.issues.map((i) => i.param)).toEqual(["model"]);
    }
  });
});

describe("/models.csv", () => {
  it("downloads every model as an attachment, with the JSON's columns and values", async () => {
    const response = getCsv();
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="models-genai-prices-[\d.]+\.csv"$/,
    );
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    const [header, ...records] = parseCsv(await response.text());
    expect(header).toEqual([...MODEL_COLUMNS]);
    expect(records).toHaveLength(packageModelCount);
    const gemini = records.find((r) => r[0] === "google/gemini-2.5-pro")!;
    const field = (name: (typeof MODEL_COLUMNS)[number]) => gemini[MODEL_COLUMNS.indexOf(name)];
    expect([field("inputPerM"), field("cacheWrite5mPerM"), field("tierAboveInputTokens"), field("deprecated")]).toEqual(
      ["1.25", "", "200000", "false"],
    );
  });

  it("quotes a field with a comma, a quote or a line break (RFC 4180), and reads back unchanged", () => {
    const row = toRow(
      listModels().find((m) => m.id === "google/gemini-2.5-pro")!,
      new Date(),
    );
    const odd = { ...row, name: 'Gemini 2.5 Pro, "long" context\r\nedition', providerName: "Google, Inc." };
    const text = toCsv([odd]);
    expect(text.split("\r\n")[1]).toContain('"Gemini 2.5 Pro, ""long"" context');
    const [, record] = parseCsv(text);
    expect(record![MODEL_COLUMNS.indexOf("name")]).toBe(odd.name);
    expect(record![MODEL_COLUMNS.indexOf("providerName")]).toBe("Google, Inc.");
    expect(record).toHaveLength(MODEL_COLUMNS.length);
  });
});

describe("modelPath and modelIdFromPath", () => {
  it("keeps the id's slashes and encodes each segment, and reads the segments back encoded or not", () => {
    for (const id of [
      "aws/meta.llama3-1-70b-instruct-v1:0",
      "cloudflare/@cf/meta/llama-3.1-70b-instruct-fp8-fast",
      "openrouter/~anthropic/claude-opus-latest",
    ]) {
      const [, , provider, ...rest] = modelPath(id).split("/");
      expect(modelIdFromPath(provider!, rest)).toBe(id);
      expect(modelIdFromPath(provider!, rest.map(decodeURIComponent))).toBe(id);
    }
    expect(modelIdFromPath("google", ["%E0%A4%A"])).toBe("google/%E0%A4%A");
    expect(modelPath("aws/meta.llama3-1-70b-instruct-v1:0")).toBe("/models/aws/meta.llama3-1-70b-instruct-v1%3A0");
    expect(modelPath("cloudflare/@cf/meta/llama-3.1-70b-instruct-fp8-fast")).toBe(
      "/models/cloudflare/%40cf/meta/llama-3.1-70b-instruct-fp8-fast",
    );
  });
});
