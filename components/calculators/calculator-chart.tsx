// Picks the chart that says more than the numbers for a calculator, from its inputs and outputs.
import { formatBytes, formatNumber, formatUsd } from "@/lib/calculators/format";
import { compactNumber, compactUsd, formatPriceUsd, linearAxis, logAxis } from "@/lib/charts/axes";
import { apiMonthlyCostUsd, evenSteps, priceAfterYears } from "@/lib/economics/series";
import { priceTiers } from "@/lib/economics/tiers";
import { BandChart, StackedBar, XYChart } from "../charts/svg-charts";

type Props = { id: string; values: Record<string, string>; outputs: Record<string, number | string | boolean | null> };

const num = (v: unknown) => (typeof v === "number" ? v : Number(v));
const tokens = (v: number) => `${formatNumber(v)} tokens/month`;
const plural = (n: number, word: string) => `${formatNumber(n, 2)} ${word}${n === 1 ? "" : "s"}`;

/** Whole years from 0 to `years`, at most about ten of them (the focusable points of a decline). */
function yearMarks(years: number): number[] {
  const step = Math.max(1, Math.ceil(years / 10));
  const marks = Array.from({ length: Math.floor(years / step) + 1 }, (_, i) => i * step);
  return marks.at(-1) === years ? marks : [...marks, years];
}

export function CalculatorChart({ id, values, outputs }: Props) {
  switch (id) {
    case "gpu-memory": {
      const capacity = num(values.gpuCount) * num(values.gpuMemoryGB) * 1e9;
      const overhead = num(values.overheadGB || 0) * 1e9;
      const used = num(outputs.weightBytes) + num(outputs.kvCacheBytes) + overhead;
      return (
        <StackedBar
          title={`Memory on ${values.gpuCount} × ${values.gpuMemoryGB} GB`}
          format={formatBytes}
          segments={[
            { label: "Weights", value: num(outputs.weightBytes), tone: 1 },
            { label: "KV cache", value: num(outputs.kvCacheBytes), tone: 2 },
            { label: "Overhead", value: overhead, tone: 3 },
            { label: used > capacity ? "Over capacity by" : "Free", value: Math.abs(capacity - used), tone: used > capacity ? "bad" : "neutral" },
          ]}
        />
      );
    }
    case "self-host-cost": {
      const api = num(values.apiPricePerM);
      if (!values.apiPricePerM || !(api > 0)) return null;
      const monthly = num(outputs.monthlyCostUsd);
      const capacity = num(outputs.tokensPerMonth) / num(values.utilization);
      const breakEven = num(outputs.breakEvenTokensPerMonth);
      if (![monthly, capacity, breakEven].every(Number.isFinite)) return null;
      const xMax = Math.max(capacity, breakEven) * 1.2;
      const xs = evenSteps(xMax, 11);
      const apiCost = xs.map((x) => ({ x, y: apiMonthlyCostUsd(x, api) }));
      return (
        <XYChart
          title="Monthly cost against monthly volume"
          x={linearAxis({ values: xs, label: "Tokens per month", format: tokens, tickFormat: compactNumber })}
          y={linearAxis({
            values: [...apiCost.map((p) => p.y), monthly],
            label: "USD per month",
            format: (v) => `${formatUsd(v)}/month`,
            tickFormat: compactUsd,
          })}
          series={[
            { label: `API at ${formatUsd(api)}/1M tokens`, kind: "line", tone: 2, points: apiCost },
            { label: "Self-hosted fleet (fixed)", kind: "line", tone: 1, points: xs.map((x) => ({ x, y: monthly })) },
            {
              label: `Break-even at ${compactNumber(breakEven)} tokens/month`,
              kind: "points",
              tone: "mark",
              points: [{ x: breakEven, y: monthly, name: "Break-even" }],
            },
          ]}
        />
      );
    }
    case "price-decline": {
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
          x={linearAxis({ values: [0, years], label: "Years from the starting price", format: (t) => `after ${plural(t, "year")}`, tickFormat: (t) => formatNumber(t, 1) })}
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
    case "blended-price": {
      const blended = num(outputs.blendedPricePerMUsd);
      if (!(blended > 0)) return null;
      const tier = priceTiers.find((t) => blended >= t.minPerM && blended < t.maxPerM);
      const axis = logAxis({
        values: [blended, ...priceTiers.flatMap((t) => [t.minPerM, t.maxPerM])],
        label: "USD per 1M tokens, 3:1 blend (log scale)",
        format: formatPriceUsd,
        tickFormat: compactUsd,
      });
      return (
        <>
          <BandChart
            title="Where this blend sits among the market tiers"
            axis={axis}
            bands={priceTiers.map((t) => ({ label: t.label, min: t.minPerM, max: t.maxPerM }))}
            value={blended}
            valueLabel="This blend"
          />
          <p className="tier-note">
            On the site&apos;s tier bands this is{" "}
            <strong>{tier ? `${tier.label} (${formatUsd(tier.minPerM)}–${formatUsd(tier.maxPerM)} per 1M)` : "between tiers"}</strong>.
          </p>
        </>
      );
    }
    default:
      return null;
  }
}
