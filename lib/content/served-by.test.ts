// Every price-database id a model lists in `servedBy` must exist in the bundled @pydantic/genai-prices data
// and still be current: the planner compares self-hosting a model against exactly these APIs.
import { describe, expect, it } from "vitest";
import { findModel } from "@/lib/prices/catalog";
import { loadDatasets } from "./datasets";

const { models } = loadDatasets();

describe("servedBy ids resolve in the price database", () => {
  const listed = models.flatMap((m) => (m.servedBy ?? []).map((id) => ({ model: m.id, id })));

  it("lists hosted APIs for the current open-weight models", () => {
    for (const id of [
      "llama-3-1-70b",
      "qwen3-32b",
      "deepseek-v3-2",
      "kimi-k2",
      "gpt-oss-120b",
      "glm-4-5",
      "gemma-3-27b",
    ]) {
      expect(models.find((m) => m.id === id)?.servedBy?.length, id).toBeGreaterThan(0);
    }
  });

  it.each(listed)("$model: $id", ({ id }) => {
    const found = findModel(id);
    expect(found, `${id} is not in the price database`).toBeDefined();
    expect(found?.deprecated, `${id} is deprecated in the price database`).toBe(false);
  });
});
