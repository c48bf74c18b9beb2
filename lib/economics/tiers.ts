// Market price tiers on the 3:1 blended price (USD per 1M tokens). The bands follow the domain model
// (shared/domain-model.md §7.4): the gaps between them are real; some models sit between tiers.
export const priceTiers = [
  { id: "commodity", label: "Commodity", minPerM: 0.01, maxPerM: 0.1 },
  { id: "mid", label: "Mid", minPerM: 0.1, maxPerM: 2 },
  { id: "premium", label: "Premium / frontier", minPerM: 3, maxPerM: 40 },
] as const;
