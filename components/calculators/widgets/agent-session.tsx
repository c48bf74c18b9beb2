"use client";

// The agent-session calculator's widget: the session's cumulative cost under each caching strategy.
import { XYChart } from "@/components/charts/svg-charts";
import { compactUsd, linearAxis } from "@/lib/charts/axes";
import { agentSession } from "@/lib/economics/agent-session";
import { formatNumber, formatUsd } from "@/lib/format";
import { CalculatorWidget, type ChartProps, type WidgetProps } from "../calculator-widget";

const num = (v: unknown) => (typeof v === "number" ? v : Number(v));
const strategies = [
  ["none", "No caching", 5],
  ["automatic", "Automatic", 1],
  ["explicit-5m", "Explicit, 5 min", 2],
  ["explicit-1h", "Explicit, 1 hour", 3],
] as const;

function AgentSessionChart({ outputs }: ChartProps) {
  const rows = Array.isArray(outputs.cumulativeCostUsd) ? outputs.cumulativeCostUsd : [];
  const series = strategies.flatMap(([key, label, tone]) =>
    rows.some((r) => typeof r[key] === "number")
      ? [{ label, kind: "line" as const, tone, points: rows.map((r, n) => ({ x: n + 1, y: num(r[key]) })) }]
      : [],
  );
  if (series.length === 0) return null;
  return (
    <XYChart
      title="Cumulative session cost by caching strategy"
      x={linearAxis({
        values: [1, rows.length],
        label: "Request",
        format: (v) => `request ${formatNumber(v, 0)}`,
        tickFormat: (v) => formatNumber(v, 0),
      })}
      y={linearAxis({
        values: [0, ...series.flatMap((s) => s.points.map((p) => p.y))],
        label: "USD",
        format: (v) => formatUsd(v),
        tickFormat: compactUsd,
      })}
      series={series}
    />
  );
}

export default function AgentSessionWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={agentSession} Chart={AgentSessionChart} {...props} />;
}
