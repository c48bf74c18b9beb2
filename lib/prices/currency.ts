// USD amounts in the other currencies the site shows, at one dated set of reference rates
// (content/data/fx-rates.json), with the words every converted figure carries.
import { CURRENCIES, loadDatasets, type Currency } from "@/lib/content/datasets";
import { formatMoney } from "@/lib/format";

export { CURRENCIES, type Currency };

export const isCurrency = (v: string): v is Currency => (CURRENCIES as readonly string[]).includes(v);

/** Units of `currency` per US dollar, crossed through the IMF's SDR rates of the dataset's day. */
export function unitsPerUsd(currency: Currency): number {
  const { sdrPerUnit } = loadDatasets().fxRates;
  return sdrPerUnit.USD / sdrPerUnit[currency];
}

/** A USD amount written in `currency`. */
export function formatIn(usd: number, currency: Currency): string {
  return formatMoney(currency === "USD" ? usd : usd * unitsPerUsd(currency), currency);
}

/** The rate, its day and its source, in words, for beside a converted figure; null for USD. */
export function conversionNote(
  currency: Currency,
): { text: string; date: string; source: { title: string; url: string } } | null {
  if (currency === "USD") return null;
  const { date, source } = loadDatasets().fxRates;
  return {
    text: `Converted from USD at 1 USD = ${formatRate(currency)} ${currency}, the IMF reference rate of ${date}.`,
    date,
    source,
  };
}

/** Units per dollar, to four decimals below 10 (0.8683) and two above (159.53). */
export function formatRate(currency: Currency): string {
  const rate = unitsPerUsd(currency);
  return rate.toFixed(rate >= 10 ? 2 : 4);
}
