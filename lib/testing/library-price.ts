// The package's own price for one (model, usage, moment), the reference every price of ours is checked against.
import { calcPrice, waitForUpdate, type ModelInfo, type Provider } from "@pydantic/genai-prices";
import { findModel } from "@/lib/prices/catalog";

const providers: Provider[] = (await waitForUpdate())!;

export type Usage = {
  input: number;
  cached?: number;
  write5m?: number;
  write1h?: number;
  output: number;
  reasoning?: number;
};

/**
 * calcPrice for exactly this model: calcPrice finds models by its match rules, and a few ids do not match
 * their own rules (AWS regional ids, Fireworks), so it is handed a provider holding only this model.
 */
export function libraryPrice(id: string, u: Usage, at: Date): number {
  const model = findModel(id)!;
  const provider = providers.find((p) => p.id === model.providerId)!;
  const info = provider.models.find((m) => m.id === model.modelId)!;
  const only: ModelInfo = { ...info, match: { equals: info.id } };
  const usage = {
    input_tokens: u.input,
    cache_read_tokens: u.cached ?? 0,
    cache_write_tokens: (u.write5m ?? 0) + (u.write1h ?? 0),
    cache_write_1h_tokens: u.write1h ?? 0,
    output_tokens: u.output,
    output_reasoning_tokens: u.reasoning ?? 0,
  };
  const result = calcPrice(usage, info.id, { provider: { ...provider, models: [only] }, timestamp: at });
  if (!result) throw new Error(`calcPrice found no price for ${id}`);
  return result.total_price;
}
