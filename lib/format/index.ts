// Number formatting shared by the server-rendered results, the widgets and the prose components.
// Pure and small: it ships to the browser with the widgets.

// Building an Intl.NumberFormat costs about 50 µs, formatting with one about 1 µs. A 50-turn agent session's
// tables and chart format over a thousand figures per edit: with a formatter built per call, that was about
// 40 of the 48 ms an edit took in Chromium (CPU profile). Each distinct set of options is built once.
const formatters = new Map<string, Intl.NumberFormat>();

/** The en-US formatter for these options, built on first use. */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", options);
    formatters.set(key, formatter);
  }
  return formatter;
}

const money = (currency: string, digits: number) =>
  numberFormat({ style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
const usd = (digits: number) => money("USD", digits);

/** Significant-figure rounding that keeps small prices readable ($0.0005) and large ones whole. */
function digitsFor(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0 || abs >= 100) return 0;
  if (abs >= 1) return 2;
  return Math.min(6, Math.max(2, 1 - Math.floor(Math.log10(abs)) + 1));
}

export function formatUsd(value: number): string {
  const abs = Math.abs(value);
  return usd(abs >= 1000 ? 0 : digitsFor(value)).format(value);
}

/** An amount already converted to `currency` ("EUR", "JPY"...), rounded as formatUsd rounds dollars. */
export function formatMoney(value: number, currency: string): string {
  return money(currency, Math.abs(value) >= 1000 ? 0 : digitsFor(value)).format(value);
}

export function formatNumber(value: number, maxDigits = 3): string {
  const abs = Math.abs(value);
  if (abs >= 1e7) return numberFormat({ notation: "compact", maximumFractionDigits: 2 }).format(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : maxDigits;
  return numberFormat({ maximumFractionDigits: digits }).format(value);
}

/** Bytes as decimal GB (10^9), with GiB beside when it differs enough to matter. */
export function formatBytes(bytes: number): string {
  if (Math.abs(bytes) < 1e6) return `${formatNumber(bytes, 0)} bytes`;
  if (Math.abs(bytes) < 1e9) return `${formatNumber(bytes / 1e6)} MB`;
  return `${formatNumber(bytes / 1e9)} GB (${formatNumber(bytes / 2 ** 30)} GiB)`;
}

/** Formats an output by its unit string, as the calculators declare them. A table reads as its row count here. */
export function formatValue(value: number | string | boolean | null | readonly unknown[], unit: string): string {
  if (value === null) return "—";
  if (typeof value === "object") return `${value.length} ${value.length === 1 ? "row" : "rows"}`;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return value;
  const u = unit.toLowerCase();
  if (u.startsWith("usd")) return formatUsd(value);
  if (u === "bytes") return formatBytes(value);
  if (u.includes("percent")) return `${formatNumber(value, 1)}%`;
  if (u.startsWith("%")) return `${formatNumber(value, 1)}${unit}`;
  if (u.startsWith("fraction")) return `${formatNumber(value * 100, 1)}%`;
  if (u === "ms") return `${formatNumber(value, 2)} ms`;
  if (u === "s" || u === "seconds") return `${formatNumber(value, 2)} s`;
  const number = formatNumber(value);
  return `${number} ${number.replace("-", "") === "1" ? singular(unit) : unit}`.trim();
}

/** "sequences" -> "sequence", "GPUs" -> "GPU", "tokens per second" -> "token per second"; "TFLOPS", "ms" stay. */
function singular(unit: string): string {
  return unit.replace(/^([A-Za-z]+)s\b/, (word, stem: string) => (stem.length < 2 || /ss$/.test(word) ? word : stem));
}

/**
 * The part of a money unit that formatValue leaves out: "USD per 1M tokens" -> "per 1M tokens",
 * "USD per month (730 h)" -> "per month (730 h)"; "" for a plain "USD".
 */
export function moneyRate(unit: string): string {
  return /^USD\s+(per\s.+)$/i.exec(unit.trim())?.[1] ?? "";
}

/** formatValue with a money unit's rate kept: "$4.00 per 1M tokens" (for result lists, not prose). */
export function formatValueWithRate(
  value: number | string | boolean | null | readonly unknown[],
  unit: string,
): string {
  const text = formatValue(value, unit);
  const rate = typeof value === "number" ? moneyRate(unit) : "";
  return rate ? `${text} ${rate}` : text;
}
