import { z } from "zod/mini";
import { defineCalculator } from "./calculator";
import { inputMeta, numberInput } from "./fields";

const HOURS_PER_YEAR = 8_760;

const input = z.strictObject({
  purchasePriceUsd: numberInput(
    { min: 0, max: 1_000_000_000, default: 37_500 },
    inputMeta({
      label: "Purchase price",
      term: "capex-vs-opex",
      unit: "USD",
      step: 100,
      description: "Price of the hardware, with its share of networking and storage.",
    }),
  ),
  lifetimeYears: numberInput(
    { min: 0.1, max: 30, default: 3 },
    inputMeta({
      label: "Useful life",
      term: "total-cost-of-ownership",
      unit: "years",
      step: 0.5,
      description: "Straight-line depreciation period (3–5 years is typical).",
    }),
  ),
  utilization: numberInput(
    { min: 0.001, max: 1, default: 0.7 },
    inputMeta({
      label: "Utilization",
      term: "utilization",
      unit: "fraction (0-1]",
      step: 0.05,
      description: "Share of hours doing useful work.",
    }),
  ),
  powerKw: numberInput(
    { min: 0, max: 1_000, default: 1.275 },
    inputMeta({
      label: "Power draw",
      term: "energy-cost-per-token",
      unit: "kW",
      step: 0.01,
      description:
        "Average wall power of the hardware bought; an 8×H100 node draws about 10.2 kW, i.e. ~1.275 kW per GPU with its host share.",
    }),
  ),
  pue: numberInput(
    { min: 1, max: 3, default: 1.2 },
    inputMeta({
      label: "Power usage effectiveness (PUE)",
      term: "energy-cost-per-token",
      unit: "ratio",
      step: 0.05,
      description: "Facility power ÷ IT power: 1.1–1.3 in hyperscale sites, 1.5 or more in older colocation.",
    }),
  ),
  electricityUsdPerKwh: numberInput(
    { min: 0, max: 10, default: 0.1 },
    inputMeta({ label: "Electricity price", term: "energy-cost-per-token", unit: "USD per kWh", step: 0.01 }),
  ),
  otherUsdPerHour: numberInput(
    { min: 0, max: 10_000, default: 0 },
    inputMeta({
      label: "Other costs",
      term: "total-cost-of-ownership",
      unit: "USD per hour",
      step: 0.01,
      description: "Colocation, operations and staff, per hour.",
    }),
  ),
});

export const ownedGpuCost = defineCalculator({
  id: "owned-gpu-cost",
  title: "Owned GPU cost per useful hour",
  description:
    "What an hour of useful work on hardware you own costs once purchase, power and running costs are spread over its life and utilization.",
  term: "inference-cost",
  input,
  compute: (i) => {
    const capexPerHourUsd = i.purchasePriceUsd / (i.lifetimeYears * HOURS_PER_YEAR);
    const powerPerHourUsd = i.powerKw * i.pue * i.electricityUsdPerKwh;
    const hourlyCostUsd = capexPerHourUsd + powerPerHourUsd + i.otherUsdPerHour;
    return {
      costPerUsefulHourUsd: hourlyCostUsd / i.utilization,
      capexPerHourUsd,
      powerPerHourUsd,
      hourlyCostUsd,
    };
  },
  outputs: {
    costPerUsefulHourUsd: { label: "Cost per useful hour", unit: "USD per hour" },
    capexPerHourUsd: { label: "Depreciation per hour", unit: "USD per hour" },
    powerPerHourUsd: { label: "Power per hour", unit: "USD per hour" },
    hourlyCostUsd: { label: "Total cost per hour", unit: "USD per hour" },
  },
  headline: "costPerUsefulHourUsd",
  formula: [
    "capexPerHourUsd = purchasePriceUsd ÷ (lifetimeYears × 8,760)",
    "powerPerHourUsd = powerKw × pue × electricityUsdPerKwh",
    "hourlyCostUsd = capexPerHourUsd + powerPerHourUsd + otherUsdPerHour",
    "costPerUsefulHourUsd = hourlyCostUsd ÷ utilization",
  ],
  assumptions: [
    "Defaults: one H100 at $37,500, an eighth of an 8×H100 HGX node at the low end of the ~$300–350k seen in 2025–26 third-party material (the domain model's §2.2, low confidence), over 3 years at 70% utilization (≈ $2.04 per useful hour for the hardware alone), drawing 1.275 kW (the node's 10.2 kW split over 8 GPUs) at PUE 1.2.",
    "The $0.10 per kWh electricity default is illustrative, not a sourced figure; set your own tariff.",
    "Straight-line depreciation to zero, with no resale value, financing cost or tax effects.",
    "Power is drawn every hour at the given average, busy or idle.",
    "Compare the result with rental prices per GPU-hour; it is a cost per hour, not per token.",
  ],
});
