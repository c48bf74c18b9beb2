// Axes for the charts: d3-scale picks the domain and the "nice" ticks; these helpers pad the domain so
// no point sits on an axis line, thin log ticks to powers of ten (or 1-2-5 on short spans), and label
// ticks compactly ($0.01, $0.1, $1, $10; 500M, 1.5B). Pure and small: the calculator widgets ship it.
import { scaleLinear, scaleLog } from "d3-scale";

export type Tick = { at: number; label: string };

/** A built axis: where a value sits along it (0 at the low end, 100 at the high end) and its ticks. */
export type Axis = {
  /** Axis title with its unit, e.g. "USD per 1M tokens (log scale)". */
  label: string;
  domain: [number, number];
  ticks: Tick[];
  /** Position of a value along the axis, in percent of its length. */
  position: (value: number) => number;
  /** A value at full precision with its unit, for tooltips and the data table. */
  format: (value: number) => string;
};

type AxisOptions = {
  values: number[];
  label: string;
  /** Full-precision value with unit (tooltips, table). */
  format: (value: number) => string;
  /** Short tick label; defaults to `format`. */
  tickFormat?: (value: number) => string;
};

const compactMoney = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  notation: "compact",
  maximumSignificantDigits: 3,
});
const compactNum = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 3 });

/** Tick label for dollars: $0, $0.01, $0.1, $1, $10, $1.5K, $2M (no trailing zeros). */
export function compactUsd(value: number): string {
  return compactMoney.format(value);
}

/** Tick label for counts: 0, 0.5, 500M, 1.5B. */
export function compactNumber(value: number): string {
  return compactNum.format(value);
}

const cents = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const dollars = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const small = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumSignificantDigits: 3 });

/** A price in a tooltip or table: $37.50, $4.38, $1,460, and under a dollar three significant digits without padding ($0.06, $0.0005). */
export function formatPriceUsd(value: number): string {
  const abs = Math.abs(value);
  return (abs >= 1000 ? dollars : abs >= 1 ? cents : small).format(value);
}

const monthYear = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

/** "Aug 2025" for a UTC timestamp in milliseconds. */
export function formatMonthYear(ms: number): string {
  return monthYear.format(new Date(ms));
}

const extent = (values: number[]): [number, number] => {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) throw new Error("An axis needs at least one finite value");
  return [Math.min(...finite), Math.max(...finite)];
};

/** Keeps at most `max` ticks, taking every k-th one (from the first). */
function thin(ticks: number[], max: number): number[] {
  const step = Math.ceil(ticks.length / max);
  return step <= 1 ? ticks : ticks.filter((_, i) => i % step === 0);
}

/**
 * A linear axis. `zero` takes 0 into the domain (costs, volumes). d3's nice() rounds the ends out to
 * ticks; an end that still falls on a data value is then padded by `pad` of the span, so no point sits
 * on an axis line (the ticks stay at the round values inside).
 */
export function linearAxis({
  values,
  label,
  format,
  tickFormat = format,
  zero = true,
  pad = 0.04,
  count = 5,
}: AxisOptions & {
  zero?: boolean;
  pad?: number;
  count?: number;
}): Axis {
  let [lo, hi] = extent(values);
  if (zero) [lo, hi] = [Math.min(0, lo), Math.max(0, hi)];
  if (!(hi - lo > Math.max(Math.abs(lo), Math.abs(hi)) * 1e-9)) {
    // One value: a range around it (from 0 when anchored there).
    const half = Math.abs(lo) > 1e-9 ? Math.abs(lo) / 2 : 0.5;
    [lo, hi] = zero && lo === 0 ? [0, 2 * half] : [lo - half, hi + half];
  }
  const nice = scaleLinear().domain([lo, hi]).nice(count);
  const [n0, n1] = nice.domain() as [number, number];
  const margin = (n1 - n0) * pad;
  // Pad an end the data reaches, or all but reaches (999,999,999.9999999 on a nice 1e9 would sit on it).
  const close = (n1 - n0) * 1e-9;
  const domain: [number, number] = [lo - n0 <= close ? n0 - margin : n0, n1 - hi <= close ? n1 + margin : n1];
  const scale = scaleLinear().domain(domain).range([0, 100]);
  return {
    label,
    domain,
    ticks: nice.ticks(count).map((at) => ({ at, label: tickFormat(at) })),
    position: (v) => scale(v),
    format,
  };
}

const isMantissa = (v: number, allowed: number[]) => {
  const m = v / 10 ** Math.floor(Math.log10(v) + 1e-9);
  return allowed.some((a) => Math.abs(m - a) < 1e-6);
};

/**
 * A log-10 axis for positive values. The data range is widened by the factor `pad` on both sides, then
 * rounded out to powers of ten by d3's nice(). Ticks: powers of ten when the axis spans more than two
 * decades (every other power beyond six), 1-2-5 on one or two decades, d3's own under one decade.
 */
export function logAxis({
  values,
  label,
  format,
  tickFormat = format,
  pad = 1.4,
}: AxisOptions & { pad?: number }): Axis {
  const [min, max] = extent(values.filter((v) => v > 0));
  const scale = scaleLog()
    .domain([min / pad, max * pad])
    .range([0, 100]);
  if (Math.log10((max * pad) / (min / pad)) >= 1) scale.nice();
  const [d0, d1] = scale.domain() as [number, number];
  const decades = Math.log10(d1 / d0);
  const all = scale.ticks();
  let ticks: number[];
  if (decades > 6)
    ticks = thin(
      all.filter((v) => isMantissa(v, [1])),
      6,
    );
  else if (decades > 2) ticks = all.filter((v) => isMantissa(v, [1]));
  else if (decades >= 1 - 1e-9) ticks = all.filter((v) => isMantissa(v, [1, 2, 5]));
  else ticks = thin(all, 6);
  return {
    label,
    domain: [d0, d1],
    ticks: ticks.map((at) => ({ at, label: tickFormat(at) })),
    position: (v) => scale(v),
    format,
  };
}

/** `count` evenly spaced values from 0 to `max`, both included. */
export function evenSteps(max: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => (max * i) / (count - 1));
}
