import { compactUsd, formatMonthYear, formatPriceUsd, logAxis } from "@/lib/charts/axes";
import { timeAxis } from "@/lib/charts/time-axis";
import { loadDatasets } from "@/lib/content/datasets";
import { XYChart, type Series, type Shape, type Tone } from "./svg-charts";

/** "2024-05" (or "2024-05-13") as a UTC timestamp. */
const monthStart = (date: string) => {
  const [y, m = "1", d = "1"] = date.split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
};

const shapes: Shape[] = ["circle", "square", "diamond", "triangle"];

/** List prices over time from content/data/price-history.json, one colour and shape per provider (3:1 blend, log scale). */
export function PriceHistoryChart() {
  const points = loadDatasets().priceHistory;
  const providers = [...new Set(points.map((p) => p.provider))];
  const series: Series[] = providers.map((provider, i) => ({
    label: provider,
    tone: ((i % 5) + 1) as Tone,
    shape: shapes[i % shapes.length],
    kind: "points",
    points: points
      .filter((p) => p.provider === provider)
      .map((p) => ({ x: monthStart(p.date), y: p.blended3to1PerM, name: p.model }))
      .sort((a, b) => a.x - b.x),
  }));
  const newest = points.reduce((a, b) => (monthStart(b.date) > monthStart(a.date) ? b : a));
  return (
    <XYChart
      title="List prices over time, by provider (3:1 blended input:output, USD per 1M tokens)"
      x={timeAxis({
        values: series.flatMap((s) => s.points.map((p) => p.x)),
        label: "Date of the list price",
        format: formatMonthYear,
      })}
      y={logAxis({
        values: points.map((p) => p.blended3to1PerM),
        label: "USD per 1M tokens (log scale)",
        format: (v) => `${formatPriceUsd(v)} per 1M tokens`,
        tickFormat: compactUsd,
      })}
      series={series}
      note={`Each point is one model's list price on that date. Newest point: ${newest.model}, ${formatMonthYear(monthStart(newest.date))}.`}
    />
  );
}
