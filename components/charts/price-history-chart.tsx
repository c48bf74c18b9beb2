import { formatUsd } from "@/lib/calculators/format";
import { loadDatasets } from "@/lib/content/datasets";
import { LineChart, type Series } from "./svg-charts";

const year = (date: string) => {
  const [y, m = "1"] = date.split("-");
  return Number(y) + (Number(m) - 1) / 12;
};

/** List prices over time from content/data/price-history.json, one line per provider (3:1 blend, log scale). */
export function PriceHistoryChart() {
  const points = loadDatasets().priceHistory;
  const providers = [...new Set(points.map((p) => p.provider))];
  const series: Series[] = providers.map((provider, i) => ({
    label: provider,
    className: `s${(i % 5) + 1}`,
    dots: true,
    points: points
      .filter((p) => p.provider === provider)
      .map((p) => [year(p.date), p.blended3to1PerM] as [number, number])
      .sort((a, b) => a[0] - b[0]),
  }));
  return (
    <LineChart
      title="List prices over time, by provider (3:1 blended, USD per 1M tokens)"
      xLabel="year"
      yLabel="log scale; each point is one model's list price on that date"
      formatX={(v) => String(Math.floor(v))}
      formatY={formatUsd}
      series={series}
      logY
    />
  );
}
