// Number formats for weights and KV-cache elements, and their size in bytes.
import { z } from "zod/mini";

export const PRECISIONS = ["fp32", "fp16", "bf16", "fp8", "int8", "int4", "fp4"] as const;

export const precisionSchema = z.enum(PRECISIONS);

export type Precision = z.output<typeof precisionSchema>;

/** Bytes per parameter (or per cache element). Group scales of 4-bit formats are not counted. */
export const BYTES_PER_PARAM: Readonly<Record<Precision, number>> = {
  fp32: 4,
  fp16: 2,
  bf16: 2,
  fp8: 1,
  int8: 1,
  int4: 0.5,
  fp4: 0.5,
};

export function bytesPerParam(precision: Precision): number {
  return BYTES_PER_PARAM[precision];
}
