"use client";

// The deployment planner's chart: the fleet's monthly cost, a step per replica, against the cheapest APIs.
// Its own module, so its code (and d3) loads on demand, after the widget's headline (see chart-on-demand.tsx).
import { XYChart } from "@/components/charts/svg-charts";
import { compactNumber, compactUsd, linearAxis } from "@/lib/charts/axes";
import { parseInput } from "@/lib/economics/calculator";
import { apiQuotes, DAYS_PER_MONTH, deployment, replicaSteps } from "@/lib/economics/deployment";
import { HOURS_PER_MONTH } from "@/lib/economics/self-host-cost";
import { formatNumber, formatUsd } from "@/lib/format";
import type { ChartProps } from "../calculator-widget";

const num = (v: unknown) => (typeof v === "number" ? v : Number(v));
const requests = (v: number) => `${formatNumber(v)} requests/day`;

export default function DeploymentChart({ values, outputs }: ChartProps) {
  const plan = parseInput(deployment, values);
  const price = num(values.gpuHourlyUsd);
  if (
    !plan.ok ||
    outputs.fits !== true ||
    !(price >= 0) ||
    values.gpuHourlyUsd === "" ||
    values.gpuHourlyUsd === undefined
  )
    return null;
  const perReplica = (num(outputs.requestsPerSecondPerReplica) * 86_400) / plan.value.peakToAverage;
  const replicaMonthly = num(outputs.gpusPerReplica) * price * HOURS_PER_MONTH;
  const breakEven = outputs.breakEvenRequestsPerDay;
  const quotes = apiQuotes(plan.value)
    .quotes.sort((a, b) => a.costPerRequestUsd - b.costPerRequestUsd)
    .slice(0, 3);
  const xMax = Math.max(plan.value.requestsPerDay, typeof breakEven === "number" ? breakEven : 0, perReplica) * 1.25;
  const steps = replicaSteps(xMax, perReplica, replicaMonthly).map(([x, y]) => ({ x, y }));
  const apiLines = quotes.map((q) => [
    { x: 0, y: 0 },
    { x: xMax, y: q.costPerRequestUsd * xMax * DAYS_PER_MONTH },
  ]);
  return (
    <XYChart
      title={
        quotes.length === 0
          ? "Monthly cost against requests per day (no API to compare)"
          : typeof breakEven === "number"
            ? `Monthly cost against requests per day: self-hosting wins from ${compactNumber(breakEven)} requests a day`
            : "Monthly cost against requests per day: self-hosting never breaks even with the cheapest API on this hardware"
      }
      x={linearAxis({ values: [0, xMax], label: "Requests per day", format: requests, tickFormat: compactNumber })}
      y={linearAxis({
        values: [0, ...steps.map((p) => p.y), ...apiLines.flat().map((p) => p.y)],
        label: "USD per month",
        format: (v) => `${formatUsd(v)}/month`,
        tickFormat: compactUsd,
      })}
      series={[
        {
          label: `Self-hosted, ${Number(outputs.gpusPerReplica)} GPUs per replica (a step per replica)`,
          kind: "step",
          tone: 1,
          points: steps,
        },
        ...quotes.map((q, k) => ({
          label: q.name,
          kind: "line" as const,
          tone: (k + 2) as 2 | 3 | 4,
          points: apiLines[k]!,
        })),
        ...(typeof breakEven === "number"
          ? [
              {
                label: `Break-even at ${compactNumber(breakEven)} requests/day`,
                kind: "points" as const,
                tone: "mark" as const,
                points: [{ x: breakEven, y: replicaMonthly * Math.ceil(breakEven / perReplica), name: "Break-even" }],
              },
            ]
          : []),
      ]}
    />
  );
}
