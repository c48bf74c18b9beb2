import { z } from "zod/mini";
import { defineCalculator } from "./calculator";
import { inputMeta, numberInput } from "./fields";

const input = z.strictObject({
  pricePerM: numberInput(
    { min: 0.000001, max: 1_000_000, default: 0.7243 },
    inputMeta({ label: "Price (revenue)", unit: "USD per 1M tokens", term: "token-pricing", step: 0.0001 }),
  ),
  costPerM: numberInput(
    { min: 0.000001, max: 1_000_000, default: 0.1122 },
    inputMeta({ label: "Cost to serve", unit: "USD per 1M tokens", term: "inference-cost", step: 0.0001 }),
  ),
});

export const margin = defineCalculator({
  id: "margin",
  title: "Gross margin and markup per million tokens",
  description:
    "How much of each token dollar is profit, as gross margin (share of price) and as markup (share of cost), which are easily confused.",
  term: "inference-economics",
  input,
  compute: (i) => {
    const grossProfitPerM = i.pricePerM - i.costPerM;
    return {
      grossMarginPct: (grossProfitPerM / i.pricePerM) * 100,
      markupPct: (grossProfitPerM / i.costPerM) * 100,
      grossProfitPerM,
    };
  },
  outputs: {
    grossMarginPct: { label: "Gross margin", unit: "% of price" },
    markupPct: { label: "Markup (cost-profit margin)", unit: "% of cost" },
    grossProfitPerM: { label: "Gross profit", unit: "USD per 1M tokens" },
  },
  headline: "grossMarginPct",
  formula: [
    "grossProfitPerM = pricePerM − costPerM",
    "grossMarginPct = (pricePerM − costPerM) ÷ pricePerM × 100",
    "markupPct = (pricePerM − costPerM) ÷ costPerM × 100",
  ],
  assumptions: [
    "Defaults: DeepSeek's theoretical day of 1 Mar 2025, $562,027 of revenue at R1 list prices against $87,072 of GPU cost over 776B tokens (608B input, 168B output), i.e. about $0.7243 and $0.1122 per million tokens: 84.5% gross margin, 545% markup.",
    "Cost is the direct cost of serving (GPU hours and other cost of goods); research, staff and free-tier traffic are outside it unless you add them.",
    "Company-level margins reported in the press use undisclosed cost bases and are not comparable with this per-token unit margin.",
  ],
});
