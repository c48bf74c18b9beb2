"use client";

// The price-decline calculator's widget: the price at the constant annual rate, year by year.
import { XYChart } from "@/components/charts/svg-charts";
import { compactUsd, evenSteps, formatPriceUsd, linearAxis, logAxis } from "@/lib/charts/axes";
import { priceAfterYears, priceDecline } from "@/lib/economics/price-decline";
import { formatNumber } from "@/lib/format";
import { CalculatorWidget, type ChartProps, type WidgetProps } from "../calculator-widget";

const num = (v: unknown) => (typeof v === "number" ? v : Number(v));
const plural = (n: number, word: string) => `${formatNumber(n, 2)} ${word}${n === 1 ? "" : "s"}`;

/** Whole years from 0 to `years`, at most about ten of them (the focusable points of a decline). */
function yearMarks(years: number): number[] {
  const step = Math.max(1, Math.ceil(years / 10));
  const marks = Array.from({ length: Math.floor(years / step) + 1 }, (_, i) => i * step);
  return marks.at(-1) === years ? marks : [...marks, years];
}

function PriceDeclineChart({ values, outputs }: ChartProps) {
  const start = num(values.startPricePerM);
  const years = num(values.years);
  const factor = num(outputs.annualDeclineFactor);
  if (!(start > 0 && years > 0 && factor > 0)) return null;
  const curve = evenSteps(years, 13).map((t) => ({ x: t, y: priceAfterYears(start, factor, t) }));
  const marks = yearMarks(years).map((t) => ({ x: t, y: priceAfterYears(start, factor, t) }));
  const label = `${formatNumber(factor, 2)}× cheaper each year`;
  return (
    <XYChart
      title="Price per million tokens at the constant annual rate"
      x={linearAxis({
        values: [0, years],
        label: "Years from the starting price",
        format: (t) => `after ${plural(t, "year")}`,
        tickFormat: (t) => formatNumber(t, 1),
      })}
      y={logAxis({
        values: curve.map((p) => p.y),
        label: "USD per 1M tokens (log scale)",
        format: (v) => `${formatPriceUsd(v)} per 1M tokens`,
        tickFormat: compactUsd,
      })}
      series={[
        { label, kind: "line", tone: 1, points: curve, table: false },
        { label, kind: "points", tone: 1, points: marks, legend: false },
      ]}
    />
  );
}

export default function PriceDeclineWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={priceDecline} Chart={PriceDeclineChart} {...props} />;
}
