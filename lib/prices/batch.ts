// Batch-API discounts, which @pydantic/genai-prices does not carry: the fraction off every token class
// (cache reads and writes included) for requests sent through the provider's batch API.
export const batchDiscounts: Record<string, { discount: number; source: string }> = {
  openai: { discount: 0.5, source: "https://platform.openai.com/docs/guides/batch" },
  anthropic: { discount: 0.5, source: "https://docs.anthropic.com/en/docs/build-with-claude/batch-processing" },
  google: { discount: 0.5, source: "https://ai.google.dev/gemini-api/docs/batch-mode" },
};

export const batchDiscountFor = (providerId: string): number | undefined => batchDiscounts[providerId]?.discount;
