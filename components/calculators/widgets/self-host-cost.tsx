"use client";

// The self-host-cost calculator's widget: the fleet's fixed monthly cost against an API bill growing with volume.
import { XYChart } from "@/components/charts/svg-charts";
import { compactNumber, compactUsd, evenSteps, linearAxis } from "@/lib/charts/axes";
import { apiMonthlyCostUsd, selfHostCost } from "@/lib/economics/self-host-cost";
import { formatNumber, formatUsd } from "@/lib/format";
import { CalculatorWidget, type ChartProps, type WidgetProps } from "../calculator-widget";

const num = (v: unknown) => (typeof v === "number" ? v : Number(v));
const tokens = (v: number) => `${formatNumber(v)} tokens/month`;

function SelfHostCostChart({ values, outputs }: ChartProps) {
  const api = num(values.apiPricePerM);
  if (!values.apiPricePerM || !(api > 0)) return null;
  const monthly = num(outputs.monthlyCostUsd);
  const capacity = num(outputs.capacityTokensPerMonth);
  const breakEven = outputs.breakEvenTokensPerMonth;
  if (![monthly, capacity].every(Number.isFinite)) return null;
  // The fleet line stops at what the fleet can serve: past it there is no fixed cost to draw.
  const xs = evenSteps(capacity * 1.2, 11);
  const apiCost = xs.map((x) => ({ x, y: apiMonthlyCostUsd(x, api) }));
  const fleet = evenSteps(capacity, 11).map((x) => ({ x, y: monthly }));
  return (
    <XYChart
      title={
        typeof breakEven === "number"
          ? "Monthly cost against monthly volume"
          : "Monthly cost against monthly volume: self-hosting never breaks even on this hardware"
      }
      x={linearAxis({ values: xs, label: "Output tokens per month", format: tokens, tickFormat: compactNumber })}
      y={linearAxis({
        values: [...apiCost.map((p) => p.y), monthly],
        label: "USD per month",
        format: (v) => `${formatUsd(v)}/month`,
        tickFormat: compactUsd,
      })}
      series={[
        { label: `API at ${formatUsd(api)}/1M tokens`, kind: "line", tone: 2, points: apiCost },
        {
          label: `Self-hosted fleet (fixed, up to its capacity of ${compactNumber(capacity)} tokens/month)`,
          kind: "line",
          tone: 1,
          points: fleet,
        },
        ...(typeof breakEven === "number"
          ? [
              {
                label: `Break-even at ${compactNumber(breakEven)} tokens/month`,
                kind: "points" as const,
                tone: "mark" as const,
                points: [{ x: breakEven, y: monthly, name: "Break-even" }],
              },
            ]
          : []),
      ]}
    />
  );
}

export default function SelfHostCostWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={selfHostCost} Chart={SelfHostCostChart} {...props} />;
}
