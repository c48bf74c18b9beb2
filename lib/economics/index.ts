// The calculators, in display order.
import type { z } from "zod/mini";
import { parseInput, type InputIssue, type Outputs } from "./calculator";
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

/**
 * Parses raw (string) input for any calculator and computes its outputs. The cast is safe because
 * compute receives exactly the output of the calculator's own schema.
 */
export function runCalculator(
  calculator: AnyCalculator,
  raw: Record<string, unknown>,
): { ok: true; input: Record<string, unknown>; outputs: Outputs } | { ok: false; issues: InputIssue[] } {
  const parsed = parseInput<z.ZodMiniObject>(calculator, raw);
  if (!parsed.ok) return parsed;
  const compute = calculator.compute as unknown as (input: Record<string, unknown>) => Outputs;
  return { ok: true, input: parsed.value, outputs: compute(parsed.value) };
}

export { deployment, apiCost, blendedPrice, selfHostCost, ownedGpuCost, gpuMemory, decodeThroughput, moe, margin, priceDecline };
