"use client";

// The gpu-memory calculator's widget: where the usable memory goes.
import { StackedBar } from "@/components/charts/svg-charts";
import { gpuMemory } from "@/lib/economics/gpu-memory";
import { formatBytes } from "@/lib/format";
import { CalculatorWidget, type ChartProps, type WidgetProps } from "../calculator-widget";

const num = (v: unknown) => (typeof v === "number" ? v : Number(v));

function GpuMemoryChart({ values, outputs }: ChartProps) {
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
        {
          label: used > capacity ? "Over usable memory by" : "Usable memory left",
          value: Math.abs(capacity - used),
          tone: used > capacity ? "bad" : "neutral",
        },
      ]}
    />
  );
}

export default function GpuMemoryWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={gpuMemory} Chart={GpuMemoryChart} {...props} />;
}
