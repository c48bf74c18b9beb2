// How the model pages write prices, token counts and context windows.
const perMFormat = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** A per-1M price; a dash where the model has no separate price for the class. */
export const perM = (v: number | null | undefined) => (v === null || v === undefined ? "—" : perMFormat.format(v));

/** 128000 as "128K", 1048576 as "1M". */
export const tokensShort = (v: number | null | undefined) => (v === null || v === undefined ? "—" : compact.format(v));

export const tokens = (v: number) => v.toLocaleString("en-US");
