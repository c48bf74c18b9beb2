// Picks the chart that says more than the numbers for a calculator, from its inputs and outputs.
import { formatBytes, formatNumber, formatUsd } from "@/lib/calculators/format";
import { compactNumber, compactUsd, formatPriceUsd, linearAxis, logAxis } from "@/lib/charts/axes";
import { parseInput, type Outputs } from "@/lib/economics/calculator";
import { apiQuotes, DAYS_PER_MONTH, deployment } from "@/lib/economics/deployment";
import { HOURS_PER_MONTH } from "@/lib/economics/self-host-cost";
import { apiMonthlyCostUsd, evenSteps, priceAfterYears, replicaSteps } from "@/lib/economics/series";
import { priceTiers } from "@/lib/economics/tiers";
import { BandChart, StackedBar, XYChart } from "../charts/svg-charts";

type Props = { id: string; values: Record<string, string>; outputs: Outputs };

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
      // The same usable fraction as the calculator's "KV tokens that fit".
      const capacity = num(outputs.usableBytes);
      const overhead = num(values.overheadGB || 0) * 1e9;
      const used = num(outputs.weightBytes) + num(outputs.kvCacheBytes) + overhead;
      return (
        <StackedBar
          title={`Usable memory on ${values.gpuCount} × ${values.gpuMemoryGB} GB at ${values.memoryFraction} of each`}
          format={formatBytes}
          segments={[
            { label: "Weights", value: num(outputs.weightBytes), tone: 1 },
            { label: "KV cache", value: num(outputs.kvCacheBytes), tone: 2 },
            { label: "Overhead", value: overhead, tone: 3 },
            { label: used > capacity ? "Over usable memory by" : "Usable memory left", value: Math.abs(capacity - used), tone: used > capacity ? "bad" : "neutral" },
          ]}
        />
      );
    }
    case "self-host-cost": {
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
          title={typeof breakEven === "number" ? "Monthly cost against monthly volume" : "Monthly cost against monthly volume: self-hosting never breaks even on this hardware"}
          x={linearAxis({ values: xs, label: "Output tokens per month", format: tokens, tickFormat: compactNumber })}
          y={linearAxis({
            values: [...apiCost.map((p) => p.y), monthly],
            label: "USD per month",
            format: (v) => `${formatUsd(v)}/month`,
            tickFormat: compactUsd,
          })}
          series={[
            { label: `API at ${formatUsd(api)}/1M tokens`, kind: "line", tone: 2, points: apiCost },
            { label: `Self-hosted fleet (fixed, up to its capacity of ${compactNumber(capacity)} tokens/month)`, kind: "line", tone: 1, points: fleet },
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
    case "deployment": {
      const plan = parseInput(deployment, values);
      const price = num(values.gpuHourlyUsd);
      if (!plan.ok || outputs.fits !== true || !(price >= 0) || values.gpuHourlyUsd === "" || values.gpuHourlyUsd === undefined) return null;
      const perReplica = (num(outputs.requestsPerSecondPerReplica) * 86_400) / plan.value.peakToAverage;
      const replicaMonthly = num(outputs.gpusPerReplica) * price * HOURS_PER_MONTH;
      const breakEven = outputs.breakEvenRequestsPerDay;
      const quotes = apiQuotes(plan.value).quotes.sort((a, b) => a.costPerRequestUsd - b.costPerRequestUsd).slice(0, 3);
      const xMax = Math.max(plan.value.requestsPerDay, typeof breakEven === "number" ? breakEven : 0, perReplica) * 1.25;
      const steps = replicaSteps(xMax, perReplica, replicaMonthly).map(([x, y]) => ({ x, y }));
      const apiLines = quotes.map((q) => [
        { x: 0, y: 0 },
        { x: xMax, y: q.costPerRequestUsd * xMax * DAYS_PER_MONTH },
      ]);
      const requests = (v: number) => `${formatNumber(v)} requests/day`;
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
            // eslint-disable-next-line @typescript-eslint/restrict-template-expressions, @typescript-eslint/no-base-to-string -- a count, set whenever the chart is drawn
            { label: `Self-hosted, ${outputs.gpusPerReplica} GPUs per replica (a step per replica)`, kind: "step", tone: 1, points: steps },
            ...quotes.map((q, k) => ({ label: q.name, kind: "line" as const, tone: (k + 2) as 2 | 3 | 4, points: apiLines[k]! })),
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
    case "agent-session": {
      const rows = Array.isArray(outputs.cumulativeCostUsd) ? outputs.cumulativeCostUsd : [];
      const strategies = [
        ["none", "No caching", 5],
        ["automatic", "Automatic", 1],
        ["explicit-5m", "Explicit, 5 min", 2],
        ["explicit-1h", "Explicit, 1 hour", 3],
      ] as const;
      const series = strategies.flatMap(([key, label, tone]) =>
        rows.some((r) => typeof r[key] === "number") ? [{ label, kind: "line" as const, tone, points: rows.map((r, n) => ({ x: n + 1, y: num(r[key]) })) }] : [],
      );
      if (series.length === 0) return null;
      return (
        <XYChart
          title="Cumulative session cost by caching strategy"
          x={linearAxis({ values: [1, rows.length], label: "Request", format: (v) => `request ${formatNumber(v, 0)}`, tickFormat: (v) => formatNumber(v, 0) })}
          y={linearAxis({ values: [0, ...series.flatMap((s) => s.points.map((p) => p.y))], label: "USD", format: (v) => formatUsd(v), tickFormat: compactUsd })}
          series={series}
        />
      );
    }
    default:
      return null;
  }
}
