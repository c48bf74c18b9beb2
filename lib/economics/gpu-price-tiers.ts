// Where a GPU-hour is bought. The dataset lists a dated price per tier; "owned" is computed by the
// owned-gpu-cost calculator, never listed. Pure, so pickers (shipped to the browser) can use the labels.
export const GPU_PRICE_TIERS = [
  { id: "hyperscaler-on-demand", label: "Hyperscaler, on demand" },
  { id: "specialist-cloud", label: "Specialist cloud, on demand" },
  { id: "marketplace", label: "Marketplace" },
  { id: "reserved-1y", label: "Reserved, 1 year" },
  { id: "reserved-3y", label: "Reserved, 3 years" },
] as const;

export type GpuPriceTierId = (typeof GPU_PRICE_TIERS)[number]["id"];

/** The planner's tiers: the dataset's, and owning the GPU. */
export const PLANNER_PRICE_TIERS = [
  "hyperscaler-on-demand",
  "specialist-cloud",
  "marketplace",
  "reserved-1y",
  "reserved-3y",
  "owned",
] as const satisfies readonly (GpuPriceTierId | "owned")[];
