import { agentSession } from "./agent-session";
import { apiCost } from "./api-cost";
import { blendedPrice } from "./blended-price";
import { decodeThroughput } from "./decode-throughput";
import { deployment } from "./deployment";
import { gpuMemory } from "./gpu-memory";
import { margin } from "./margin";
import { moe } from "./moe";
import { ownedGpuCost } from "./owned-gpu-cost";
import { priceDecline } from "./price-decline";
import { selfHostCost } from "./self-host-cost";

// The calculators, in display order.
export { runCalculator } from "./calculator";

export const calculators = [
  deployment,
  apiCost,
  agentSession,
  blendedPrice,
  selfHostCost,
  ownedGpuCost,
  gpuMemory,
  decodeThroughput,
  moe,
  margin,
  priceDecline,
] as const;

export type AnyCalculator = (typeof calculators)[number];
export type CalculatorId = AnyCalculator["id"];

export function getCalculator(id: string): AnyCalculator | undefined {
  return calculators.find((c) => c.id === id);
}

export {
  deployment,
  apiCost,
  blendedPrice,
  selfHostCost,
  ownedGpuCost,
  gpuMemory,
  decodeThroughput,
  moe,
  margin,
  priceDecline,
};
