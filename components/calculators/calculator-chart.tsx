// Picks the chart that says more than the numbers for a calculator, from its inputs and outputs.
import { formatBytes, formatNumber, formatUsd } from "@/lib/calculators/format";
import { parseInput } from "@/lib/economics/calculator";
import { apiQuotes, DAYS_PER_MONTH, deployment } from "@/lib/economics/deployment";
import { HOURS_PER_MONTH } from "@/lib/economics/self-host-cost";
import { apiMonthlyCostUsd, evenSteps, priceAfterYears, replicaSteps } from "@/lib/economics/series";
import { priceTiers } from "@/lib/economics/tiers";
import type { Outputs } from "@/lib/economics/calculator";
import { BandChart, LineChart, StackedBar } from "../charts/svg-charts";

type Props = { id: string; values: Record<string, string>; outputs: Outputs };

const num = (v: unknown) => (typeof v === "number" ? v : Number(v));
const compact = (v: number) => new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(v);

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
            { label: "Weights", value: num(outputs.weightBytes), className: "s1" },
            { label: "KV cache", value: num(outputs.kvCacheBytes), className: "s2" },
            { label: "Overhead", value: overhead, className: "s3" },
            { label: used > capacity ? "Over usable memory by" : "Usable memory left", value: Math.abs(capacity - used), className: used > capacity ? "s-bad" : "s0" },
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
      // The fleet line stops at what the fleet can serve: past it there is no fixed cost to draw.
      const xMax = capacity * 1.2;
      const xs = evenSteps(xMax, 11);
      return (
        <LineChart
          title={breakEven === null ? "Monthly cost against monthly volume: self-hosting never breaks even on this hardware" : "Monthly cost against monthly volume"}
          xLabel="output tokens per month"
          yLabel="USD per month"
          formatX={compact}
          formatY={(v) => formatUsd(v)}
          series={[
            { label: `API at ${formatUsd(api)}/M`, points: xs.map((x) => [x, apiMonthlyCostUsd(x, api)]), className: "s2" },
            {
              label: `Self-hosted fleet (fixed, up to its capacity of ${compact(capacity)})`,
              points: evenSteps(capacity, 11).map((x) => [x, monthly]),
              className: "s1",
            },
          ]}
          {...(typeof breakEven === "number"
            ? { mark: { x: breakEven, y: monthly, label: `Break-even at ${compact(breakEven)} tokens/month` } }
            : {})}
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
      return (
        <LineChart
          title={
            quotes.length === 0
              ? "Monthly cost against requests per day (no API to compare)"
              : typeof breakEven === "number"
                ? `Monthly cost against requests per day: self-hosting wins from ${compact(breakEven)} requests a day`
                : "Monthly cost against requests per day: self-hosting never breaks even with the cheapest API on this hardware"
          }
          xLabel="requests per day"
          yLabel="USD per month"
          formatX={compact}
          formatY={(v) => formatUsd(v)}
          series={[
            { label: `Self-hosted, ${outputs.gpusPerReplica} GPUs per replica (a step per replica)`, points: replicaSteps(xMax, perReplica, replicaMonthly), className: "s1" },
            ...quotes.map((q, k) => ({
              label: q.name,
              points: [[0, 0], [xMax, q.costPerRequestUsd * xMax * DAYS_PER_MONTH]] as [number, number][],
              className: `s${k + 2}`,
            })),
          ]}
          {...(typeof breakEven === "number"
            ? { mark: { x: breakEven, y: replicaMonthly, label: `Break-even at ${compact(breakEven)} requests/day` } }
            : {})}
        />
      );
    }
    case "price-decline": {
      const start = num(values.startPricePerM);
      const years = num(values.years);
      const factor = num(outputs.annualDeclineFactor);
      const points: [number, number][] = evenSteps(years, 13).map((t) => [t, priceAfterYears(start, factor, t)]);
      return (
        <LineChart
          title="Price per million tokens at the constant annual rate"
          xLabel="years"
          yLabel="USD per 1M tokens, log scale"
          formatX={(v) => formatNumber(v, 1)}
          formatY={(v) => formatUsd(v)}
          series={[{ label: `${formatNumber(factor, 2)}× cheaper each year`, points, className: "s1" }]}
          logY
        />
      );
    }
    case "blended-price": {
      const blended = num(outputs.blendedPricePerMUsd);
      const tier = priceTiers.find((t) => blended >= t.minPerM && blended < t.maxPerM);
      return (
        <>
          <BandChart
            title="Where this blend sits among the market tiers (USD per 1M tokens, 3:1 blend)"
            bands={priceTiers.map((t) => ({ label: t.label, min: t.minPerM, max: t.maxPerM }))}
            value={blended}
            format={formatUsd}
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
        ["none", "No caching", "s0"],
        ["automatic", "Automatic", "s1"],
        ["explicit-5m", "Explicit, 5 min", "s2"],
        ["explicit-1h", "Explicit, 1 hour", "s3"],
      ] as const;
      return (
        <LineChart
          title="Cumulative session cost by caching strategy"
          xLabel="request"
          yLabel="USD"
          formatX={(v) => formatNumber(v, 0)}
          formatY={(v) => formatUsd(v)}
          series={strategies.flatMap(([key, label, className]) =>
            rows.some((r) => typeof r[key] === "number")
              ? [{ label, className, points: rows.map((r, n): [number, number] => [n + 1, num(r[key])]) }]
              : [],
          )}
        />
      );
    }
    default:
      return null;
  }
}
